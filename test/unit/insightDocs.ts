/** Reflection files in memory for the insight tests: each gets its own id and path. */
import type { CorpusDocument } from '../../src/core/store/corpus';
import type { ActionUpdate, Reflection } from '../../src/core/model/reflection';
import { sampleReflection, seededRandom } from './fixtures';

let serial = 0;
/** A reflection file in memory; each gets its own id and path, and no actions unless asked. */
export function doc(created: string, overrides: Partial<Reflection> = {}, path?: string): CorpusDocument {
  const id = overrides.id ?? `t${String(++serial).padStart(7, '0')}`;
  const folder = overrides.visibility === 'private' ? 'private' : 'reflections';
  return {
    path: path ?? `.coaching/${folder}/${created.slice(0, 4)}/${created.slice(5, 7)}/${created.slice(0, 10)}-note-${id}.yaml`,
    reflection: sampleReflection({ id, created, actions: [], ...overrides }),
  };
}

export function answered(created: string, answers: string[], overrides: Partial<Reflection> = {}, path?: string): CorpusDocument {
  return doc(created, { exchanges: answers.map((answer, i) => ({ question: `q-${i}`, text: 'What is in your way?', answer })), ...overrides }, path);
}

export function followUpDoc(created: string, updates: ActionUpdate[], overrides: Partial<Reflection> = {}): CorpusDocument {
  return doc(created, { kind: 'follow-up', friction: [], exchanges: [], updates, author: 'Bob Builder', ...overrides });
}

export function shuffled<T>(items: readonly T[], seed: number): T[] {
  const random = seededRandom(seed);
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j], copy[i]];
  }
  return copy;
}

export const at = (date: string, time = '10:00:00+01:00') => `${date}T${time}`;
