/**
 * Word lists the responder reads answers with, by language where it matters. Lower case,
 * apostrophes as `'`. Data only: the rules that use them are in classify.ts.
 */

const set = (...lists: (readonly string[])[]): ReadonlySet<string> => new Set(lists.flat());

/** Words that are never the content of an answer when they open it or stand alone. */
export const ALWAYS_INTERJECTIONS = set(
  ['honestly', 'frankly', 'well', 'um', 'uh', 'umm', 'uhh', 'hmm', 'hm', 'ok', 'okay', 'yeah', 'ugh', 'argh', 'sigh', 'tbh', 'basically', 'lol', 'meh', 'oh', 'ah', 'welp', 'anyway', 'anyways'],
  ['naja', 'tja', 'ehrlich', 'ähm', 'äh', 'hmm', 'also', 'ach'], // de ("also" means "so")
  ['正直', 'えっと', 'うーん', 'まあ', 'あの'], // ja
);

/** Words that are interjections only when punctuated ("Look,", "Seriously?"), content otherwise ("Look at the logs"). */
export const PUNCTUATED_INTERJECTIONS = set(
  ['so', 'look', 'listen', 'seriously', 'really', 'right', 'man', 'wow', 'yes', 'no', 'actually', 'fine', 'sure', 'whatever', 'great', 'nice', 'cool'],
  ['ja', 'nein', 'gut', 'ernsthaft', 'echt'],
);

/** Words that pad a non-answer without adding to it ("no idea tbh", "not sure yet"). */
export const NON_ANSWER_FILLERS = set(
  ['tbh', 'honestly', 'really', 'yet', 'sorry', 'lol', 'um', 'uh', 'hmm', 'just', 'still', 'now', 'atm', 'either', 'so', 'well', 'ok', 'okay', 'man', 'haha'],
  ['ehrlich', 'gesagt', 'gerade', 'noch', 'leider', 'grad', 'echt', 'halt'],
  ['まだ', '正直', 'ちょっと', 'よく', 'です', 'ですね', 'かな', 'ね', 'よ', 'けど', 'な'],
);

/** Whole answers that say "I don't know" or "nothing", once fillers and punctuation are gone. */
export const NON_ANSWERS: Readonly<Record<'en' | 'de' | 'ja', readonly string[]>> = {
  en: [
    "i don't know", 'i dont know', "don't know", 'dont know', 'i do not know', 'dunno', 'idk', 'no idea', 'i have no idea', 'not sure',
    "i'm not sure", 'im not sure', 'i am not sure', 'unsure', 'no clue', 'not a clue', 'nothing', 'nothing really', 'none', 'n/a', 'na',
    'pass', 'skip', 'no', 'nope', 'nah', 'maybe', 'perhaps', 'hard to say', "can't say", 'cant say', 'who knows', 'beats me', 'whatever',
    "we'll see", "i'll see", 'no comment', 'not much', 'no answer', "haven't thought about it", 'good question', 'let me think',
    'need to think about it', 'i need to think about it', 'not really', 'nothing comes to mind', 'same as before', 'same', 'dk',
  ],
  de: [
    'keine ahnung', 'weiß nicht', 'weiss nicht', 'ich weiß nicht', 'ich weiss nicht', 'ich weiß es nicht', 'ich weiss es nicht', 'weiß ich nicht',
    'nicht sicher', 'bin mir nicht sicher', 'k a', 'ka', 'nichts', 'vielleicht', 'egal', 'keine idee', 'mal sehen', 'schwer zu sagen', 'kein plan',
  ],
  ja: ['わからない', '分からない', 'わかりません', '分かりません', 'わかんない', '知らない', '知りません', '特にない', '特になし', '特にありません', 'なし', 'ない', 'さあ', '不明', '未定'],
};

/** "I don't know" followed by a short "what to do" is still a non-answer; a longer clause carries content. */
export const NON_ANSWER_QUESTION_WORDS = set(['what', 'how', 'where', 'which', 'who', 'when', 'why', 'if', 'whether', 'was', 'wie', 'wo', 'ob', 'welche']);
export const NON_ANSWER_TAIL_WORDS = 4;

/** Verbs that make an answer at the will stage a concrete step ("Ask Dana…", "I'll split…"). */
export const ACTION_VERBS = set(
  [
    'ask', 'talk', 'speak', 'write', 'fix', 'send', 'book', 'schedule', 'pair', 'try', 'open', 'file', 'raise', 'propose', 'block', 'review',
    'split', 'document', 'add', 'remove', 'delete', 'set', 'share', 'check', 'email', 'mail', 'ping', 'message', 'call', 'meet', 'read', 'learn',
    'test', 'run', 'move', 'post', 'create', 'update', 'tell', 'bring', 'suggest', 'start', 'stop', 'finish', 'merge', 'revert', 'deploy', 'draft',
    'prepare', 'plan', 'investigate', 'reach', 'sync', 'escalate', 'automate', 'refactor', 'rewrite', 'measure', 'timebox', 'cancel', 'decline',
    'delegate', 'hand', 'pick', 'join', 'install', 'upgrade', 'configure', 'clean', 'profile', 'benchmark', 'bisect', 'reproduce', 'follow',
    'note', 'list', 'prototype', 'spike', 'close', 'mute', 'protect', 'say', 'put', 'clarify', 'agree', 'present', 'demo', 'record', 'log',
    'track', 'limit', 'drop', 'replace', 'introduce', 'invite', 'organise', 'organize', 'collect', 'gather', 'compare', 'estimate', 'prioritise',
    'prioritize', 'switch', 'turn', 'disable', 'enable', 'go', 'take', 'leave', 'rerun', 'retry', 'pin', 'bump', 'lock', 'delay',
  ],
  [
    'fragen', 'sprechen', 'reden', 'schreiben', 'schicken', 'senden', 'ansprechen', 'vorschlagen', 'buchen', 'einplanen', 'testen', 'reparieren',
    'aufteilen', 'dokumentieren', 'klären', 'melden', 'prüfen', 'anrufen', 'treffen', 'frage', 'spreche', 'schreibe', 'schicke', 'buche', 'teste',
  ],
);

/** Openers that announce a step ("I'll", "going to", "ich werde"); the verb after them is the step. */
export const INTENT_OPENERS: readonly (readonly string[])[] = [
  ["i'll"], ['i', 'will'], ["i'm", 'going', 'to'], ['i', 'am', 'going', 'to'], ['going', 'to'], ['gonna'], ['i', 'plan', 'to'],
  ['i', 'want', 'to'], ['i', 'need', 'to'], ['let', 'me'], ["we'll"], ['we', 'will'], ['tomorrow', 'i'], ['ich', 'werde'], ['werde'], ['ich', 'will'],
];

/** Words that turn a would-be step into its opposite ("I won't…", "can't…"). */
export const NEGATIONS = set(["won't", 'not', "can't", 'cannot', "don't", 'never', 'nicht', 'kein', 'keine', 'nie']);

/** Japanese sentence ends that state an intention to act (する, します, 聞く…). */
export const JA_ACTION_ENDS: readonly string[] = [
  'する', 'します', 'しよう', 'やる', 'やります', '聞く', '聞きます', '相談する', '相談します', '頼む', '頼みます', '書く', '書きます',
  '送る', '送ります', '話す', '話します', '確認する', '確認します', '提案する', '提案します', '依頼する', '依頼します', '予約する', '予約します',
];

/** Upper-case words that are names of things, not shouting. */
export const ACRONYMS = set([
  'API', 'CI', 'CD', 'PR', 'PRS', 'SQL', 'HTTP', 'HTTPS', 'JSON', 'YAML', 'README', 'AWS', 'GCP', 'URL', 'UI', 'UX', 'QA', 'DB', 'VPN', 'SSH', 'TLS',
  'CPU', 'GPU', 'RAM', 'OOM', 'NPM', 'CLI', 'IDE', 'SDK', 'JWT', 'DNS', 'K8S', 'MVP', 'OKR', 'KPI', 'ETA', 'EOD', 'ASAP', 'FYI', 'TODO', 'FIXME',
  'WIP', 'LGTM', 'PTO', 'CEO', 'CTO', 'VP', 'HR', 'GDPR', 'SLA', 'SRE', 'RFC', 'ADR', 'CSS', 'HTML', 'XML', 'CSV', 'PDF', 'IOS', 'SSO', 'LDAP',
  'OAUTH', 'GRPC', 'REST', 'CORS', 'CSP', 'E2E', 'TDD', 'BDD', 'DDD', 'SPA', 'SSR', 'MR', 'ID', 'IDS', 'TS', 'JS', 'PHP', 'JVM', 'GC', 'OS',
]);

/** Capitalised words that open sentences or name things, never people ("The build never…"). */
export const NOT_NAMES = set([
  'the', 'this', 'that', 'these', 'those', 'it', 'its', 'there', 'here', 'our', 'my', 'your', 'their', 'his', 'her', 'we', 'i', 'you', 'they',
  'he', 'she', 'everything', 'something', 'nothing', 'anything', 'everyone', 'someone', 'nobody', 'somebody', 'everybody', 'people', 'management',
  'leadership', 'what', 'when', 'why', 'how', 'who', 'which', 'if', 'and', 'but', 'so', 'then', 'also', 'monday', 'tuesday', 'wednesday',
  'thursday', 'friday', 'saturday', 'sunday', 'today', 'tomorrow', 'yesterday', 'jenkins', 'docker', 'github', 'gitlab', 'jira', 'slack',
]);

/** Verbs of what people do (not what builds do): "Mark never reviews", not "Docker always crashes". */
export const HUMAN_VERBS = set([
  'reviews', 'review', 'answers', 'answer', 'responds', 'respond', 'replies', 'reply', 'listens', 'listen', 'cares', 'care', 'helps', 'help',
  'reads', 'read', 'approves', 'approve', 'asks', 'ask', 'tells', 'tell', 'lets', 'let', 'gives', 'give', 'says', 'say', 'writes', 'write',
  'checks', 'check', 'talks', 'talk', 'communicates', 'communicate', 'documents', 'document', 'shows', 'show', 'interrupts', 'interrupt',
  'blames', 'blame', 'takes', 'take', 'pushes', 'push', 'changes', 'change', 'merges', 'merge', 'breaks', 'break', 'ignores', 'ignore',
  'refuses', 'refuse', 'forgets', 'forget', 'delegates', 'delegate', 'decides', 'decide', 'dumps', 'dump', 'micromanages', 'micromanage',
]);
