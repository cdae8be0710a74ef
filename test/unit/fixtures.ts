import { REFLECTION_SCHEMA, type Reflection } from '../../src/core/model/reflection';

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

export function sampleReflection(overrides: Partial<Reflection> = {}): Reflection {
  return {
    schema: REFLECTION_SCHEMA,
    id: 'k3j9x2ab',
    kind: 'session',
    created: '2026-11-25T10:12:00+01:00',
    author: 'Ada Tester',
    visibility: 'team',
    friction: ['technical'],
    trigger: { kind: 'manual' },
    exchanges: [
      { question: 'technical-goal-01', text: 'What would unblocked look like by Friday?', answer: 'CI green in under ten minutes.' },
      { question: 'technical-reality-01', text: 'What is the build costing you right now?', answer: 'Two hours a day.\nMostly waiting.' },
    ],
    actions: [{ id: 'k3j9x2ab-a1', text: 'Split the integration suite', owner: 'Ada Tester', due: '2026-12-01', status: 'open' }],
    ...overrides,
  };
}
