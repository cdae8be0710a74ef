import type { SessionState } from '../../src/core/coach/session';
import { toView } from '../../src/session/view';
import type { SessionView } from '../../src/webview/session/protocol';

/** The host's state → view mapping, which has no vscode import, used directly in unit tests. */
export function toViewForTest(state: SessionState): SessionView {
  return toView(state, { folderName: 'demo', error: null, saving: false });
}
