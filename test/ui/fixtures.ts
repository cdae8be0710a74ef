/** Fixture repositories for UI tests, written with the real serializer. */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import type { Reflection } from '../../src/core/model/reflection';
import { buildReflection } from '../fixtures/reflections';
import { serializeReflection } from '../../src/core/model/reflectionYaml';
import { workspaces } from './workbench';

export function reflection(id: string, author: string, created: string, action: { text: string; owner: string; due?: string }): Reflection {
  return buildReflection({ id, author, created, nextStep: action });
}

/** A repository with one open action of Ada's (overdue), one of Sam's, a broken file and a stray follow-up. */
export async function teamWorkspace(): Promise<string> {
  const { makeWorkspace } = await workspaces();
  const dir = makeWorkspace('rc-ui-actions-');
  const folder = path.join(dir, '.coaching', 'reflections', '2026', '10');
  await fs.mkdir(folder, { recursive: true });
  await fs.writeFile(path.join(folder, '2026-10-01-split-aaaa1111.yaml'), serializeReflection(reflection('aaaa1111', 'Ada Tester', '2026-10-01T10:00:00+02:00', { text: 'Split the integration suite', owner: 'Ada Tester', due: '2026-10-15' })));
  await fs.writeFile(path.join(folder, '2026-10-02-rota-bbbb2222.yaml'), serializeReflection(reflection('bbbb2222', 'Sam Reviewer', '2026-10-02T10:00:00+02:00', { text: 'Book a review rota', owner: 'Sam Reviewer' })));
  await fs.writeFile(path.join(folder, '2026-10-03-broken-cccc3333.yaml'), 'schema: retro-coach/reflection/v1\nid: [unclosed\n');
  return dir;
}


/**
 * User settings that let a prompt come at any hour on any day, at once, and run a
 * workspace's only task without a picker: for UI tests that wait for a prompt.
 */
export const PROMPT_ANY_TIME = {
  'retroCoach.prompts.workDays': [0, 1, 2, 3, 4, 5, 6],
  'retroCoach.prompts.workStart': '00:00',
  'retroCoach.prompts.workEnd': '24:00',
  'retroCoach.prompts.typingPauseSeconds': 0,
  'retroCoach.signals.endOfDay': false,
  'retroCoach.signals.gap': false,
  'task.quickOpen.skip': true,
};
