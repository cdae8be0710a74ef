/**
 * The Team Review's worker thread (bundled as dist/reviewWorker.js): keeps the team's
 * documents and computes the review's views and the export's insights, so insights and the
 * recurring-blocker search never run on the extension host's thread. It only reads the data
 * it is sent; it evaluates nothing, and a message that fails its check is answered with an
 * error, not guessed at.
 */
import { parentPort } from 'node:worker_threads';
import { errorMessage } from '../../core/util/errors';
import { messageId } from '../../core/util/guards';
import { isHostToWorker, type WorkerToHost } from './protocol';
import { ReviewState } from './reviewState';

/** For the host, when no worker thread can start: it loads this script and computes here (reviewClient.ts). */
export { ReviewState };

const port = parentPort;
if (port) {
  const state = new ReviewState();
  port.on('message', (message: unknown) => {
    const reply = (response: WorkerToHost) => port.postMessage(response);
    if (!isHostToWorker(message)) {
      reply({ type: 'view', id: messageId(message), error: 'The Team Review worker received a message it does not understand.' });
      return;
    }
    if (message.type === 'sync') {
      state.apply(message);
      return;
    }
    try {
      reply(message.type === 'view' ? state.view(message) : state.insights(message));
    } catch (err) {
      const error = errorMessage(err);
      reply(message.type === 'view' ? { type: 'view', id: message.id, error } : { type: 'insights', id: message.id, error });
    }
  });
}
