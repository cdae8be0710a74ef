/**
 * Every setting Retro Coach contributes, by its full key. Code reads settings through these
 * names (see `setting()` in src/host/settings.ts), and a unit test checks this table against
 * `contributes.configuration` in package.json, so a renamed setting cannot be read under its
 * old name.
 */
export const SETTINGS = {
  defaultVisibility: 'retroCoach.defaultVisibility',
  owner: 'retroCoach.owner',
  anonymousName: 'retroCoach.anonymousIdentity.name',
  anonymousEmail: 'retroCoach.anonymousIdentity.email',
  /** Off unless the person turns it on: it sends the session's answers to a language model. */
  aiFollowUps: 'retroCoach.ai.followUps',
  /** Off unless the person turns it on: reflections then record the branch and files they are about. */
  contextCapture: 'retroCoach.context.capture',
  signals: {
    taskFailed: 'retroCoach.signals.taskFailed',
    longDebug: 'retroCoach.signals.longDebug',
    commit: 'retroCoach.signals.commit',
    branchSwitch: 'retroCoach.signals.branchSwitch',
    endOfDay: 'retroCoach.signals.endOfDay',
    gap: 'retroCoach.signals.gap',
    longDebugMinutes: 'retroCoach.signals.longDebugMinutes',
    gapWorkingDays: 'retroCoach.signals.gapWorkingDays',
  },
  /** The prompt policy's group; its keys are read together (src/prompts/policyStore.ts). */
  prompts: {
    section: 'retroCoach.prompts',
    keys: ['minIntervalMinutes', 'jitter', 'dailyCap', 'workDays', 'workStart', 'workEnd', 'typingPauseSeconds'],
  },
} as const;

/** The on/off switches for each friction signal. */
export type SignalSwitch = 'taskFailed' | 'longDebug' | 'commit' | 'branchSwitch' | 'endOfDay' | 'gap';

type Leaves<T> = T extends string ? T : T extends readonly unknown[] ? never : { [K in keyof T]: Leaves<T[K]> }[keyof T];
/** A full setting key, e.g. `retroCoach.owner`. */
export type SettingKey = Exclude<Leaves<typeof SETTINGS>, typeof SETTINGS.prompts.section>;

/** Every full key in the table, for the test against package.json. */
export function allSettingKeys(): string[] {
  const { prompts, signals, ...top } = SETTINGS;
  return [...Object.values(top), ...Object.values(signals), ...prompts.keys.map((key) => `${prompts.section}.${key}`)];
}
