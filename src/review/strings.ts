import * as vscode from 'vscode';
import type { ReviewStrings } from '../webview/review/protocol';
import { frictionLabels, keyed } from '../host/labels';
import { SETTINGS } from '../settings';

/**
 * The review app's texts, localised here on the host (the webview has no vscode.l10n) and
 * sent in the `init` message. `{0}`-style placeholders are filled in by the app.
 */
// eslint-disable-next-line max-lines-per-function -- a string table: one line per text, nothing to split.
export function reviewStrings(): ReviewStrings {
  const t = vscode.l10n.t;
  return {
    title: t('Team Review'),
    filters: t('Filters'),
    from: t('From'),
    to: t('To'),
    friction: t('Friction'),
    author: t('Author'),
    trigger: t('Trigger'),
    all: t('All'),
    everyone: t('Everyone'),
    ...keyed('kind.', frictionLabels()),
    'kind.untagged': t('Untagged'),
    'trigger.manual': t('Started by hand'),
    'trigger.task-failed': t('Failed task'),
    'trigger.long-debug': t('Long debug session'),
    'trigger.commit': t('Commit'),
    'trigger.branch-switch': t('Branch switch'),
    'trigger.end-of-day': t('End of day'),
    'trigger.gap': t('Days without a reflection'),
    countReflections: t('Reflections in the period'),
    countOpenActions: t('Open actions'),
    countOverdue: t('Overdue'),
    countFollowThrough: t('Follow-through'),
    noRate: t('–'),
    frictionChart: t('Friction by week'),
    frictionSummary: t('Friction by week, {0} to {1}: {2} reflections reporting friction over {3} weeks. {4}', '{0}', '{1}', '{2}', '{3}', '{4}'),
    frictionNone: t('No reflection in this period reports friction.'),
    week: t('Week'),
    total: t('Total'),
    pulseChart: t('Pulse trends'),
    pulseSummary: t('Mean pulse ratings from 1 to 5 by week. {0}', '{0}'),
    pulseNone: t('No pulse checks in this period.'),
    dimension: t('Dimension'),
    mean: t('Mean'),
    followThroughChart: t('Follow-through'),
    followThroughSummary: t('Of {0} actions named in the period: {1} done, {2} dropped, {3} overdue, {4} still open.', '{0}', '{1}', '{2}', '{3}', '{4}'),
    followThroughNone: t('No actions were named in this period.'),
    opened: t('Named'),
    done: t('Done'),
    dropped: t('Dropped'),
    overdue: t('Overdue'),
    pending: t('Still open'),
    blockers: t('Recurring blockers'),
    blockersNone: t('No blockers came up more than once in this period.'),
    blockerMeta: t('{0} reflections · first {1} · last {2}', '{0}', '{1}', '{2}'),
    openFile: t('Open {0}', '{0}'),
    actions: t('Open actions by owner'),
    actionsNone: t('No open actions.'),
    ownerMeta: t('{0} open · {1} overdue', '{0}', '{1}'),
    unassigned: t('Unassigned'),
    age: t('{0} d old', '{0}'),
    overdueBy: t('overdue {0} d', '{0}'),
    due: t('due {0}', '{0}'),
    more: t('+{0} more', '{0}'),
    moreOwners: t('+{0} more owners', '{0}'),
    emptyTitle: t('No reflections yet'),
    emptyBody: t('Reflections your team commits to .coaching show up here: friction by week, pulse trends, recurring blockers and open actions.'),
    startReflection: t('Start a reflection'),
    periodEmpty: t('No reflections match these filters in this period.'),
    areas: t('Friction by area'),
    areasHint: t('The folders and files reflections named in their code context, most often named first. Open one to see its reflections.'),
    areasNone: t('No reflection in this period names the code it is about. A reflection records its code context when its writer turns on the setting {0}.', SETTINGS.contextCapture),
    areaMeta: t('{0} reflections', '{0}'),
    areaMetaOne: t('1 reflection'),
    areaFolder: t('Folder'),
    areaFile: t('File'),
    areaMore: t('+{0} more reflections', '{0}'),
    filtered: t('{0} reflections in the period.', '{0}'),
    filteredOne: t('1 reflection in the period.'),
  };
}

/** Says that some items could not be shown; the log names their files. */
export function leftOutNotice(count: number): string {
  return count === 1
    ? vscode.l10n.t('One item from .coaching could not be shown; the Retro Coach output channel names its file.')
    : vscode.l10n.t('{0} items from .coaching could not be shown; the Retro Coach output channel names their files.', count);
}

/** Why the period on screen differs from the one asked for. */
export function periodNotice(adjusted: 'invalid' | 'swapped' | 'shortened' | null): string | null {
  switch (adjusted) {
    case 'invalid': return vscode.l10n.t('That is not a date; showing the last 4 weeks.');
    case 'swapped': return vscode.l10n.t('The period ended before it started, so its dates were swapped.');
    case 'shortened': return vscode.l10n.t('The period was shortened to about three years, the most the review shows at once.');
    default: return null;
  }
}
