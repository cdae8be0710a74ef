/**
 * The pool's worker thread (bundled as dist/indexWorker.js): reads and parses the files it is
 * asked for through the same untrusted reader and parser as the main thread, so parsing a
 * large corpus never holds up the thread that asked; and computes team insights of the
 * documents it is sent, with the same function as the main thread, so the CLI's report counts
 * several teams at once.
 */
import { parentPort } from 'node:worker_threads';
import { teamInsights, type TeamDocument } from '../insights/index';
import { parseHere } from '../store/readCache';
import { messageId } from '../util/guards';
import { isInsightsRequest, isParseRequest, type InsightsRequest, type InsightsResponse, type ParseResponse } from './protocol';

/** Each insights request's documents so far, by id, until its last part arrives. */
const gathering = new Map<number, TeamDocument[]>();
/** Requests whose earlier part was refused: their later parts are dropped, since the one answer was the error. */
const refused = new Set<number>();


function insights(message: InsightsRequest): InsightsResponse | undefined {
  const documents = gathering.get(message.id) ?? [];
  for (const d of message.documents) documents.push(d);
  if (!message.compute) {
    gathering.set(message.id, documents);
    return undefined;
  }
  gathering.delete(message.id);
  try {
    return { id: message.id, insights: teamInsights(documents, message.compute.period, message.compute.today) };
  } catch (err) {
    return { id: message.id, error: err instanceof Error ? err.message : String(err) };
  }
}

function refuse(message: unknown): InsightsResponse | ParseResponse | undefined {
  const id = messageId(message);
  const isLast = typeof message === 'object' && message !== null && 'compute' in message;
  gathering.delete(id);
  if (refused.has(id)) {
    if (isLast) refused.delete(id);
    return undefined;
  }
  const isPart = typeof message === 'object' && message !== null && 'type' in message && message.type === 'insights';
  if (isPart && !isLast) refused.add(id);
  return { id, error: 'The index worker received a message that is neither a parse request nor part of an insights request.' };
}

const port = parentPort;
if (port) {
  port.on('message', (message: unknown) => {
    const reply = (response: ParseResponse | InsightsResponse | undefined) => { if (response) port.postMessage(response); };
    if (isParseRequest(message)) {
      parseHere(message.root, message.files).then(
        (results) => reply({ id: message.id, results }),
        (err: unknown) => reply({ id: message.id, error: err instanceof Error ? err.message : String(err) }),
      );
    } else if (isInsightsRequest(message) && !refused.has(message.id)) reply(insights(message));
    else reply(refuse(message));
  });
}
