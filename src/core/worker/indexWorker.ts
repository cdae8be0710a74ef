/**
 * The index's worker thread (bundled as dist/indexWorker.js): reads and parses the files it
 * is asked for through the same untrusted reader and parser as the main thread, so parsing a
 * large corpus never holds up the thread that asked.
 */
import { parentPort } from 'node:worker_threads';
import { parseHere } from '../store/readCache';
import { isParseRequest, type ParseResponse } from './protocol';

const port = parentPort;
if (port) {
  port.on('message', (message: unknown) => {
    const reply = (response: ParseResponse) => port.postMessage(response);
    if (!isParseRequest(message)) {
      const id = typeof message === 'object' && message !== null && 'id' in message && Number.isSafeInteger(message.id) ? Number(message.id) : -1;
      reply({ id, error: 'The index worker received a message that is not a parse request.' });
      return;
    }
    parseHere(message.root, message.files).then(
      (results) => reply({ id: message.id, results }),
      (err: unknown) => reply({ id: message.id, error: err instanceof Error ? err.message : String(err) }),
    );
  });
}
