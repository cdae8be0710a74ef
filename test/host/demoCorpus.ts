/**
 * The demo repository `npm start` opens: four weeks of one team's reflections, dated back from
 * the day it is made, so every surface (tree views, Team Review, Show Open Actions, asking
 * back, history, export) has something true-looking to show on first start. Written with the
 * real builders and serializer (test/fixtures/reflections.ts, core/coach/quickCaptures.ts,
 * core/model/actionState.ts, core/store/store.ts) and committed one file at a time by its
 * author, so `git log` and Show History read like a real team's.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { blockerReflection, pulseReflection } from '../../src/core/coach/quickCaptures';
import { followUpReflection } from '../../src/core/model/actionState';
import type { ActionStatus, FrictionKind, Reflection, Visibility } from '../../src/core/model/reflection';
import { serializeReflection } from '../../src/core/model/reflectionYaml';
import { formatPath, validateReflection } from '../../src/core/model/validate';
import { questionById } from '../../src/core/questions/bank';
import { forSaving, reflectionPath, reflectionSlug } from '../../src/core/store/store';
import { addDays, toLocalIso, today } from '../../src/core/calendar';
import { buildReflection } from '../fixtures/reflections';

/** Who "you" are in the demo: the repository's git user, so Show Open Actions has a "Yours" group. */
export const DEMO_USER = { name: 'Sam Okafor', email: 'sam.okafor@example.invalid' };
const PEOPLE: Record<string, string> = {
  'Priya Raman': 'priya.raman@example.invalid',
  'Jonas Weber': 'jonas.weber@example.invalid',
  'Mei Chen': 'mei.chen@example.invalid',
  'Tomás Ortega': 'tomas.ortega@example.invalid',
  [DEMO_USER.name]: DEMO_USER.email,
};
/** Who commits anonymous reflections: Retro Coach's neutral identity, as Share Anonymous Reflections does. */
const NEUTRAL = { name: 'Retro Coach', email: 'retro-coach@users.noreply.invalid' };

interface When {
  /** Working days back from the day the demo is made (weekends are skipped). */
  daysAgo: number;
  at: string;
}

type Entry = When & { author?: string; visibility?: Visibility } & (
  | { kind: 'session'; id: string; friction: FrictionKind[]; answers: Array<[questionId: string, answer: string]>; next?: { text: string; owner?: string; dueInDays?: number } }
  | { kind: 'blocker'; friction: FrictionKind; blocker: string; unblock: string }
  | { kind: 'pulse'; ratings: [focus: number, flow: number, clarity: number, collaboration: number, energy: number]; answer: string }
  | { kind: 'follow-up'; action: string; status: ActionStatus; note: string }
);

/** The team's month, oldest first. Ids of sessions are fixed so follow-ups can point at their actions. */
const ENTRIES: Entry[] = [
  { kind: 'session', id: 'dem1prya', daysAgo: 19, at: '10:15', author: 'Priya Raman', friction: ['technical'], answers: [
    ['focus-02', 'The integration suite takes 40 minutes and fails about one run in three for reasons that have nothing to do with the change.'],
    ['technical-goal-05', 'Green means ship, red means I broke something. Right now red means "run it again".'],
    ['technical-reality-01', 'The order-service contract tests time out whenever the shared staging database is busy. I re-run the pipeline two or three times a day.'],
    ['technical-options-01', 'Quarantine the five worst tests, give the contract tests their own database container, or ask Tomás how the payments team split theirs.'],
    ['technical-will-01', 'Tag the five flakiest tests and move them to a nightly job by Wednesday.'],
  ], next: { text: 'Move the five flakiest integration tests to a nightly job', owner: 'Priya Raman', dueInDays: 3 } },
  { kind: 'blocker', daysAgo: 19, at: '15:40', author: 'Jonas Weber', friction: 'procedural',
    blocker: 'My refund-flow PR has waited since Monday for a second reviewer. Everyone is heads-down on the release.',
    unblock: 'A review rota, or one approval being enough for small changes behind a flag.' },
  { kind: 'pulse', daysAgo: 18, at: '09:05', author: 'Mei Chen', ratings: [2, 3, 2, 4, 3],
    answer: 'Fewer pings in the morning. A no-meeting block from 9 to 12 would do it.' },
  { kind: 'session', id: 'dem2sams', daysAgo: 17, at: '11:30', author: DEMO_USER.name, friction: ['procedural'], answers: [
    ['focus-03', 'Code review. PRs sit for two days and then get merged in a rush before the release.'],
    ['procedural-reality-01', 'Between "ready for review" and the first comment. My last three PRs waited 26, 41 and 50 hours.'],
    ['procedural-options-03', 'A daily review rota, smaller PRs, or a shared "needs review" column on the board.'],
    ['procedural-will-04', 'Propose a review rota at Thursday’s retro, with two names per week.'],
  ], next: { text: 'Propose a review rota at Thursday’s retro', owner: DEMO_USER.name, dueInDays: 2 } },
  { kind: 'blocker', daysAgo: 16, at: '14:20', author: 'Tomás Ortega', friction: 'technical',
    blocker: 'Staging has been down since the Postgres 16 upgrade. The migration script fails on the audit table and nobody owns it.',
    unblock: 'An hour with someone from the platform team who wrote the script.' },
  { kind: 'session', id: 'dem3anym', daysAgo: 15, at: '17:10', visibility: 'anonymous', friction: ['cultural'], answers: [
    ['focus-01', 'Roadmap decisions get made in meetings I am not in, and then the plan changes mid-sprint.'],
    ['cultural-reality-03', 'We say we plan together. Twice this month we threw away half-done work because priorities moved and nobody told us why.'],
    ['cultural-will-06', 'Ask in the retro for a short written note whenever priorities change, with the reason.'],
  ], next: { text: 'Ask for a written note with the reason whenever priorities change mid-sprint' } },
  { kind: 'pulse', daysAgo: 14, at: '09:40', author: 'Priya Raman', ratings: [3, 2, 3, 4, 3],
    answer: 'Get the review queue under a day. Half my week is waiting.' },
  { kind: 'session', id: 'dem4jnas', daysAgo: 13, at: '16:45', author: 'Jonas Weber', friction: ['technical', 'procedural'], answers: [
    ['focus-05', 'The checkout tests failed three times on my branch today, 40 minutes a run, and I still have no review on the refund PR.'],
    ['technical-reality-05', 'It shows up in the payment callback test first. I suspect the sandbox rate-limits us when three pipelines run at once.'],
    ['technical-options-04', 'Log the sandbox responses on failure so we can see whether it is really the rate limit.'],
    ['technical-will-06', 'Add retries with logging to the checkout contract tests by the end of next week.'],
  ], next: { text: 'Add retries with logging to the checkout contract tests', owner: 'Jonas Weber', dueInDays: 5 } },
  { kind: 'follow-up', daysAgo: 12, at: '10:05', author: 'Priya Raman', action: 'dem1prya-a1', status: 'done',
    note: 'The nightly job runs them now; the PR pipeline is down to 22 minutes.' },
  { kind: 'blocker', daysAgo: 11, at: '13:55', author: 'Mei Chen', friction: 'personal',
    blocker: 'Two on-call weeks back to back. By the afternoon I am too tired for anything that needs focus.',
    unblock: 'Swap my next shift with someone, and a rule that nobody does two weeks in a row.' },
  { kind: 'pulse', daysAgo: 10, at: '09:20', author: DEMO_USER.name, ratings: [4, 2, 3, 3, 4],
    answer: 'A review rota, so PRs stop sitting for days.' },
  { kind: 'session', id: 'dem5tmas', daysAgo: 9, at: '15:30', author: 'Tomás Ortega', friction: ['procedural'], answers: [
    ['focus-04', 'Releases. The checklist has 23 manual steps and last Friday’s release took four hours.'],
    ['procedural-reality-05', 'Between "done" and "shipped" it waits for me to copy the changelog by hand, tag, build, and post in three channels.'],
    ['procedural-will-07', 'Automate the changelog and tag steps in the release script before the next release.'],
  ], next: { text: 'Automate the changelog and tag steps in the release script', owner: 'Tomás Ortega', dueInDays: 12 } },
  { kind: 'follow-up', daysAgo: 8, at: '11:00', author: DEMO_USER.name, action: 'dem2sams-a1', status: 'done',
    note: 'Rota agreed: Jonas and Mei this week, then everyone in pairs.' },
  { kind: 'blocker', daysAgo: 7, at: '10:35', author: 'Priya Raman', friction: 'technical',
    blocker: 'The flaky checkout tests are back after the payment SDK bump: two red builds on main this morning.',
    unblock: 'Pin the SDK to the last good version and open an issue with the vendor.' },
  { kind: 'pulse', daysAgo: 6, at: '09:10', author: 'Jonas Weber', ratings: [3, 4, 2, 4, 3],
    answer: 'Knowing which of the three epics matters most this sprint.' },
  { kind: 'session', id: 'dem6mech', daysAgo: 6, at: '16:05', author: 'Mei Chen', friction: ['cultural'], answers: [
    ['focus-06', 'In planning I don’t push back on estimates, because the loudest voice sets them.'],
    ['cultural-reality-06', 'I hold back because last time I disagreed it turned into a long debate and we ran over.'],
    ['cultural-options-04', 'Suggest silent estimation: everyone writes a number first, then we talk about the outliers.'],
    ['cultural-will-06', 'Ask Priya to try silent estimation at Monday’s planning.'],
  ], next: { text: 'Try silent estimation at Monday’s planning', owner: 'Mei Chen', dueInDays: 3 } },
  { kind: 'blocker', daysAgo: 5, at: '12:15', visibility: 'anonymous', friction: 'procedural',
    blocker: 'Nobody reads the design doc before the review meeting, so the meeting is spent reading it.',
    unblock: 'Send the doc two days ahead and start with questions, not a walkthrough.' },
  { kind: 'session', id: 'dem7sams', daysAgo: 4, at: '14:00', author: DEMO_USER.name, friction: ['technical'], answers: [
    ['focus-03', 'Starting the local environment takes 15 minutes because docker compose pulls every image each time.'],
    ['technical-reality-04', 'I tried pruning and re-pulling; it only helped once. The base images are rebuilt nightly, so the cache never hits.'],
    ['technical-will-05', 'Pin the base images by digest and write the fast path down in the README.'],
  ], next: { text: 'Pin the base images and document the fast local start in the README', owner: DEMO_USER.name, dueInDays: 5 } },
  { kind: 'pulse', daysAgo: 3, at: '09:30', author: 'Tomás Ortega', ratings: [3, 3, 4, 4, 2],
    answer: 'Sleep. The release ran late again; automating the tag step should help.' },
  { kind: 'follow-up', daysAgo: 2, at: '10:50', author: 'Jonas Weber', action: 'dem4jnas-a1', status: 'open',
    note: 'Half done: the retries are in, the logging is not.' },
  { kind: 'follow-up', daysAgo: 2, at: '17:20', author: 'Mei Chen', action: 'dem6mech-a1', status: 'done',
    note: 'We tried it on Monday. Calmer, and the estimates spread much less.' },
  { kind: 'pulse', daysAgo: 1, at: '09:15', author: 'Priya Raman', ratings: [3, 4, 4, 4, 3],
    answer: 'Mornings still go to review; one fixed slot for the team would give them back.' },
  { kind: 'session', id: 'dem8prya', daysAgo: 1, at: '15:05', author: 'Priya Raman', friction: ['procedural'], answers: [
    ['focus-02', 'The rota helps, but Monday’s PRs still wait until after lunch for a first review.'],
    ['procedural-options-01', 'Merge the two review rounds into one, or a fixed 30-minute review slot every morning.'],
    ['procedural-will-02', 'Book a 30-minute review slot every morning and try it for two weeks.'],
  ], next: { text: 'Book a 30-minute team review slot every morning for two weeks', owner: 'Priya Raman', dueInDays: 10 } },
];

/** The local date `days` working days before `today` (a YYYY-MM-DD), weekends skipped. */
function workingDaysBefore(today: string, days: number): string {
  let date = today;
  for (let left = days; left > 0;) {
    date = addDays(date, -1);
    const weekday = new Date(`${date}T12:00:00Z`).getUTCDay();
    if (weekday !== 0 && weekday !== 6) left--;
  }
  return date;
}

/** An ISO timestamp at local `time` on `date`, with this machine's offset on that day. */
function localTime(date: string, time: string): string {
  return toLocalIso(new Date(`${date}T${time}:00`));
}

function build(entry: Entry, created: string, id: string): Reflection {
  const visibility = entry.visibility ?? 'team';
  const meta = { id, created, author: entry.author, visibility };
  switch (entry.kind) {
    case 'blocker':
      return blockerReflection({ kind: entry.friction, blocker: entry.blocker, unblock: entry.unblock }, meta);
    case 'pulse': {
      const [focus, flow, clarity, collaboration, energy] = entry.ratings;
      return pulseReflection({ ratings: { focus, flow, clarity, collaboration, energy }, answer: entry.answer }, meta);
    }
    case 'follow-up':
      return followUpReflection([{ action: entry.action, status: entry.status, note: entry.note }], meta);
    case 'session': {
      const exchanges = entry.answers.map(([question, answer]) => {
        const asked = questionById(question);
        if (!asked) throw new Error(`The demo asks question '${question}', which the bank no longer has: pick another id in test/host/demoCorpus.ts.`);
        return { question, text: asked.text, answer };
      });
      const due = entry.next?.dueInDays === undefined ? undefined : addDays(created.slice(0, 10), entry.next.dueInDays);
      const next = entry.next && { text: entry.next.text, ...(entry.next.owner ? { owner: entry.next.owner } : {}), ...(due ? { due } : {}) };
      return buildReflection({ ...meta, author: entry.author, visibility, friction: entry.friction, exchanges, nextStep: next });
    }
  }
}

/**
 * Writes the demo team's reflections into `dir` (a git repository with DEMO_USER as its user),
 * dated back from `now`, and commits each as its author on the day it was written. Throws, naming the entry, if the
 * core would refuse one: the demo never shows a file Retro Coach could not have written.
 */
export function writeDemoCorpus(dir: string, now: Date): number {
  const git = (args: string[], env: Record<string, string> = {}) => execFileSync('git', args, { cwd: dir, stdio: 'ignore', env: { ...process.env, ...env } });
  ENTRIES.forEach((entry, i) => {
    const created = localTime(workingDaysBefore(today(now), entry.daysAgo), entry.at);
    // Short ids have no i, l, o or u (ids.ts): demo ids spell dem<number><kind>.
    const id = entry.kind === 'session' ? entry.id : `dem${String(i).padStart(2, '0')}${{ blocker: 'bk', pulse: 'ps', 'follow-up': 'fw' }[entry.kind]}`;
    const reflection = forSaving(build(entry, created, id));
    const { problems } = validateReflection(reflection);
    if (problems.length) throw new Error(`Demo entry ${i} (${entry.kind}) is not a valid reflection: ${formatPath(problems[0].path)}: ${problems[0].message}`);
    const relative = reflectionPath(reflection, reflectionSlug(reflection));
    mkdirSync(path.dirname(path.join(dir, relative)), { recursive: true });
    writeFileSync(path.join(dir, relative), serializeReflection(reflection));
    const who = reflection.visibility === 'anonymous' ? NEUTRAL : { name: entry.author ?? NEUTRAL.name, email: PEOPLE[entry.author ?? ''] ?? NEUTRAL.email };
    // Anonymous files are committed without a time of day, as their `created` is written.
    const date = reflection.visibility === 'anonymous' ? `${created.slice(0, 10)}T12:00:00` : created;
    git(['add', '--', relative]);
    git(['commit', '-q', '--no-verify', '-m', `Add ${reflection.kind} reflection`], {
      GIT_AUTHOR_NAME: who.name, GIT_AUTHOR_EMAIL: who.email, GIT_AUTHOR_DATE: date,
      GIT_COMMITTER_NAME: who.name, GIT_COMMITTER_EMAIL: who.email, GIT_COMMITTER_DATE: date,
    });
  });
  return ENTRIES.length;
}
