/**
 * The pool's worker thread (bundled as dist/indexWorker.js): reads and parses the files it is
 * asked for through the same untrusted reader and parser as the main thread, so parsing a
 * large corpus never holds up the thread that asked; and computes team insights of the
 * documents it is sent (gatheredInsights.ts), with the same function as the main thread, so
 * the CLI's report across teams is computed by two threads at once.
 */
import { parentPort } from 'node:worker_threads';
import { GatheredInsights } from './gatheredInsights';
import { parseHere } from '../store/readCache';
import { messageId } from '../util/guards';
import {
  isInsightsRequest, isParseRequest, isStatRequest, packStats, type InsightsRequest, type InsightsResponse, type ParseResponse, type StatResponse,
} from './protocol';
import { statBlocking } from '../store/corpus';
import { errorMessage } from '../util/errors';

/** Each insights request being gathered, by id, until its last part arrives. */
const gathering = new Map<number, GatheredInsights>();
/** Requests whose earlier part was refused: their later parts are dropped, since the one answer was the error. */
const refused = new Set<number>();

function insights(message: InsightsRequest): InsightsResponse | undefined {
  try {
    let gathered = gathering.get(message.id);
    if (!gathered) {
      if (!message.task) throw new Error('The first part of an insights request must say what to compute.');
      gathering.set(message.id, (gathered = new GatheredInsights(message.task)));
    } else if (message.task) throw new Error('Only the first part of an insights request says what to compute.');
    gathered.add(message);
    if (!message.compute) return undefined;
    gathering.delete(message.id);
    return { id: message.id, ...gathered.finish() };
  } catch (err) {
    gathering.delete(message.id);
    if (!message.compute) refused.add(message.id);
    return { id: message.id, error: errorMessage(err) };
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
  return { id, error: 'The index worker received a message that is neither a parse or stat request nor part of an insights request.' };
}

const port = parentPort;
if (port) {
  port.on('message', (message: unknown) => {
    const reply = (response: ParseResponse | InsightsResponse | StatResponse | undefined) => { if (response) port.postMessage(response); };
    if (isStatRequest(message)) {
      try {
        reply({ id: message.id, stats: packStats(statBlocking(message.root, message.files)) });
      } catch (err) {
        reply({ id: message.id, error: errorMessage(err) });
      }
    } else if (isParseRequest(message)) {
      parseHere(message.root, message.files).then(
        (results) => reply({ id: message.id, results }),
        (err: unknown) => reply({ id: message.id, error: errorMessage(err) }),
      );
    } else if (isInsightsRequest(message) && !refused.has(message.id)) reply(insights(message));
    else reply(refuse(message));
  });
}
