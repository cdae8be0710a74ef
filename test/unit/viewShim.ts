import type { SessionState } from '../../src/core/coach/session';
import { formatMessage } from '../../src/core/util/message';
import { toView } from '../../src/session/view';
import type { SessionView } from '../../src/webview/session/protocol';

/** The host's state → view mapping, which has no vscode import, used directly in unit tests (English texts). */
export function toViewForTest(state: SessionState, error: string | null = null): SessionView {
  return toView(state, { folderName: 'demo', error, saving: false, today: '2026-11-25', localize: formatMessage });
}
