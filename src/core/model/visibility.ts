/**
 * Which visibility a new reflection gets when settings disagree. Workspace settings
 * (`.vscode/settings.json`) and the team's `.coaching/config.yaml` arrive with `git clone`,
 * so they may make a person's reflections more private than the person chose, never less.
 */
import { isVisibility, type Visibility } from './reflection';

/** Visibilities from most to least private. */
export const PRIVACY_ORDER: readonly Visibility[] = ['private', 'anonymous', 'team'];

/** The most private of `values` that are visibilities, or undefined when none is. */
export function mostPrivate(values: readonly unknown[]): Visibility | undefined {
  const valid = values.filter(isVisibility);
  return PRIVACY_ORDER.find((v) => valid.includes(v));
}

/** Every place a default visibility can be set; any may be unset or hold something invalid. */
export interface VisibilityLayers {
  /** The person's own (user) setting. */
  user?: unknown;
  /** The workspace's setting (.vscode/settings.json or the .code-workspace file). */
  workspace?: unknown;
  /** The workspace folder's setting. */
  folder?: unknown;
  /** `defaultVisibility` in the team's .coaching/config.yaml. */
  team?: unknown;
}

/** The default visibility: the most private value set in any layer, or team when none is set. */
export function defaultVisibilityFrom(layers: VisibilityLayers): Visibility {
  return mostPrivate([layers.user, layers.workspace, layers.folder, layers.team]) ?? 'team';
}
