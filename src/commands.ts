/**
 * Every command Retro Coach contributes, in one table: its id and the surface that registers
 * its handler. Code refers to commands through `COMMANDS`, never by literal id, and a unit
 * test checks this table against `contributes.commands` in package.json, so a renamed or
 * forgotten command fails a test instead of a click.
 */
export const COMMANDS = {
  startReflection: { id: 'retroCoach.startReflection', owner: 'session' },
  discardDraft: { id: 'retroCoach.discardDraft', owner: 'session' },
  logBlocker: { id: 'retroCoach.logBlocker', owner: 'quick' },
  pulseCheck: { id: 'retroCoach.pulseCheck', owner: 'quick' },
  pausePrompts: { id: 'retroCoach.pausePrompts', owner: 'prompts' },
  resumePrompts: { id: 'retroCoach.resumePrompts', owner: 'prompts' },
  menu: { id: 'retroCoach.menu', owner: 'prompts' },
  showOpenActions: { id: 'retroCoach.showOpenActions', owner: 'actions' },
  refreshViews: { id: 'retroCoach.views.refresh', owner: 'views' },
  openFromView: { id: 'retroCoach.views.open', owner: 'views' },
  followUpFromView: { id: 'retroCoach.views.followUp', owner: 'views' },
  copyLinkFromView: { id: 'retroCoach.views.copyLink', owner: 'views' },
  exportSummary: { id: 'retroCoach.exportSummary', owner: 'export' },
  shareAnonymous: { id: 'retroCoach.shareAnonymous', owner: 'share' },
  openTeamReview: { id: 'retroCoach.openTeamReview', owner: 'review' },
  showHistory: { id: 'retroCoach.showHistory', owner: 'history' },
} as const satisfies Record<string, { id: `retroCoach.${string}`; owner: Surface }>;

/** The surfaces (src/<name>/register.ts) that own command handlers. */
export type Surface = 'session' | 'quick' | 'prompts' | 'actions' | 'views' | 'export' | 'share' | 'review' | 'history';

export type CommandName = keyof typeof COMMANDS;
export type CommandId = (typeof COMMANDS)[CommandName]['id'];
