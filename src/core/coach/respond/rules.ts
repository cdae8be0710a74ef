/**
 * The responder's patterns, per answer class and language. Each pattern is anchored on
 * words and bounded (no nested or unbounded repeats), so matching stays linear in the
 * answer's length. Data only: classify.ts decides the order in which classes win.
 */

export type Language = 'en' | 'de' | 'ja';

/** Whole words in any script: JavaScript's \b only knows ASCII, and German needs ä, ö, ü, ß. */
const w = (source: string): RegExp => new RegExp(`(?<![\\p{L}\\p{N}])(?:${source})(?![\\p{L}\\p{N}])`, 'iu');

/** Exhaustion, burnout, sleep, quitting, overwhelm, crying, dread, working every weekend. */
export const DISTRESS: Readonly<Record<Language, readonly RegExp[]>> = {
  en: [
    w("(?:i'm|im|i am|am|i feel|feel|feeling|been|so|completely|totally|utterly|really|absolutely) (?:so |completely |totally |really )?(?:exhausted|drained|worn out|spent)"),
    w('^exhausted'),
    w('burn(?:ed|t|ing)?[ -]?out|burnout'),
    w("(?:can't|cannot|can not|couldn't|unable to|barely) sleep|not sleeping|no sleep|insomnia|lying awake"),
    w("(?:thinking (?:about|of)|want(?:ing)? to|going to|gonna|about to|ready to|considering|might) (?:quit(?:ting)?(?! (?:vim|emacs|the (?:app|process|program|editor|build)))|resign(?:ing)?|hand(?:ing)? in my notice)"),
    w('quit(?:ting)? (?:my|this) job|looking for (?:a|another) job'),
    w('overwhelmed|drowning|falling apart|breaking point|running on empty|at the end of my rope|nervous breakdown|stressed out'),
    w("can't cope|cannot cope|can't (?:take|do) (?:it|this) any ?more|can't keep (?:up|going)"),
    w('crying(?! out loud)|cried|in tears|dread(?:ing)?|panic attacks?|anxious|anxiety|depressed|depression|hopeless|miserable'),
    w("work(?:ed|ing)? (?:\\p{L}+ ){0,2}(?:weekends?|every night|nights and weekends)|no weekends? (?:in|for)"),
    w("hate my (?:job|life)|no energy left|nothing left to give|(?:so|really|always) tired(?! of)"),
    w("kill myself|end it all|don't want to (?:be here|live)|self[- ]harm|suicid\\p{L}*|hurt myself"),
  ],
  de: [
    w('erschöpft|ausgebrannt|burn-?out|am ende meiner kräfte|keine kraft mehr|ich kann nicht mehr|überfordert|überlastet'),
    w('(?:kann|konnte) (?:nicht|kaum) (?:mehr )?schlafen|schlafe (?:schlecht|kaum|nicht)'),
    w('kündigen|kündigung|hinschmeißen|hinschmeissen'),
    w('weine|weinen|geweint|heulen|angst vor|panikattacke\\p{L}*|depressiv|hoffnungslos'),
    w('(?:am|jedes) wochenende (?:\\p{L}+ ){0,2}arbeite\\p{L}*|wochenenden durch|arbeite jedes wochenende'),
  ],
  ja: [/疲れ果て|燃え尽き|眠れない|寝れない|辞めたい|退職(?:したい|を考え)|限界|泣い|泣き|週末も(?:働|仕事)|土日も(?:働|仕事)|つらい|辛い|しんどい|もう無理|消えたい|死にたい/u],
};

/** Absolutes about people and fault: "nobody cares", "they always…", "it's his fault". Named people are found in classify.ts. */
export const BLAME: Readonly<Record<Language, readonly RegExp[]>> = {
  en: [
    w('(?:nobody|no ?-?one|noone) (?:ever |really |even |here |else )?\\p{L}+'),
    w("(?:they|he|she|everyone|everybody|people|management|leadership|(?:my|our|the) (?:manager|boss|lead|pm|po|team lead|product owner|architect|cto|other team|devs|testers)|product|ops|qa|sales|devops) (?:\\p{L}+ )?(?:always|never|keeps?|refuses?|won't|doesn't care|don't care|ignores?|ignored)"),
    w("(?:his|her|their|your|\\p{L}+'s) fault|blame (?:him|her|them)"),
    w('incompetent|lazy|clueless|idiots?|morons?|arrogant|rude'),
  ],
  de: [
    w('(?:niemand|keiner|keinen) (?:\\p{L}+ )?(?:interessiert|kümmert|hört|hilft|liest|antwortet|reviewt|macht)|interessiert (?:niemanden|keinen)'),
    w('(?:er|sie|die|alle|chef|chefin|management) (?:\\p{L}+ )?(?:immer|nie|niemals)'),
    w('(?:seine|ihre|deren) schuld|schuld ist'),
    w('inkompetent|faul|idioten?|arrogant|unverschämt'),
  ],
  ja: [/のせい|誰も[^。！？\n]{0,12}(?:ない|くれない|しない)|いつも[^。！？\n]{0,12}(?:しない|くれない)/u],
};

/** Strong emotion in words; exclamation runs and shouting are counted in classify.ts. */
export const VENTING: Readonly<Record<Language, readonly RegExp[]>> = {
  en: [
    w("ridiculous|insane|absurd|unbelievable|wtf|ffs|omfg|damn|dammit|crap|shit|fucking|sick of|fed up|so annoying|annoying|infuriating|furious|pissed|frustrat\\p{L}*|nightmare"),
    w("(?:a|such a) joke|kidding me|are you serious|for crying out loud|drives? me (?:crazy|nuts|mad)|i can't believe|(?:this|it) sucks|pain in the|i hate|hate (?:this|it|that)"),
  ],
  de: [w('lächerlich|unfassbar|nervt|genervt|katastrophe|wahnsinn|zum kotzen|scheiße|scheisse|verdammt|ich hasse|unmöglich|frustrier\\p{L}*')],
  ja: [/ふざけ|ありえない|あり得ない|もう嫌|うんざり|イライラ|最悪|むかつく|ムカつく/u],
};

/** Lines that are code or logs rather than prose: stack frames, log lines, shell, compiler errors. */
export const CODE_LINES: readonly RegExp[] = [
  /^\s*at\s+[\w.$<>[\]]+\s*\(/,
  /^\s*at\s+\S+:\d+/,
  /^\s*File\s+"[^"]*",\s+line\s+\d+/,
  /^\s*Traceback\s+\(most recent call last\)/,
  /^\s*\[?\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}/,
  /^\s*\[?(?:ERROR|WARN|WARNING|INFO|DEBUG|TRACE|FATAL)\]?[\s:]/,
  /^\s*(?:npm ERR!|error TS\d+|E\d{4}:|warning:|error:)/,
  /^\s*[\w.]*(?:Error|Exception):\s/,
  /^\s*\$\s+\S/,
  /^\s*(?:const|let|var|function|def|class|import|from|return|if|for|while|public|private|package|#include|SELECT|INSERT|UPDATE)\s[^\n]*[=({;:'"]/,
];

/** Characters that are rare in prose and common in code. */
export const CODE_SYMBOLS = new Set([...'{}[]();=<>$|\\&#@*_/`^~']);
