/**
 * One turn of the event loop: awaiting it between the steps of long work lets everything else
 * the thread does (the extension host's other extensions, a CLI's output) run in between.
 */
export const nextTurn = (): Promise<void> => new Promise<void>((resolve) => setImmediate(resolve));
