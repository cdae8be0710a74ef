import type { Reflection } from '../../src/core/model/reflection';
import { buildReflection } from '../fixtures/reflections';

/** A deterministic random source (mulberry32): the same sequence every run, well spread across seeds. */
export function seededRandom(seed = 42): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

/** The unit tests' usual reflection: two exchanges and Ada's open action, built by the shared builder. */
export function sampleReflection(overrides: Partial<Reflection> = {}): Reflection {
  return buildReflection({
    exchanges: [
      { question: 'technical-goal-01', text: 'What would unblocked look like by Friday?', answer: 'CI green in under ten minutes.' },
      { question: 'technical-reality-01', text: 'What is the build costing you right now?', answer: 'Two hours a day.\nMostly waiting.' },
    ],
    nextStep: { id: 'k3j9x2ab-a1', text: 'Split the integration suite', owner: 'Ada Tester', due: '2026-12-01' },
    ...overrides,
  });
}
