/**
 * Which files in `.coaching/` are reflections: the one answer the corpus walk, `history` and
 * every count share. A reflection (or follow-up) is a YAML file under `.coaching/reflections/`
 * or `.coaching/private/`; the schema copy in `.coaching/schema/`, the summaries in
 * `.coaching/summaries/`, and the team's `config.yaml` and `questions.yaml` are not.
 */
import { COACHING_DIR, PRIVATE_DIR, REFLECTIONS_DIR } from './store';

/** The folders that hold reflections, relative to the workspace root. */
export const REFLECTION_AREAS = [`${COACHING_DIR}/${REFLECTIONS_DIR}`, `${COACHING_DIR}/${PRIVATE_DIR}`] as const;

/** A file name a reflection may have: `.yaml` or `.yml`, any case. */
export function isReflectionFileName(name: string): boolean {
  return /\.ya?ml$/i.test(name);
}

/** Whether a workspace-relative, '/'-separated path is a reflection file. */
export function isReflectionPath(relative: string): boolean {
  const name = relative.slice(relative.lastIndexOf('/') + 1);
  return REFLECTION_AREAS.some((area) => relative.startsWith(`${area}/`)) && isReflectionFileName(name);
}
