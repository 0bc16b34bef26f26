import type { Token } from '../text/tokens.ts';
import { bitsOf, bitsSlot, classBit, lookup, memoBits, rowsOf, TOKEN_WORD, wordBits, wordClass, wordSet } from '../text/tokens.ts';
import { TRIGGER_KIND } from './lexicon.ts';
import { at } from '../text/at.ts';
import { normalizeWord } from '../text/normalize.ts';
import { numberWord } from '../numbers/words.ts';
import { isMonthWord } from './dates.ts';

/** Fixed word lists the rules compare a whole word with (a Set look-up: a regular expression per call costs far more). */
const BE_HAVE = new Set(['was', 'were', 'is', 'are', 'had', 'has', 'have']);
const THE_A = new Set(['the', 'a']);
const HAVE = new Set(['has', 'have', 'had']);
const PASSIVE = new Set(['been', 'be', 'being']);

/**
 * An attribution in one sentence: the whole phrase [s, e) and its source [ss, se), normalized offsets; a source of
 * `sameSpeaker` (-1) is the speaker of the last attribution before it in the paragraph ("وأضاف أن …").
 */
export const sameSpeaker = -1;
export interface AttributionHit {
  s: number;
  e: number;
  ss: number;
  se: number;
  /**
   * Where the words it reports begin, for one that adds them mid-sentence (", adding that X", "، مضيفة أن X"); -1 for
   * none. (Every hit has every field, in this order: one shape for the driver's reads.)
   */
  clause: number;
  /** It reports only what follows it ("…, while police said X"): a count before it is not its. */
  forward: boolean;
  /** A verb of going on ("وأضاف أن", "وتابع"): the last speaker's, even in another paragraph. */
  continues: boolean;
}

const AR_SPOKE_OF = ['تحدث', 'تحدثت', 'تحدثوا', 'يتحدث', 'تتحدث'];
const AR_VERBS = wordSet([
  'قال', 'قالت', 'أكد', 'أكدت', 'ذكر', 'ذكرت', 'أعلن', 'أعلنت', 'أضاف', 'أضافت', 'أوضح', 'أوضحت', 'أشار', 'أشارت',
  'أفاد', 'أفادت', 'صرح', 'صرحت', 'نقل', 'نقلت', 'كشف', 'كشفت', 'تابع', 'تابعت', 'أورد', 'أوردت', 'زعم', 'زعمت',
  'اعتبر', 'اعتبرت', 'حذر', 'حذرت', 'نفى', 'نفت', 'نعى', 'نعت', 'أعلنت', 'قالوا', 'أكدوا', 'ذكروا', 'بين', 'بينت', 'لفت', 'لفتت',
  'شدد', 'شددت', 'رجح', 'رجحت', 'قدر', 'قدرت', 'وثق', 'وثقت', 'سجل', 'سجلت', 'روى', 'روت', 'أبلغ', 'أبلغت',
  'أحصى', 'أحصت', 'أعرب', 'أعربت', 'دعا', 'دعت', 'قدروا', 'رجحوا', 'حذروا', 'أشاروا', 'أفادوا', 'أوضحوا', 'نفوا', 'أعلنوا',
  // The present: "ويقدّر زعماء محليون", "وتحذر منظمات الإغاثة", "ويؤكد ناشطون".
  'يقول', 'تقول', 'يقولون', 'يؤكد', 'تؤكد', 'يؤكدون', 'يقدر', 'تقدر', 'يقدرون', 'يرجح', 'ترجح', 'يحذر', 'تحذر',
  'ينفي', 'تنفي', 'يتهم', 'تتهم',
  // "اتهمت الحكومة … «الدعم السريع» بارتكاب", "وتشير إحصاءات الجهاز إلى أن", "فيما توقع المركز الوطني للأرصاد استمرار".
  'اتهم', 'اتهمت', 'اتهموا', 'يشير', 'تشير', 'يشيرون', 'توقع', 'توقعت', 'توقعوا', 'يتوقع', 'تتوقع', 'يضيف', 'تضيف', 'يوضح', 'توضح',
  // "وتحدثت منظمة الهجرة عن أكثر من 200 مفقود" (spoke of).
  ...AR_SPOKE_OF,
]);
/**
 * Words that open a clause before its verb: "فيما قدّرت مصادر محلية", "بينما نفى الجيش", "في حين قال". The verb
 * after them has its subject after it, as at the start of a sentence.
 */
/** Verbs of going on speaking: "وأضاف أن" (he added), "وتابع", "وأردف". */
const AR_GO_ON = wordSet(['أضاف', 'أضافت', 'أضافوا', 'يضيف', 'تضيف', 'تابع', 'تابعت', 'أردف', 'أردفت', 'استطرد', 'استطردت', 'أوضح', 'أوضحت', 'يوضح', 'توضح']);
/** "تحدث" (spoke of): a verb of saying only where it opens its clause, its subject after it and "عن" after that. */
const AR_SPOKE_OF_WORDS = wordSet(AR_SPOKE_OF);
const AN_AR = normalizeWord('عن');
/**
 * Words that open a clause of its own whose speaker reports only what follows: "…, while police said X", "فيما قال
 * المتحدث إن X" (a count before them is someone else's).
 */
const EN_FORWARD = wordSet(['while', 'whereas', 'but', 'although', 'though']);
const AR_FORWARD = wordSet(['فيما', 'بينما', 'حين']);
const AR_CLAUSE_OPENERS = wordSet(['فيما', 'بينما', 'كما', 'حين', 'ثم', 'لكن', 'حيث', 'إذ', 'بعدما', 'عندما']);
/** "وكانت وزارة الصحة قد أحصت": the subject sits between كان and قد, before the verb. */
const AR_QAD = wordSet(['قد']);
const AR_KANA = wordSet(['كان', 'كانت']);
/** Words that end a source after its verb, where the verb's object begins: "قدّرت مصادر محلية عدد …", "نفى الجيش ذلك". */
const AR_OBJECT_STOP = wordSet([
  // Verbal nouns as the object: "وأكدت السلطات تسجيل 17 حالة وفاة", "أعلنت الوزارة تخصيص …".
  'تسجيل', 'تخصيص', 'تقديم', 'إرسال', 'فتح', 'بدء', 'العثور',
  'عدد', 'أعداد', 'ذلك', 'هذا', 'هذه', 'حصيلة', 'ارتفاع', 'انتشال', 'سقوط', 'وقوع', 'خسائر', 'الأضرار', 'نسبة', 'أكثر',
  'نحو', 'حوالي', 'قرابة', 'منذ',
  // What is forecast: "توقع المركز استمرار هطول الأمطار".
  'استمرار', 'هطول', 'تراجع', 'انخفاض', 'تحسن',
]);
/** "نُقل المصابون إلى المستشفى": نقل that moves people somewhere reports nothing. */
const AR_TRANSFER = wordSet(['نقل', 'نقلت']);
/** Verbs of warning take من: "وتحذر منظمات الإغاثة من تفشي …" ends the source at من. */
const AR_WARN = wordSet(['حذر', 'حذرت', 'يحذر', 'تحذر', 'حذروا']);
/**
 * Words right after a verb that show it has no subject of its own ("وأضاف أن …", "وأشار إلى أن …"): the speaker
 * is the one before (see `sameSpeaker`). Matched exactly, clitics not stripped ("والي" is no "إلى").
 */
const AR_NO_SUBJECT = wordSet(['أن', 'إن', 'بأن', 'ان', 'بان', 'إلى', 'الى']);
/**
 * Participles of saying that go on with the speaker of their sentence ("…، مشيراً إلى أن …", "مبيّنةً أن", "محذرين من
 * أن"): no subject of their own, so the speaker is the one before (see `sameSpeaker`). Matched exactly: "المؤكد أن" (it is
 * certain that) carries the article. Only before a complementizer (see `complementAt`).
 */
const AR_SAYING_PARTICIPLES = new Set(['مشير', 'مضيف', 'موضح', 'مؤكد', 'مبين', 'لافت', 'محذر', 'مرجح', 'منوه', 'مشدد', 'معتبر', 'كاشف',
  'متابع', 'مردف', 'منبه', 'معرب', 'مستدرك', 'ناف', 'معلن', 'متهم', 'مستبعد']
  .flatMap((w) => (w === 'ناف' ? ['نافيا', 'نافية', 'نافين'] : [`${w}ا`, `${w}ة`, `${w}ين`, `${w}تين`, `${w}ان`])).map(normalizeWord));
/** "أن", "إن", "بأن" after a participle, or "إلى أن", "من أن" ("مشيرة إلى أنها", "محذراً من أن"). */
const AR_THAT = wordSet(['أن', 'إن', 'بأن', 'ان', 'بان', 'أنه', 'أنها', 'أنهم', 'إنه', 'إنها', 'إنهم', 'بأنه', 'بأنها', 'بأنهم']);
const AR_TO_OR_FROM = new Set(['إلى', 'الى', 'من'].map(normalizeWord));
/** A complementizer ("أن", "إن", "بأن" …) among the `n` words from token j. */
function thatWithin(tokens: Token[], j: number, n: number): boolean {
  for (let k = j; k < j + n && tokens[k]; k++) if (tokens[k].kind === 'word' && AR_THAT.has(tokens[k].t)) return true;
  return false;
}
function complementAt(tokens: Token[], j: number): boolean {
  const w = tokens[j];
  if (!w || w.kind !== 'word') return false;
  if (AR_THAT.has(w.t)) return true;
  return AR_TO_OR_FROM.has(w.t) && tokens[j + 1]?.kind === 'word' && AR_THAT.has(tokens[j + 1].t);
}
/** Words right after a verb that are no source either: "وسجلت منذ ذلك الحين …". */
const AR_NOT_SOURCE = wordSet(['منذ', 'على', 'في', 'عن', 'خلال', 'مع']);
const AR_TO = wordSet(['إلى', 'الى']);
/** "المصدر: وام", "المصدر : رويترز": a source line. */
const AR_SOURCE_LINE = wordSet(['المصدر', 'مصدر', 'المصادر']);
// "حسبما أعلنت وزارة الداخلية", "وفقما ذكر": according to what X said (the verb after it is skipped, AR_SKIP_VERBS).
const AR_PREPS = wordSet(['بحسب', 'حسب', 'وفقا', 'وفق', 'نقلا', 'طبقا', 'حسبما', 'بحسبما', 'وفقما', 'طبقما']);
const AR_SKIP = wordSet(['ما', 'ل', 'عن', 'بيان', 'صادر', 'تقرير', 'لاحقا', 'أيضا', 'في']);
// With the object pronoun too: "وفق ما ذكره الهلال الأحمر", "حسبما نقلته وكالة الأنباء" (what X said, reported).
const AR_SKIP_VERBS = wordSet(['أعلن', 'ذكر', 'أفاد', 'قال', 'أورد', 'نشر', 'نقل', 'أكد', 'أوضح']
  .flatMap((v) => [v, `${v}ت`, `${v}ه`, `${v}ته`]));
const AR_STOP = wordSet(['أن', 'إن', 'ان', 'إنه', 'إنها', 'إنهم', 'أنه', 'أنها', 'أنهم', 'انه', 'انها', 'انهم', 'في', 'خلال', 'على', 'عن', 'إلى', 'الى', 'مع', 'بأن', 'بان', 'لاحقا', 'اليوم', 'أمس', 'يوم',
  // When it was said is no part of who said it: "أعلنت مديرية الصحة صباح الجمعة".
  'صباح', 'مساء', 'ظهر', 'عصر', 'فجر', 'ليلة', 'الليلة', 'صباحا', 'مساء', 'ظهرا', 'عصرا', 'فجرا', 'ليلا', 'السبت', 'الأحد', 'الاثنين', 'الثلاثاء',
  'الأربعاء', 'الخميس', 'الجمعة', 'الماضي', 'الماضية', 'المقبل', 'المقبلة', 'الجاري', 'الجارية', 'الشهر', 'الأسبوع']);
/**
 * A source named by its post, then where it serves: "مصدر في الدفاع المدني", "مسؤول في وزارة الصحة", "متحدث باسم الجيش".
 * After one of these, في and باسم are part of the source.
 */
const AR_POST = wordSet(['مصدر', 'مصادر', 'مسؤول', 'مسؤولون', 'مسؤولين', 'متحدث', 'متحدثة', 'ناطق', 'ناطقة', 'عضو', 'قيادي', 'مراسل', 'طبيب', 'مدير']);
const AR_POST_LINK = wordSet(['في', 'باسم']);
/** "في حديث لـ…", "في تصريح لـ…": how it was said, not who said it. */
const AR_TOLD = wordSet(['حديث', 'تصريح', 'تصريحات', 'بيان', 'مقابلة', 'اتصال']);

const EN_VERBS = wordSet([
  'said', 'says', 'told', 'reported', 'reports', 'announced', 'claimed', 'claims', 'stated', 'confirmed', 'warned',
  'added', 'asserts', 'asserted', 'reads', 'read', 'estimated', 'estimates', 'noted', 'insisted', 'denied', 'tweeted',
  'explained', 'stressed', 'quoted', 'wrote', 'posted', 'disclosed', 'revealed', 'acknowledged', 'alleged', 'urged',
  'recalled', 'described', 'testified', 'briefed', 'informed', 'indicated', 'maintained', 'argued', 'declared',
  'say', 'believe', 'believes',
  // "aid agencies estimate", "Local sources estimate that 30-40 people were killed" (see estimateAsVerb).
  'estimate',
]);
/** "could not say", "too early to say": a verb of saying after these reports nobody's words. */
const EN_NOT_SAYING = wordSet(['not', "n't", 'to', 'could', 'cannot', 'can', 'would', 'will', 'did', 'does', 'do', 'never', 'might', 'may']);
/**
 * Verbs whose speaker may follow them after a quote or a clause: '"…," said Amina Yusuf', ', added the mayor'.
 */
const EN_INVERTING = wordSet(['said', 'says', 'added', 'wrote', 'explained', 'noted', 'recalled', 'insisted', 'stressed', 'warned', 'asked']);
/** Words after a verb that are no speaker: times ("said Monday"), pronouns and the like. */
const EN_NOT_SPEAKER = wordSet([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'yesterday', 'tonight', 'earlier',
  'later', 'last', 'this', 'late', 'early', 'on', 'in', 'at', 'that', 'it', 'he', 'she', 'they', 'we', 'i', 'you', 'so',
  'nothing', 'there', 'not', 'no', 'only', 'recently', 'previously', 'again', 'also',
]);
/** Words of a clause, never of a speaker: '…, said six villages have been destroyed' says what, not who. */
const EN_CLAUSE = wordSet(['have', 'has', 'had', 'been', 'be', 'is', 'are', 'will', 'would', 'could', 'should', 'may', 'might', 'can', 'must', 'do', 'does', 'did', 'not']);
const EN_WHEN = wordSet(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'tonight']);
/** Inside a speaker after the verb: "a spokesman for the fire brigade", "the head of the agency". */
const EN_SPEAKER_INNER = wordSet(['of', 'for', 'the', 'at']);
/**
 * Gerunds of saying after a comma go on with the speaker of their sentence: '…," said Moussa Keita, adding that 19 …',
 * "…, noting that …" (see `sameSpeaker`); "that" must follow, but for "saying" and "adding".
 */
const EN_SAYING_GERUNDS = wordSet(['adding', 'saying', 'noting', 'explaining', 'warning', 'stressing', 'insisting', 'claiming', 'stating',
  'confirming', 'indicating', 'arguing', 'acknowledging', 'alleging', 'estimating']);
/**
 * Verbs by which records and studies report ("Home Office figures show", "SEOC data showed", "The road safety centre
 * recorded 253 deaths", "researchers at the university found"): their subject, before them, names no casualty.
 */
const EN_EVIDENCE = wordSet(['showed', 'shows', 'show', 'recorded', 'found', 'forecast', 'predicted', 'projected',
  // "The refugee agency counted more than 30,000 displaced people", "monitors documented 120 deaths".
  'counted', 'tallied', 'documented']);
/** "show" is a verb after these: "figures show", "data show". */
const EN_DATA = wordSet(['figures', 'data', 'statistics', 'records', 'numbers', 'estimates', 'tallies', 'surveys', 'polls', 'studies']);
/** Records that someone gives: "according to figures from the ministry", "according to a tally by AFP". */
const EN_RECORDS = wordSet(['figures', 'figure', 'data', 'statistics', 'records', 'numbers', 'estimates', 'estimate', 'tallies', 'tally', 'count', 'report',
  'reports', 'survey', 'toll', 'information', 'statement', 'census']);
const isByOrFrom = (t: Token | undefined) => !!t && (t.t === 'by' || t.t === 'from');
/** Verbs that attribute a toll to their subject when the toll is their object: "activists put the death toll at 51". */
const EN_TOLL_VERBS = wordSet(['put', 'puts', 'raised', 'raises', 'revised', 'gave', 'gives', 'placed', 'places', 'lowered', 'updated']);
const EN_TOLL_NOUNS = wordSet(['toll', 'tally', 'figure', 'figures', 'number', 'count', 'estimate']);
/** Pronouns that can be the source of a statement: "he said", "it said". */
const EN_PRONOUNS = wordSet(['he', 'she', 'they', 'it', 'we', 'i']);
/** Auxiliaries between a subject and its verb: "the ministry has said". */
const EN_AUX = wordSet(['has', 'have', 'had', 'was', 'is', 'were', 'also', 'later', 'however', 'further', 'then']);
const EN_STOP = wordSet(['that', 'and', 'but', 'which', 'who', 'while', 'whereas', 'although', 'though', 'as', 'because', 'however', 'then', 'when', 'with', 'in', 'on', 'at', 'by', 'from', 'to', 'for', 'after', 'before', 'during', 'than', 'it', 'this', 'he', 'she', 'they', 'we', 'i', 'there', 'were', 'was']);
/** Adverbs between a subject and its verb: "The caption also asserts", "He however said". */
const EN_ADVERBS = wordSet(['also', 'later', 'earlier', 'previously', 'again', 'reportedly', 'separately', 'further', 'officially', 'still', 'however', 'has', 'have', 'had']);
/** A time between a subject and its verb: "earlier this week", "last month", "this morning", "yesterday". */
const EN_TIME_UNITS = wordSet(['week', 'month', 'year', 'morning', 'afternoon', 'evening', 'weekend']);
const EN_TIME_REL = wordSet(['this', 'last', 'next']);
const EN_BARE_TIMES = wordSet(['today', 'yesterday', 'tonight']);
/** "one person reported missing": the verb reports a casualty, it does not attribute one. */
const EN_CASUALTY_AFTER = wordSet(['missing', 'dead', 'killed', 'injured', 'wounded', 'hurt', 'safe', 'detained']);

/**
 * What a word is to the English rules, one cached number per word (bits below): saidBy and englishCue ask a dozen
 * lists of the verb and the words before it, and one memo read with bit tests is cheaper to run and gives V8 a much
 * smaller graph to compile than a dozen inlined list look-ups. Each bit answers exactly as the list it names.
 * (A const enum: esbuild writes each bit as its number where it is used; a module `const` is a `var` of the bundle,
 * which V8 loads from the module's context and checks at every use.)
 */
const enum E {
  STOP = 1,
  ADVERB = 1 << 1,
  WHEN = 1 << 2,
  TIME_UNIT = 1 << 3,
  TIME_REL = 1 << 4,
  BARE_TIME = 1 << 5,
  PRONOUN = 1 << 6,
  FORWARD = 1 << 7,
  CASUALTY_AFTER = 1 << 8,
  INVERTING = 1 << 9,
  BE_HAVE = 1 << 10, // BE_HAVE (exactly)
  OF_FOR = 1 << 11, // "of", "for" (exactly)
  THE = 1 << 12, // "the" (exactly)
  COMMA = 1 << 13, // ","
  QUOTE = 1 << 14, // '"'
  WHICH_WHO = 1 << 15,
  AND = 1 << 16,
  RARE_VERB = 1 << 17, // "claimed", "claims", "say", "estimate": saidBy's checks of one verb (see rareVerb)
  ED = 1 << 18, // ends in "ed", not "quoted" (see passiveWithoutAgent)
  PASSIVE_SKIP = 1 << 19, // "not", "also", "yet", "officially" (see passiveWithoutAgent)
  PASSIVE = 1 << 20,
  VERB = 1 << 21,
  GERUND = 1 << 22,
  EVIDENCE = 1 << 23,
  TOLL = 1 << 24,
  ACCORDING = 1 << 25, // "according" (exactly)
  ON = 1 << 26, // "on" (exactly)
  CLOSE = 1 << 27, // ")"
}
const englishBits = (w: string): number =>
  (EN_STOP.contains(w) ? E.STOP : 0) | (EN_ADVERBS.contains(w) ? E.ADVERB : 0) | (EN_WHEN.contains(w) ? E.WHEN : 0) |
  (EN_TIME_UNITS.contains(w) ? E.TIME_UNIT : 0) | (EN_TIME_REL.contains(w) ? E.TIME_REL : 0) | (EN_BARE_TIMES.contains(w) ? E.BARE_TIME : 0) |
  (EN_PRONOUNS.contains(w) ? E.PRONOUN : 0) | (EN_FORWARD.contains(w) ? E.FORWARD : 0) | (EN_CASUALTY_AFTER.contains(w) ? E.CASUALTY_AFTER : 0) |
  (EN_INVERTING.contains(w) ? E.INVERTING : 0) | (BE_HAVE.has(w) ? E.BE_HAVE : 0) | (w === 'of' || w === 'for' ? E.OF_FOR : 0) | (w === 'the' ? E.THE : 0) |
  (w === ',' ? E.COMMA : 0) | (w === '"' ? E.QUOTE : 0) | (w === 'which' || w === 'who' ? E.WHICH_WHO : 0) | (w === 'and' ? E.AND : 0) |
  (w === 'claimed' || w === 'claims' || w === 'say' || w === 'estimate' ? E.RARE_VERB : 0) | (w.endsWith('ed') && w !== 'quoted' ? E.ED : 0) |
  (w === 'not' || w === 'also' || w === 'yet' || w === 'officially' ? E.PASSIVE_SKIP : 0) | (EN_PASSIVE.contains(w) ? E.PASSIVE : 0) |
  (EN_VERBS.contains(w) ? E.VERB : 0) | (EN_SAYING_GERUNDS.contains(w) ? E.GERUND : 0) | (EN_EVIDENCE.contains(w) ? E.EVIDENCE : 0) |
  (EN_TOLL_VERBS.contains(w) ? E.TOLL : 0) | (w === 'on' ? E.ON : 0) | (w === ')' ? E.CLOSE : 0) | (w === 'according' ? E.ACCORDING : 0);
/**
 * What a word is to the Arabic rules (bits below, each the exact test it replaces), as englishBits for the English ones.
 */
const enum A {
  SOURCE_LINE = 1,
  PARTICIPLE = 1 << 1, // AR_SAYING_PARTICIPLES (exactly)
  THAT = 1 << 2, // AR_THAT (exactly)
  VERB = 1 << 3,
  PREP = 1 << 4,
  BAYN = 1 << 5, // "بين", "وبين" (exactly)
  QAD = 1 << 6,
  CLAUSE_OPENER = 1 << 7,
  SPOKE_OF = 1 << 8,
  WAW_FA = 1 << 9, // starts with و or ف
  WAW_FA_ALONE = 1 << 10, // is و or ف
  STOP = 1 << 11,
  TRANSFER = 1 << 12,
  SKIP = 1 << 13,
  AL = 1 << 14, // starts with ال
  SKIP_VERB = 1 << 15,
  NO_SUBJECT = 1 << 16, // AR_NO_SUBJECT (exactly)
  NOT_SOURCE = 1 << 17, // AR_NOT_SOURCE (exactly)
  OBJECT_STOP = 1 << 18,
  WARN = 1 << 19,
  POST_LINK = 1 << 20, // AR_POST_LINK (exactly)
  POST = 1 << 21,
  TOLD = 1 << 22,
  FORWARD = 1 << 23,
  GO_ON = 1 << 24,
  MIN = 1 << 25, // "من" (exactly)
  LAM = 1 << 26, // ل and three letters other than ل after it
  TRIGGER = 1 << 27, // lookup(TRIGGER_KIND, w): a casualty word (of either language)
}
const arabicBits = (w: string): number =>
  (AR_SOURCE_LINE.contains(w) ? A.SOURCE_LINE : 0) | (AR_SAYING_PARTICIPLES.has(w) ? A.PARTICIPLE : 0) | (AR_THAT.has(w) ? A.THAT : 0) |
  (AR_VERBS.contains(w) ? A.VERB : 0) | (AR_PREPS.contains(w) ? A.PREP : 0) | (w === 'بين' || w === 'وبين' ? A.BAYN : 0) | (AR_QAD.contains(w) ? A.QAD : 0) |
  (AR_CLAUSE_OPENERS.contains(w) ? A.CLAUSE_OPENER : 0) | (AR_SPOKE_OF_WORDS.contains(w) ? A.SPOKE_OF : 0) | (/^[وف]/.test(w) ? A.WAW_FA : 0) |
  (/^[وف]$/.test(w) ? A.WAW_FA_ALONE : 0) | (AR_STOP.contains(w) ? A.STOP : 0) | (AR_TRANSFER.contains(w) ? A.TRANSFER : 0) | (AR_SKIP.contains(w) ? A.SKIP : 0) |
  (w.startsWith('ال') ? A.AL : 0) | (AR_SKIP_VERBS.contains(w) ? A.SKIP_VERB : 0) | (AR_NO_SUBJECT.has(w) ? A.NO_SUBJECT : 0) |
  (AR_NOT_SOURCE.has(w) ? A.NOT_SOURCE : 0) | (AR_OBJECT_STOP.contains(w) ? A.OBJECT_STOP : 0) | (AR_WARN.contains(w) ? A.WARN : 0) |
  (AR_POST_LINK.has(w) ? A.POST_LINK : 0) | (AR_POST.contains(w) ? A.POST : 0) | (AR_TOLD.contains(w) ? A.TOLD : 0) | (AR_FORWARD.contains(w) ? A.FORWARD : 0) |
  (AR_GO_ON.contains(w) ? A.GO_ON : 0) | (w === 'من' ? A.MIN : 0) | (/^ل[^ل]{3,}/.test(w) ? A.LAM : 0) |
  (lookup(TRIGGER_KIND, w) !== undefined ? A.TRIGGER : 0);
/**
 * Each language's bits, one cached number per word (see memoBits): a rule reads them at the token's row of wordBits,
 * an array read (see enAt, arAt), and asks the memo only about a word not asked about yet.
 */
const enWords = memoBits(englishBits);
const arWords = memoBits(arabicBits);
const EN_SLOT = bitsSlot(enWords);
const AR_SLOT = bitsSlot(arWords);
/** The English rules' bits of token k (k >= 0); `rows` are the tokens' tokenizedRows. (16 is BITS_WIDTH, written out.) */
const enAt = (tokens: Token[], rows: Int32Array, k: number): number => {
  const v = wordBits[rows[k] * 16 + EN_SLOT];
  return v >= 0 ? v : enWords(tokens[k]);
};
/** The Arabic rules' bits of token k (k >= 0), as enAt. */
const arAt = (tokens: Token[], rows: Int32Array, k: number): number => {
  const v = wordBits[rows[k] * 16 + AR_SLOT];
  return v >= 0 ? v : arWords(tokens[k]);
};
/** The English rules' bits of token k, 0 before the first (k < 0). */
const bitsAt = (tokens: Token[], rows: Int32Array, k: number): number => (k >= 0 ? enAt(tokens, rows, k) : 0);
/** The token at k is one of "while", "whereas", "but" … (EN_FORWARD); false before the first. */
const forwardAt = (tokens: Token[], rows: Int32Array, k: number) => k >= 0 && (enAt(tokens, rows, k) & E.FORWARD) !== 0;

/**
 * Attributions in one tokenized sentence; extractClaims calls it only for a sentence with a cue word. `tokens` are those
 * of the last tokenize (the rules read their tokenizedBits and tokenizedRows).
 */
export function scanAttributions(tokens: Token[], english: boolean): AttributionHit[] {
  return english ? english_(tokens) : arabic(tokens);
}
/**
 * The words every attribution rule starts from (both languages: a sentence may quote the other one); a rule that
 * starts from another word must add it here.
 */
export const attributionCue = wordClass((w: string) =>
  w === 'according' || EN_VERBS.contains(w) || EN_TOLL_VERBS.contains(w) || EN_SAYING_GERUNDS.contains(w) || EN_EVIDENCE.contains(w) || AR_VERBS.contains(w) || AR_PREPS.contains(w) || AR_SOURCE_LINE.contains(w) ||
  AR_SAYING_PARTICIPLES.has(w));
/**
 * attributionCue's bit in wordClasses: the scans below read it on every word of a sentence, and this read (an array
 * read at the token's id) is smaller and quicker than the predicate's (a string test, a call's result to a boolean).
 */
const CUE = classBit(attributionCue);
/**
 * A quotation mark (a punctuation token, '"'), as a word class: english_ counts them in the loop that looks for the cue
 * words, on the one array read per token (see tokenizedBits).
 */
const QUOTE = classBit(wordClass((w: string) => w === '"'));

function arabic(tokens: Token[]): AttributionHit[] {
  const bits = bitsOf(tokens);
  const rows = rowsOf(tokens);
  // (A word with the cue's class: the token's kind and word classes, one array read; the mask in a local, not a
  // module variable read at every token.)
  const cueWord = TOKEN_WORD | CUE;
  const out: AttributionHit[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if ((bits[i] & cueWord) !== cueWord) continue;
    const t = tokens[i];
    const tb = arAt(tokens, rows, i);
    if ((tb & A.SOURCE_LINE) !== 0 && tokens[i + 1]?.t === ':' && tokens[i + 2]?.kind === 'word') {
      i = sourceLine(tokens, i, out);
      continue;
    }
    // "…، مشيراً إلى أن …": the speaker of the sentence goes on.
    if ((tb & A.PARTICIPLE) !== 0) {
      participle(tokens, i, out);
      continue;
    }
    const verb = (tb & A.VERB) !== 0;
    const prep = !verb && (tb & A.PREP) !== 0;
    // "وبين القتلى طفل": "بين" (between, among) is "بيّن" (clarified) only before what it clarifies ("بيّن المصدر أن").
    if (verb && (tb & A.BAYN) !== 0 && !thatWithin(tokens, i + 1, 6)) continue;
    if (!verb && !prep) continue;
    const pb = i > 0 ? arAt(tokens, rows, i - 1) : 0;
    // A verb counts as an attribution where it opens a clause: sentence start, after "و"/"ف" or a comma; after
    // its subject ("حصيلة أولية أفادت"), the subject is the source.
    // "وكانت وزارة الصحة قد أحصت": the words between كان and قد are the source.
    if (verb && i > 1 && (pb & A.QAD) !== 0 && kanaQad(tokens, i, out)) continue;
    const opener = i > 0 && (pb & (A.CLAUSE_OPENER | A.QAD)) !== 0;
    // ("بين" after a noun is mostly "between": "السبت الماضي بين الجيش و…".)
    // ("تحدثت عن ثلاثة قتلى": no subject after it; "ناشطين في الناصرية تحدثوا لشفق نيوز عن": its subject before it is no
    // noun phrase this rule reads.)
    if (verb && (tb & A.SPOKE_OF) !== 0 && (tokens[i + 1]?.t === AN_AR || (i > 0 && tokens[i - 1].kind === 'word' && (tb & A.WAW_FA) === 0 && (pb & A.CLAUSE_OPENER) === 0))) continue;
    // ("الرباط - 26 غشت - أعلنت السلطات": after a dateline's month the verb opens the sentence.)
    if (verb && !opener && i > 0 && tokens[i - 1].kind === 'word' && (tb & A.WAW_FA) === 0 && (pb & A.WAW_FA_ALONE) === 0 && !isMonthWord(tokens[i - 1])) {
      if (t.t === 'بين') continue;
      let k = i - 1;
      while (k > 0 && i - k < 3 && tokens[k - 1].kind === 'word' && (arAt(tokens, rows, k - 1) & (A.STOP | A.TRIGGER)) === 0) k--;
      const kb = arAt(tokens, rows, k);
      if ((kb & A.STOP) === 0 && (pb & A.TRIGGER) === 0 && tokens[i - 1].kind === 'word' && (kb & A.AL) !== 0) {
        out.push({ s: tokens[k].s, e: t.e, ss: tokens[k].s, se: tokens[i - 1].e, clause: -1, forward: false, continues: false });
      }
      continue;
    }
    if (verb && (tb & A.TRANSFER) !== 0 && movedTo(tokens, i)) continue;
    let j = i + 1;
    // ("وأضاف البيان أن …": after a verb, the statement with its article is the subject, not "في بيان".)
    for (; tokens[j] && tokens[j].kind === 'word'; j++) {
      const jb = arAt(tokens, rows, j);
      if (!(((jb & A.SKIP) !== 0 && !(verb && (jb & A.AL) !== 0)) || (prep && (jb & A.SKIP_VERB) !== 0))) break;
    }
    // "نفت «الدعم السريع» …", "وأفاد \"الدفاع المدني السوري\" بأن": a name in quotes (up to the closing one).
    const quoted = tokens[j]?.t === '"' && tokens[j + 1]?.kind === 'word' ? 1 : 0;
    j += quoted;
    const start = j;
    const first = tokens[start];
    const sb = first && first.kind === 'word' ? arAt(tokens, rows, start) : 0;
    // "وأضاف أن …": the speaker of the sentences before goes on; "وسجلت منذ ذلك الحين …" has no source.
    if (verb && (sb & A.NO_SUBJECT) !== 0) {
      out.push({ s: t.s, e: t.e, ss: sameSpeaker, se: sameSpeaker, clause: -1, forward: false, continues: (tb & A.GO_ON) !== 0 });
      continue;
    }
    if (verb && (sb & (A.NOT_SOURCE | A.OBJECT_STOP)) !== 0) continue;
    const warning = verb && (tb & A.WARN) !== 0;
    let last = -1;
    // The bits of the source's second token (0 for a parenthesis: it has none of them), read where the loop reads them.
    let second = 0;
    for (; tokens[j] && j - start < 6; j++) {
      const w = tokens[j];
      if (w.kind === 'punct') {
        if (w.t === '(' || w.t === ')') { last = j; continue; }
        break;
      }
      const wb = arAt(tokens, rows, j);
      if (j === start + 1) second = wb;
      const post = j === start + 1 && (wb & A.POST_LINK) !== 0 && (sb & A.POST) !== 0 && tokens[j + 1]?.kind === 'word' && (arAt(tokens, rows, j + 1) & A.TOLD) === 0;
      // "مصدر في الشرطة للسومرية نيوز": the outlet it was told to is no part of it.
      if (j > start + 1 && (second & A.POST_LINK) !== 0 && (TO_OUTLET.test(w.t) || (wb & A.TOLD) !== 0)) break;
      if (w.kind !== 'word' || (j > start && !post && ((wb & A.STOP) !== 0 || (verb && (wb & A.OBJECT_STOP) !== 0) || (warning && (wb & A.MIN) !== 0) || (wb & A.TRIGGER) !== 0))) break;
      last = j;
    }
    if (last < start) continue;
    if (tokens[last].t === '(') last--;
    // "وفقا لمصادر طبية": the source starts after the preposition's ل; not after a verb ("حسبما أعلنته لجنة الأمن").
    const lam = prep && (sb & A.LAM) !== 0 && (arAt(tokens, rows, start - 1) & A.SKIP_VERB) === 0 ? 1 : 0;
    out.push({ s: t.s, e: tokens[last].e, ss: tokens[start].s + lam, se: tokens[last].e, clause: -1, forward: verb && i > 0 && (pb & A.FORWARD) !== 0, continues: false });
    i = last;
  }
  return out;
}

/** "للسومرية", "لـ": the outlet a source spoke to. */
const TO_OUTLET = /^لل?ـ?$|^لل|^لـ/;

/** "المصدر: وام", "المصدر : رويترز": a source line at i, added to `out`; returns its last token. Out of line (rare). */
function sourceLine(tokens: Token[], i: number, out: AttributionHit[]): number {
  const t = tokens[i];
  let last = i + 2;
  while (tokens[last + 1]?.kind === 'word' && last - i < 5) last++;
  out.push({ s: t.s, e: tokens[last].e, ss: tokens[i + 2].s, se: tokens[last].e, clause: -1, forward: false, continues: false });
  return last;
}

/** "…، مشيراً إلى أن …": a participle of saying at i before a complementizer goes on with the speaker (added to `out`). */
function participle(tokens: Token[], i: number, out: AttributionHit[]) {
  if (complementAt(tokens, i + 1)) {
    // The words it adds begin after the complementizer ("مضيفة أن المهاجمين …", "مشيراً إلى أن …").
    const that = AR_THAT.has(tokens[i + 1].t) ? i + 1 : i + 2;
    out.push({ s: tokens[i].s, e: tokens[i].e, ss: sameSpeaker, se: sameSpeaker, clause: tokens[that + 1]?.s ?? -1, forward: false, continues: false });
  }
}

/** "وكانت وزارة الصحة قد أحصت": the words between كان and قد before the verb at i are the source (added to `out`). */
function kanaQad(tokens: Token[], i: number, out: AttributionHit[]): boolean {
  let k = i - 2;
  while (k > 0 && i - k < 8 && tokens[k].kind === 'word' && !AR_KANA.contains(tokens[k])) k--;
  if (k >= 0 && k < i - 2 && AR_KANA.contains(tokens[k])) {
    out.push({ s: tokens[k + 1].s, e: tokens[i].e, ss: tokens[k + 1].s, se: tokens[i - 2].e, clause: -1, forward: false, continues: false });
    return true;
  }
  return false;
}

const isWord = (t: Token | undefined, a: string, b?: string, c?: string) => !!t && (t.t === a || t.t === b || t.t === c);
/** "lives"/"life" among the four words after token i, before any punctuation. */
function livesAfter(tokens: Token[], i: number): boolean {
  for (let j = i + 1; j <= i + 4 && tokens[j] && tokens[j].kind !== 'punct'; j++) if (isWord(tokens[j], 'lives', 'life')) return true;
  return false;
}
const EN_OBJECT_PRONOUNS = wordSet(['them', 'him', 'her', 'us', 'me', 'it']);
/** Auxiliaries of a passive: "were confirmed by", "has been reported by". */
const EN_PASSIVE = wordSet(['was', 'were', 'been', 'is', 'are', 'be', 'being']);

/** The agent after "by": a noun phrase of up to six words, up to a stop word or a time ("by the ministry on Sunday"). Its last token, or -1. */
function agentAfter(tokens: Token[], start: number): number {
  let last = -1;
  for (let j = start; tokens[j] && tokens[j].kind === 'word' && j - start < 6 && !EN_STOP.contains(tokens[j]) && !(j > start && EN_NOT_SPEAKER.contains(tokens[j])); j++) last = j;
  return last >= start && !EN_PRONOUNS.contains(tokens[start]) && !EN_OBJECT_PRONOUNS.contains(tokens[start]) ? last : -1;
}

function english_(tokens: Token[]): AttributionHit[] {
  const bits = bitsOf(tokens);
  const rows = rowsOf(tokens);
  const out: AttributionHit[] = [];
  // (The masks in locals: a module variable is loaded and checked at every use.)
  const cue = CUE;
  const quote = QUOTE;
  const n = tokens.length;
  // The quotation marks before the token in hand (one loop: each token's bits are read once, no token object).
  let quotes = 0;
  for (let i = 0; i < n; i++) {
    const b = bits[i];
    if ((b & (cue | quote)) === 0) continue;
    if ((b & quote) !== 0) {
      quotes++;
      continue;
    }
    // (Only words are cues; a cue's class on a number or a mark would be no word's.)
    if ((b & (536870912 satisfies typeof TOKEN_WORD)) === 0) continue;
    // '"My son said his chest hurt," said Grace Obi': a verb inside a quote reports the quoted words, not this article's.
    if (quotes % 2 === 1 && closingQuoteAfter(bits, n, i)) continue;
    // A hit may end past i: the loop goes on after it (and counts the quotation marks it skips: it has none).
    const last = englishCue(tokens, i, out, rows) | 0;
    for (; i < last; i++) if ((bits[i + 1] & quote) !== 0) quotes++;
  }
  return out;
}

/** The attribution at the cue word i of an English sentence, added to `out`; returns where the scan goes on (i or the hit's last token). */
function englishCue(tokens: Token[], i: number, out: AttributionHit[], rows: Int32Array): number {
  const t = tokens[i];
  const tb = enAt(tokens, rows, i);
  if ((tb & E.ACCORDING) !== 0 && tokens[i + 1]?.t === 'to') {
    accordingTo(tokens, i, out);
    return i;
  }
  const verb = (tb & E.VERB) !== 0;
  // "The deaths … were confirmed by the provincial governor": the agent of a passive verb of saying is the source.
  if (verb && tokens[i + 1]?.t === 'by' && EN_PASSIVE.contains(at(tokens, i - 1) ?? t)) {
    const agent = agentAfter(tokens, i + 2);
    if (agent > 0) {
      out.push({ s: t.s, e: tokens[agent].e, ss: tokens[i + 2].s, se: tokens[agent].e, clause: -1, forward: false, continues: false });
      return agent;
    }
    return i;
  }
  // "…, adding that 19 …": the speaker goes on.
  if ((tb & E.GERUND) !== 0) {
    goingOn(tokens, i, out);
    return i;
  }
  if ((tb & E.EVIDENCE) !== 0) {
    const hit = evidenceSubject(tokens, i);
    if (hit) out.push(hit);
    return i;
  }
  const toll = (tb & E.TOLL) !== 0;
  if (toll && !verb && !tollObject(tokens, i)) return i;
  if (!verb && !toll) return i;
  return saidBy(tokens, i, out, verb, toll, tb, rows);
}

/**
 * The gerund of saying at i: '…, adding that 19 …' goes on with the speaker. Out of line (a thirtieth of the cues): V8
 * compiles less into englishCue.
 */
function goingOn(tokens: Token[], i: number, out: AttributionHit[]) {
  const t = tokens[i];
  const next = tokens[i + 1];
  if (at(tokens, i - 1)?.t === ',' && next?.kind === 'word' && (next.t === 'that' || ((t.t === 'saying' || t.t === 'adding') && next.t !== 'to'))) {
    // The words it adds begin after "that" ("adding that the attackers …"), or right after "saying".
    out.push({ s: t.s, e: t.e, ss: sameSpeaker, se: sameSpeaker, clause: tokens[next.t === 'that' ? i + 2 : i + 1]?.s ?? -1, forward: false, continues: false });
  }
}

/**
 * "according to the ministry", "according to figures released by the Interior Ministry", "according to figures from
 * the ministry", "according to a tally by AFP": whoever released or gave the records is the source.
 */
function accordingTo(tokens: Token[], i: number, out: AttributionHit[]) {
  const t = tokens[i];
  let j = i + 2;
  const start = j;
  let last = -1;
  for (; tokens[j] && tokens[j].kind === 'word' && j - start < 6 && !EN_STOP.contains(tokens[j]); j++) last = j;
  const agent = last >= start && ((tokens[last + 1]?.t === 'by' && tokens[last].t.endsWith('ed')) || (EN_RECORDS.contains(tokens[last]) && isByOrFrom(tokens[last + 1])))
    ? agentAfter(tokens, last + 2) : -1;
  if (agent > 0) out.push({ s: t.s, e: tokens[agent].e, ss: tokens[last + 2].s, se: tokens[agent].e, clause: -1, forward: false, continues: false });
  else if (last >= start) out.push({ s: t.s, e: tokens[last].e, ss: tokens[start].s, se: tokens[last].e, clause: -1, forward: false, continues: false });
}

/**
 * A verb of saying (`verb`) or of giving a toll (`toll`) at token i: its subject before it, or its speaker after it.
 * Returns where the scan goes on.
 */
function saidBy(tokens: Token[], i: number, out: AttributionHit[], verb: boolean, toll: boolean, tb: number, rows: Int32Array): number {
  const t = tokens[i];
  // "the kidnapping had not been confirmed", "the toll was estimated at 50": a passive without its agent names nobody.
  if ((tb & E.ED) !== 0 && passiveWithoutAgent(tokens, i, rows)) return i;
  const next = tokens[i + 1];
  if (next && (enAt(tokens, rows, i + 1) & E.CASUALTY_AFTER) !== 0) return i;
  if ((tb & E.RARE_VERB) !== 0 && saysNothing(tokens, i)) return i;
  // '"…," said Amina Yusuf, 38': after a quote or a clause, the speaker follows the verb.
  const pb = bitsAt(tokens, rows, i - 1);
  if ((pb & (E.COMMA | E.QUOTE)) !== 0 && (tb & E.INVERTING) !== 0) {
    const last = inverted(tokens, i, out);
    if (last > i) return last;
  }
  // "according to Amnesty International, which said in a report …": the antecedent before the comma is the source.
  if ((pb & E.WHICH_WHO) !== 0 && at(tokens, i - 2)?.t === ',') {
    const hit = antecedent(tokens, i - 3, t);
    if (hit) out.push(hit);
    return i;
  }
  // "… put the number of dead at 23, and said it was opening an inquiry": the subject of the clause before goes on.
  if ((pb & E.AND) !== 0 && (tb & E.INVERTING) !== 0) {
    out.push({ s: t.s, e: t.e, ss: sameSpeaker, se: sameSpeaker, clause: -1, forward: false, continues: false });
    return i;
  }
  // "X said": the subject is the noun phrase right before the verb (capitalized or not), up to 6 words, and an
  // acronym in parentheses after it: "the State Emergency Management Agency (SEMA) said".
  // (b: the bits of token k, 0 before the first: each token's read once, not once per rule below.)
  let k = i - 1;
  let b = pb;
  while ((b & E.ADVERB) !== 0) b = bitsAt(tokens, rows, --k);
  // "The ministry on Saturday gave a figure": a time between the subject and its verb.
  while (k > 0 && (b & E.WHEN) !== 0 && (enAt(tokens, rows, k - 1) & E.ON) !== 0) b = bitsAt(tokens, rows, k -= 2);
  // "Officials earlier this week had put the toll at 30", "The ministry yesterday said": a time there too.
  for (;;) {
    if (k > 0 && (b & E.TIME_UNIT) !== 0 && (enAt(tokens, rows, k - 1) & E.TIME_REL) !== 0) k -= 2;
    else if (k > 0 && (b & E.BARE_TIME) !== 0) k--;
    else break;
    b = bitsAt(tokens, rows, k);
    while ((b & E.ADVERB) !== 0) b = bitsAt(tokens, rows, --k);
  }
  const verbAt = k + 1;
  const acronym = (b & E.CLOSE) !== 0 && at(tokens, k - 1)?.kind === 'word' && at(tokens, k - 2)?.t === '(' ? 3 : 0;
  if (acronym !== 0) b = bitsAt(tokens, rows, k -= 3);
  const kb = b;
  if ((kb & E.PRONOUN) !== 0) {
    out.push({ s: tokens[k].s, e: t.e, ss: tokens[k].s, se: tokens[k].e, clause: -1, forward: forwardAt(tokens, rows, k - 1), continues: false });
    return i;
  }
  // "Rahmi Dogan, the governor of Hatay, announced": the name before an apposition between commas.
  if ((kb & E.COMMA) !== 0) {
    const hit = nameBeforeApposition(tokens, k, t);
    if (hit) {
      out.push(hit);
      return i;
    }
  }
  let first = -1;
  let named = false; // an of/for inside: a longer name ("the head of the regional water authority")
  for (; k >= 0 && verbAt - k <= 8 + acronym; k--) {
    const w = tokens[k];
    const wb = b;
    // The bits of the word before: for the test below, and the loop's next word.
    b = bitsAt(tokens, rows, k - 1);
    // "The Syrian Observatory for Human Rights", "the head of the health department": of/for (and "the" after them)
    // inside a name, with words on both sides.
    let inner = false;
    if (first >= 0 && (wb & (E.OF_FOR | E.THE)) !== 0 && k > 0) {
      inner = (wb & E.OF_FOR) !== 0 ? tokens[k - 1].kind === 'word' && (b & E.STOP) === 0 : (b & E.OF_FOR) !== 0;
    }
    if (w.kind !== 'word' || ((wb & E.STOP) !== 0 && !inner) || (wb & E.BE_HAVE) !== 0) break;
    if (verbAt - k > 6 + acronym && !inner && !named) break;
    if (inner) named = true;
    first = k;
  }
  while (first >= 0 && first < verbAt - 1 && (enAt(tokens, rows, first) & E.OF_FOR) !== 0) first++;
  // "The discovery of two more bodies raised the toll": a subject with a count or a casualty in it is no source of a toll.
  if (first >= 0 && toll && !verb && countOrCasualty(tokens, first, verbAt)) return i;
  if (first >= 0) {
    out.push({ s: tokens[first].s, e: t.e, ss: tokens[first].s, se: tokens[verbAt - 1].e, clause: -1, forward: forwardAt(tokens, rows, first - 1), continues: false });
    return i;
  }
  // "said the ministry": the subject after the verb ("put the death toll" has its toll there).
  if (!toll) subjectAfter(tokens, i, out);
  return i;
}

/**
 * "The blast claimed the lives of 12 people", "could not say", "the latest estimate": the verb at i ("claimed",
 * "claims", "say", "estimate") reports nothing here. Out of line (a fiftieth of saidBy's calls).
 */
function saysNothing(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  // Taking lives, not saying.
  if ((t.t === 'claimed' || t.t === 'claims') && livesAfter(tokens, i)) return true;
  if (t.t === 'say' && at(tokens, i - 1) && EN_NOT_SAYING.contains(tokens[i - 1])) return true;
  return t.t === 'estimate' && !estimateAsVerb(tokens, i);
}

/**
 * saidBy's rarer rules, out of line (a tenth of its calls or less): V8 compiles less into saidBy, which runs for every
 * verb of saying. '"…," said Amina Yusuf': the speaker after an inverted verb, added to `out`; its last token, or -1.
 */
function inverted(tokens: Token[], i: number, out: AttributionHit[]): number {
  const t = tokens[i];
  const last = speakerAfter(tokens, i + 1);
  if (last > i) out.push({ s: t.s, e: tokens[last].e, ss: tokens[i + 1].s, se: tokens[last].e, clause: -1, forward: false, continues: false });
  return last;
}
/** "said the ministry": the subject after the verb at i, added to `out` (see inverted). */
function subjectAfter(tokens: Token[], i: number, out: AttributionHit[]) {
  const t = tokens[i];
  const next = tokens[i + 1];
  if (next && next.kind === 'word' && THE_A.has(next.t) && tokens[i + 2]?.kind === 'word') {
    let j = i + 2;
    let last = -1;
    for (; tokens[j] && tokens[j].kind === 'word' && j - i < 6 && !EN_STOP.contains(tokens[j]); j++) last = j;
    if (last > 0) out.push({ s: t.s, e: tokens[last].e, ss: next.s, se: tokens[last].e, clause: -1, forward: false, continues: false });
  }
}

/** "Rahmi Dogan, the governor of Hatay, announced": the name before the apposition that ends with the comma at k. */
function nameBeforeApposition(tokens: Token[], k: number, verb: Token): AttributionHit | undefined {
  let open = -1;
  for (let j = k - 1; j >= 0 && j >= k - 14; j--) {
    if (tokens[j].t === ',') {
      open = j;
      break;
    }
  }
  let s = open - 1;
  while (s >= 0 && open - s <= 5 && tokens[s].kind === 'word' && !EN_STOP.contains(tokens[s])) s--;
  return open > 0 && s + 1 < open ? { s: tokens[s + 1].s, e: verb.e, ss: tokens[s + 1].s, se: tokens[open - 1].e, clause: -1, forward: false, continues: false } : undefined;
}

/** A number or a casualty word among tokens[from, to). */
function countOrCasualty(tokens: Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (tokens[k].kind === 'num' || lookup(TRIGGER_KIND, tokens[k]) || (tokens[k].kind === 'word' && !!numberWord(tokens[k]))) return true;
  return false;
}

/** "aid agencies estimate", "sources estimate that": a verb after a plural subject, before "that" or at a clause's end ("the latest estimate" is a noun). */
function estimateAsVerb(tokens: Token[], i: number): boolean {
  const next = tokens[i + 1];
  const prev = at(tokens, i - 1);
  if (!prev || prev.kind !== 'word' || THE_A.has(prev.t) || prev.t === 'an' || prev.t === 'latest' || prev.t === 'official') return false;
  return !next || next.kind === 'punct' || next.t === 'that' || /[a-z]s$/.test(prev.t);
}

/** A verb of saying in the passive ("had not been confirmed", "was estimated", "is believed"): no "by" after it (see the agent above). */
function passiveWithoutAgent(tokens: Token[], i: number, rows: Int32Array): boolean {
  // (Asked only of a verb ending in "ed", not "quoted": E.ED.)
  let k = i - 1;
  while (k >= 0 && (enAt(tokens, rows, k) & E.PASSIVE_SKIP) !== 0) k--;
  return k >= 0 && (enAt(tokens, rows, k) & E.PASSIVE) !== 0;
}

/**
 * The subject of a verb of records ("Home Office figures show", "SEOC data showed", "researchers at the university
 * found"): up to 6 words right before it (of/for/at inside), none a casualty word, a number or an auxiliary ("deaths
 * recorded", "were found" have none). "show" only after a plural of records ("figures", "data").
 */
function evidenceSubject(tokens: Token[], i: number): AttributionHit | undefined {
  const t = tokens[i];
  // "has forecast", "have found": the auxiliary is stepped over; "have been found" is a passive with no subject.
  const aux = HAVE.has(at(tokens, i - 1)?.t ?? '') ? 1 : 0;
  const prev = at(tokens, i - 1 - aux);
  if (!prev || prev.kind !== 'word' || PASSIVE.has(prev.t) || (t.t === 'show' && !EN_DATA.contains(prev))) return undefined;
  if (tokens[i + 1] && (EN_CASUALTY_AFTER.contains(tokens[i + 1]) || tokens[i + 1].t === 'guilty')) return undefined;
  let first = -1;
  for (let k = i - 1 - aux; k >= 0 && i - k <= 6 + aux; k--) {
    const w = tokens[k];
    if (w.kind !== 'word' || lookup(TRIGGER_KIND, w) || BE_HAVE.has(w.t)) break;
    if (EN_STOP.contains(w) && !(EN_SPEAKER_INNER.contains(w) && first >= 0)) break;
    first = k;
  }
  while (first >= 0 && first < i - 1 - aux && EN_SPEAKER_INNER.contains(tokens[first]) && tokens[first].t !== 'the') first++;
  if (first < 0) return undefined;
  return { s: tokens[first].s, e: t.e, ss: tokens[first].s, se: prev.e, clause: -1, forward: false, continues: false };
}

/**
 * The noun phrase ending at token `last` (before ", which said"): up to 6 words back, of/for/the inside ("the Royal
 * Oman Police", "Amnesty International"), none a casualty word; the hit spans it to the verb `verb`.
 */
function antecedent(tokens: Token[], last: number, verb: Token): AttributionHit | undefined {
  let first = -1;
  for (let k = last; k >= 0 && last - k < 6; k--) {
    const w = tokens[k];
    if (w.kind !== 'word' || lookup(TRIGGER_KIND, w)) break;
    if (EN_STOP.contains(w) && !(EN_SPEAKER_INNER.contains(w) && first >= 0 && at(tokens, k - 1)?.kind === 'word')) break;
    first = k;
  }
  while (first >= 0 && first < last && EN_SPEAKER_INNER.contains(tokens[first]) && tokens[first].t !== 'the') first++;
  return first < 0 || EN_SPEAKER_INNER.contains(tokens[first]) && first === last ? undefined : { s: tokens[first].s, e: verb.e, ss: tokens[first].s, se: tokens[last].e, clause: -1, forward: false, continues: false };
}

/** "put the death toll", "raised the toll", "gave a higher figure": a toll noun within three words after the verb. */
function tollObject(tokens: Token[], i: number): boolean {
  for (let j = i + 1; j <= i + 4 && tokens[j]?.kind === 'word'; j++) if (EN_TOLL_NOUNS.contains(tokens[j])) return true;
  return false;
}

/**
 * The speaker after an inverted verb, from token `from`: up to 8 words, with "of/for/the" inside ("a spokesman for
 * the fire brigade") and abbreviations with their point ("Lt. Col. Mark Haines"), up to a comma or the end. Returns
 * its last token, or -1 where the words after the verb are no speaker ("said on Friday", "said that").
 */
function speakerAfter(tokens: Token[], from: number): number {
  const first = tokens[from];
  if (!first || first.kind !== 'word' || EN_NOT_SPEAKER.contains(first)) return -1;
  let last = -1;
  let j = from;
  for (; tokens[j] && j - from < 10; j++) {
    const w = tokens[j];
    if (w.kind === 'word') {
      if ((j > from && EN_STOP.contains(w) && !EN_SPEAKER_INNER.contains(w)) || EN_CLAUSE.contains(w) || lookup(TRIGGER_KIND, w)) return -1;
      if (EN_SPEAKER_INNER.contains(w) && tokens[j + 1]?.kind !== 'word') return -1;
      if (!EN_SPEAKER_INNER.contains(w)) last = j;
      continue;
    }
    // "Lt.", "Dr.": a short word's point, with a word after it.
    if (w.t === '.' && tokens[j - 1]?.t.length <= 4 && tokens[j + 1]?.kind === 'word') continue;
    break;
  }
  // A speaker ends the clause (a comma, a point, a quote, the sentence's end); "said the suspects would be charged"
  // goes on into a clause of its own, where the speaker was before the verb.
  const end = tokens[j];
  return !end || (end.kind === 'punct' && end.t !== '(') ? last : -1;
}

/** نقل with إلى within six words after it: a transfer ("نُقل المصابون إلى المستشفى"), not a report. */
function movedTo(tokens: Token[], i: number): boolean {
  // Exactly "إلى" ("والي": a governor, not "و" + "إلى").
  for (let j = i + 1; j <= i + 6 && tokens[j]; j++) if (AR_TO.has(tokens[j].t)) return true;
  return false;
}

/** A quotation mark after token i (of `length`), read on the tokens' bits (see QUOTE). */
function closingQuoteAfter(bits: Int32Array, length: number, i: number): boolean {
  for (let j = i + 1; j < length; j++) if ((bits[j] & QUOTE) !== 0) return true;
  return false;
}
