/**
 * Which friction a focus answer is about, by keyword scoring: enough to offer a guess the
 * person can change ("Sounds technical?"), never a verdict. Keywords are lower case; Latin
 * ones of four letters or more also match as the start of a word ("test" in "tests").
 */
import { FRICTION_KINDS, type FrictionKind } from '../../model/reflection';
import { hasCjk, normalise } from './text';

const KEYWORDS: Readonly<Record<FrictionKind, readonly string[]>> = {
  technical: [
    'build', 'ci', 'pipeline', 'test', 'flaky', 'deploy', 'staging', 'prod', 'production', 'bug', 'crash', 'error', 'compile', 'docker',
    'kubernetes', 'k8s', 'dependenc', 'api', 'database', 'db', 'server', 'code', 'refactor', 'merge conflict', 'tooling', 'tool', 'ide',
    'environment', 'performance', 'latency', 'memory', 'npm', 'git', 'infra', 'cloud', 'config', 'debug', 'legacy', 'library', 'framework',
    'fehler', 'umgebung', 'datenbank', 'ビルド', 'テスト', 'バグ', 'エラー', 'デプロイ', '環境', 'コード', 'サーバ',
  ],
  procedural: [
    'review', 'approval', 'approve', 'process', 'handoff', 'hand-off', 'ticket', 'jira', 'sprint', 'meeting', 'standup', 'stand-up',
    'planning', 'estimate', 'deadline', 'priorit', 'requirement', 'spec', 'waiting', 'sign-off', 'permission', 'access', 'bureaucra',
    'workflow', 'backlog', 'release process', 'on-call', 'handover', 'prozess', 'freigabe', 'übergabe', 'warten',
    'レビュー', '承認', '会議', '手続き', '待ち', 'プロセス',
  ],
  cultural: [
    'team', 'trust', 'decision', 'decide', 'disagree', 'conflict', 'communicat', 'silence', 'speak up', 'respect', 'credit', 'blame',
    'politics', 'culture', 'norm', 'feedback', 'listen', 'ignored', 'nobody cares', 'tone', 'inclusion', 'manager', 'colleague',
    'vertrauen', 'entscheidung', 'kommunikation', 'konflikt', 'kollegen', 'チーム', '信頼', '意思決定', '雰囲気', 'コミュニケーション',
  ],
  personal: [
    'focus', 'energy', 'tired', 'exhausted', 'overwhelm', 'workload', 'too much', 'burnout', 'burn out', 'sleep', 'learn', 'skill',
    'interrupt', 'distract', 'context switch', 'motivat', 'stress', 'balance', 'weekend', 'overtime', 'career', 'juggl', 'procrastinat',
    'fokus', 'müde', 'energie', 'arbeitslast', 'lernen', '集中', '疲れ', '負担', '学習', 'スキル', 'ストレス',
  ],
};

/** Keyword scoring of a focus answer to a friction kind, or undefined when nothing fits or kinds tie. */
export function guessFrictionKind(answer: string): FrictionKind | undefined {
  const text = ` ${normalise(typeof answer === 'string' ? answer.slice(0, 5_000) : '').replace(/-/g, ' ')} `;
  if (text.trim() === '') return undefined;
  const scores = FRICTION_KINDS.map((kind) => ({ kind, score: KEYWORDS[kind].reduce((sum, keyword) => sum + occurs(text, keyword), 0) }));
  const best = Math.max(...scores.map((s) => s.score));
  const top = scores.filter((s) => s.score === best);
  return best > 0 && top.length === 1 ? top[0].kind : undefined;
}

/** 1 if `keyword` occurs in the spaced, normalised `text`, else 0. */
function occurs(text: string, keyword: string): number {
  const key = keyword.replace(/-/g, ' ');
  if (hasCjk(key)) return text.includes(key) ? 1 : 0; // no spaces between words to match at
  const start = ` ${key}`;
  const whole = key.length >= 4 ? text.includes(start) : text.includes(`${start} `);
  return whole ? 1 : 0;
}
