/**
 * The start-up both apps share: listen for the host's messages, drop any that fail the
 * protocol's guard, then tell the host the page is ready. The host sends nothing before
 * that, so call this last, once everything it may draw into exists.
 */
export function boot<HostMsg>(
  api: { postMessage: (message: { type: 'ready' }) => void },
  isHostMessage: (message: unknown) => message is HostMsg,
  receive: (message: HostMsg) => void,
): void {
  window.addEventListener('message', (event: MessageEvent<unknown>) => {
    const message = event.data;
    if (!isHostMessage(message)) {
      console.warn('Retro Coach: ignored a malformed message from the extension');
      return;
    }
    receive(message);
  });
  api.postMessage({ type: 'ready' });
}
