/**
 * The extractor's vocabulary as the rules ask it: the word lists of lexicon/ar.ts and lexicon/en.ts (data,
 * one file per language) loaded into normalized sets. Rules live in casualties.ts, dates.ts, attribution.ts.
 */
import { normalizeWord } from '../text/normalize.ts';
import { bitsSlot, memoBits, rowBase, wordBits, wordClass, wordSet, type BITS_WIDTH, type Token } from '../text/tokens.ts';
import type { CasualtyKind } from './lexicon/kinds.ts';
import * as ar from './lexicon/ar.ts';
import * as en from './lexicon/en.ts';

/** Fixed word lists the rules compare a whole word with (a Set look-up: a regular expression per call costs far more). */
const SECOND_VERB = new Set(['killed', 'wounded', 'injured']);

export type { CasualtyKind };

const norm = (w: string) => normalizeWord(w).toLowerCase();

/** Single-word predicates -> their kind. */
export const TRIGGER_KIND = new Map<string, CasualtyKind>();
for (const lists of [ar.AR_PREDICATES, en.EN_PREDICATES]) {
  for (const [kind, words] of Object.entries(lists) as [CasualtyKind, string[]][]) {
    for (const w of words) if (!w.includes(' ') && !TRIGGER_KIND.has(norm(w))) TRIGGER_KIND.set(norm(w), kind);
  }
}

/** Multi-word predicates by their first word: "shot dead", "taken into custody". */
const PHRASES = new Map<string, { words: string[]; kind: CasualtyKind }[]>();
for (const [kind, phrase] of [...en.EN_PHRASES, ...ar.AR_PHRASES]) {
  const words = phrase.split(' ').map(norm);
  PHRASES.set(words[0], [...(PHRASES.get(words[0]) ?? []), { words, kind }].sort((a, b) => b.words.length - a.words.length));
}
/** Last words of multi-word predicates: a cheap test before looking a phrase up backwards. */
export const PHRASE_ENDS = new Set([...en.EN_PHRASES, ...ar.AR_PHRASES].map(([, p]) => norm(p.split(' ').at(-1)!)));

const SUFFER = new Set(['suffered', 'suffering', 'sustained', 'sustaining', 'received', 'receiving', 'escaped']);
const WOUNDS = new Set(['injuries', 'injury', 'wounds', 'wound', 'burns', 'fractures']);

/**
 * A word that can open a multi-word predicate (the tests of phraseAt below, on the word alone): answered once per
 * word, so that phraseAt, asked of nearly every token near a count, looks at its neighbours only for these.
 */
export const opensPhrase = wordClass((w: string) => /(ed|en)$|^(shot|hit|struck|run)$/.test(w) || SUFFER.has(w) || PHRASES.has(w));

/** The multi-word predicate starting at token i: its kind and last token. */
export function phraseAt(tokens: Token[], i: number): { kind: CasualtyKind; last: number } | undefined {
  // A small gate, inlined where it is asked (most tokens open no phrase); the neighbours are read only past it.
  const t = tokens[i];
  if (t === undefined || t.kind !== 'word' || !opensPhrase(t)) return undefined;
  return phraseOpenedBy(tokens, i, t.t);
}

/** The word's tests of phraseOpenedBy that its letters alone can pass, one cached number per word (bits below). */
const TO_DEATH = 1;
const AND_VERB = 2;
const PARTICLE_AND_VERB = 4;
const SUFFERS = 8;
const LISTED = 16;
const phraseForms = memoBits((w: string): number =>
  (/ed$/.test(w) ? TO_DEATH : 0) | (/(ed|en)$|^(shot|hit|struck)$/.test(w) ? AND_VERB : 0) | (/(ed|en)$|^(run|hit|struck)$/.test(w) ? PARTICLE_AND_VERB : 0) |
  (SUFFER.has(w) ? SUFFERS : 0) | (PHRASES.has(w) ? LISTED : 0));
const PHRASE_FORMS = bitsSlot(phraseForms);

/**
 * phraseAt past its gate. Neighbours are read as strings, '' past the end: a comparison of a string with `undefined`
 * compiles to a generic one.
 */
function phraseOpenedBy(tokens: Token[], i: number, w: string): { kind: CasualtyKind; last: number } | undefined {
  // phraseForms' answer read from wordBits at the token's row (see memoBits in tokens.ts), the memo called only for a
  // word not asked yet. (16 is BITS_WIDTH, written out.)
  const t = tokens[i];
  const row = ((t.c as number) | 0) - rowBase;
  let forms = row > 0 ? wordBits[row * (16 satisfies typeof BITS_WIDTH) + PHRASE_FORMS] : -1;
  if (forms < 0) forms = phraseForms(t);
  const n = tokens.length;
  const next = i + 1 < n ? tokens[i + 1].t : '';
  const next2 = i + 2 < n ? tokens[i + 2].t : '';
  // "stabbed to death", "beaten to death", "crushed to death"
  if ((forms & TO_DEATH) !== 0 && next === 'to' && next2 === 'death') return { kind: 'killed', last: i + 2 };
  // "shot and killed", "stabbed and wounded": the second verb says what happened.
  if ((forms & AND_VERB) !== 0 && next === 'and' && SECOND_VERB.has(next2)) return { kind: next2 === 'killed' ? 'killed' : 'injured', last: i + 2 };
  // "knocked down and killed", "run over and injured": the same with a particle.
  if ((forms & PARTICLE_AND_VERB) !== 0 && next2 === 'and' && (next === 'down' || next === 'over')) {
    const next3 = i + 3 < n ? tokens[i + 3].t : '';
    if (SECOND_VERB.has(next3)) return { kind: next3 === 'killed' ? 'killed' : 'injured', last: i + 3 };
  }
  // "suffered life-threatening injuries", "sustained second-degree burns", "escaped with minor injuries": up to two words between.
  if ((forms & SUFFERS) !== 0) {
    for (let k = i + 1; k <= i + 3 && k < n && tokens[k].kind === 'word'; k++) if (WOUNDS.has(tokens[k].t)) return { kind: 'injured', last: k };
  }
  if ((forms & LISTED) === 0) return undefined;
  const list = PHRASES.get(w);
  if (!list) return undefined;
  // (Indexed, not for-of: V8 compiles an array iterator into the function for each for-of.)
  for (let l = 0; l < list.length; l++) {
    const p = list[l];
    const words = p.words;
    let k = 0;
    while (k < words.length && i + k < n && tokens[i + k].t === words[k]) k++;
    if (k === words.length) return { kind: p.kind, last: i + words.length - 1 };
  }
  return undefined;
}

export const BY_GROUP = wordSet(ar.AR_BY_GROUP, en.EN_BY_GROUP);
/** Predicates of survival or release: nearest to a count, they say it is no casualty. */
export const NOT_CASUALTY = wordSet(ar.AR_NOT_CASUALTY, en.EN_NOT_CASUALTY.filter((w) => !w.includes(' ')));
/** Verbs of release and rescue: they govern their object ("أفرجت السلطات عن 40 معتقلاً", "released 60 detainees"). */
export const RELEASE = wordSet(ar.AR_RELEASE, en.EN_RELEASE);
/** Body nouns: the victims after them complete them ("جثتي شقيقين"). */
export const BODIES = wordSet(['جثة', 'جثتي', 'جثتا', 'جثتان', 'جثتين', 'جثمان', 'جثماني', 'جثمانا', 'جثث', 'جثامين', 'رفات']);
export const EQUIPMENT = wordSet(ar.AR_EQUIPMENT, en.EN_EQUIPMENT);
/** Predicates of destruction only of buildings and vehicles counted by a number ("انهيار 12 مبنى", "burnt 11 houses"): see AR_THINGS_ONLY. */
export const THINGS_ONLY = wordSet(ar.AR_THINGS_ONLY, en.EN_THINGS_ONLY);
export const EQUIPMENT_ONE = wordSet(ar.AR_EQUIPMENT_ONE);
export const PERSONS = wordSet(ar.AR_PERSONS, en.EN_PERSONS);
export const PERSON_PLURALS = wordSet(en.EN_PERSON_PLURALS);
/** With the duals of every feminine person noun: "وسيدتان", "ممرضتين" (their plural is in "ات", so the dual is no plural). */
export const DUALS = wordSet(ar.AR_DUALS, ar.AR_PERSONS.filter((w) => w.endsWith('ة')).flatMap((w) => [`${w.slice(0, -1)}تان`, `${w.slice(0, -1)}تين`]));
export const ANOTHER = wordSet(ar.AR_ANOTHER, ['another']);
export const OTHERS = wordSet(ar.AR_OTHERS, en.EN_OTHERS);

/** Words of a toll: the count is the toll's value however far it stands in the clause. */
export const TOLL = wordSet(ar.AR_TOLL, en.EN_TOLL);
/** A toll that rises: "from X to Y" gives two counts, not a range. */
export const RISE = wordSet(ar.AR_RISE, en.EN_RISE);
export const WAS = wordSet(ar.AR_WAS, en.EN_WAS.filter((w) => !w.includes(' ')));
/** Verbs that state a toll's value: "وصل عدد الوفيات إلى", "reached". */
export const REACH = wordSet(ar.AR_REACH, en.EN_REACH);

/** Nouns after a number that make it something other than a casualty count. */
export const NOT_VICTIMS = wordSet(ar.AR_NOT_VICTIMS.filter((w) => !w.includes(' ')), en.EN_NOT_VICTIMS);
/** Words right before a number that make it an age, a time, a measure, a name or a rank. */
export const NOT_COUNT_BEFORE = wordSet(ar.AR_NOT_COUNT_BEFORE, en.EN_NOT_COUNT_BEFORE);
/** Words before a four-digit number that make it a year ("عام 2019", "in 2011"). */
export const YEAR_BEFORE = wordSet(['عام', 'العام', 'سنة', 'year', 'in', 'since', 'منذ', 'في', 'حتى', 'until', 'by']);
/** Moving someone to a hospital ("taken to a private clinic", "brought to the provincial hospital") is an injury. */
export const TRANSPORT = wordSet(['taken', 'brought', 'rushed', 'admitted', 'transferred', 'transported', 'airlifted', 'evacuated', 'moved', 'referred',
  // "ثمانية منهم نقلوا إلى المستشفى", "أحيلوا إلى المستشفيات".
  'نقلوا', 'أحيلوا', 'أحيل', 'أحيلت']);
/** Verbs that move someone, governing their object: "rushed 20 people to hospital", "ونقل 20 آخرين إلى المستشفيات". */
export const TRANSPORT_ACTIVE = wordSet(['took', 'brought', 'rushed', 'sent', 'sending', 'transferred', 'transported', 'airlifted', 'referred', 'نقل', 'نقلت', 'نقلوا', 'تنقل', 'ينقل', 'أسعف', 'أسعفت', 'أسعفوا', 'تم نقل',
  // "أحيل 8 منهم إلى المستشفيات" (referred).
  'أحيل', 'أحيلت', 'أحيلوا']);
export const HOSPITAL = wordSet(['hospital', 'hospitals', 'clinic', 'clinics', 'infirmary', 'مستشفى', 'مستشفيات', 'المستشفى', 'المستشفيات', 'مستوصف']);

/** After a comma, words that open an aside before the verb: "nine people, including four children, were killed". */
export const ASIDE = wordSet(['including', 'among', 'بينهم', 'منهم', 'بينها', 'منها', 'من بينهم']);

/** Words that, between a predicate and its number, mean the number belongs to something else. */
export const BREAKS = wordSet([
  'in', 'on', 'since', 'during', 'after', 'before', 'when', 'while', 'where', 'because', 'if', 'than', 'by',
  'near', 'within', 'until', 'aged', 'age', 'في', 'منذ', 'خلال', 'بعد', 'قبل', 'عندما', 'حيث', 'حين', 'لأن', 'إذا',
  'عمر', 'العمر', 'عمره', 'عمرها', 'سن', 'رغم', 'despite',
  // A complementizer opens the clause that holds the count: "admitted that 5 people died".
  'that', 'أن', 'إن', 'بأن', 'بان',
  // "a boat carrying 160 migrants": passengers, not victims.
  'يقل', 'تقل', 'يحمل', 'تحمل', 'متنه', 'متنها', 'carrying', 'carried', 'aboard', 'onboard',
]);

/** Between two counts of one enumeration ("55 tanks, 39 vehicles and three helicopters"). */
export const LIST_GLUE = wordSet([
  'and', 'including', 'among', 'them', 'of', 'whom', 'which', 'plus', 'as', 'well', 'while', 'with', 'و', 'منهم', 'بينهم', 'بينها',
  'منها', 'من', 'بين', 'إضافة', 'إلى', 'الى', 'فضلا', 'عن', 'بالإضافة', 'فيما', 'بينما', 'مقابل', 'جانب',
]);

/** Prepositions that open a place or a destination after a count of a breakdown ("9 في حمص", "12 in Punjab"). */
export const PLACE_PREP = wordSet(['في', 'ب', 'إلى', 'الى', 'داخل', 'قرب', 'in', 'at', 'to', 'from', 'near', 'inside', 'on']);

/** Words that end a victim group ("33 Turkish soldiers | were killed"). */
export const GROUP_STOP = wordSet([
  'were', 'was', 'are', 'is', 'have', 'has', 'had', 'been', 'be', 'in', 'on', 'at', 'by', 'from', 'after', 'during',
  'when', 'and', 'or', 'who', 'that', 'which', 'reported', 'including', 'as', 'with', 'to', 'into', 'for', 'since',
  'this', 'last', 'next', 'yesterday', 'today', 'tonight', 'overnight', 'early', 'late', 'later', 'earlier', 'also',
  'في', 'على', 'إلى', 'الى', 'عن', 'مع', 'خلال', 'بعد', 'قبل', 'منذ', 'جراء', 'إثر', 'بسبب', 'بينهم', 'منهم', 'و',
  'حتى', 'أن', 'ان', 'التي', 'الذي', 'الذين', 'فيما', 'بينما', 'من', 'تحت', 'فوق', 'داخل', 'يوم', 'اليوم', 'أمس', 'مساء',
  'صباح', 'ليلة', 'ليل', 'فجر', 'ظهر', 'عصر', 'غدا', 'بعدما', 'عندما', 'حين', 'لدى', 'قد', 'without', 'across', 'near', 'قرب', 'قبالة', 'مقارنة',
  // "Two hikers went missing": the verb is no part of who they are.
  'went', 'go', 'gone',
  // "9 أشخاص للاشتباه في …", "3 men over the killing": why they are held is no part of who they are.
  'للاشتباه', 'بتهمة', 'بتهم', 'over',
]);

/** "وأصيب مثلهم": as many again as the count just before (an anaphoric count). */
export const ANAPHORA_SAME = wordSet(['مثلهم', 'مثلهن', 'مثله', 'مثلها', 'مثلما']);

/** Words that carry a claim that is denied or hypothetical: a count in their clause is not asserted. */
export const DENIAL = wordSet(['denied', 'denying', 'dismissing', 'dismissed', 'rumours', 'rumors', 'نفت', 'نفى', 'تنفي', 'ينفي', 'شائعات']);

/** Bringing bodies out: "15 had been pulled from the water" counts the dead when the dead were counted before. */
export const RECOVER = wordSet(en.EN_RECOVER);
/** Finding or reporting victims: "two more were found", "three more were confirmed" continue the count before. */
export const DISCOVER = wordSet(en.EN_DISCOVER);
/** A search for a count ("the search continues for 14", "البحث عن 14") is for the missing, unless they are sought. */
export const SEARCH = wordSet(en.EN_SEARCH, ar.AR_SEARCH);
export const SOUGHT = wordSet(en.EN_SOUGHT, ar.AR_SOUGHT);
export const NEGATIONS = wordSet(ar.AR_NEGATIONS);
/** Verbs that open a clause describing the victims before them ("9 أشخاص يشتبه في تورطهم"). */
export const AR_CLAUSE_VERBS = wordSet(['يشتبه', 'يعتقد', 'يرجح', 'يقدر', 'يدعى', 'تدعى', 'يبلغ', 'تبلغ', 'كان', 'كانت', 'كانا']);
/** The dual of a kin noun with a possessive ending: "ابنتيها", "وطفليه" (two). */
const KIN = new Set(ar.AR_KIN.map(norm));
export function possessiveDual(w: string): boolean {
  return kinDual(w) || (w.startsWith('و') && kinDual(w.slice(1)));
}
function kinDual(w: string): boolean {
  const m = /^(.{2,}?)[يا](ه|ها|هم|هما|هن)$/.exec(w);
  if (!m) return false;
  const stem = m[1];
  // "ولداه", "ولداها": the nominative dual of "ولد" (not "ولديه", also "and he has").
  return KIN.has(stem) || (stem.endsWith('ت') && KIN.has(`${stem.slice(0, -1)}ة`)) || (stem === 'ولد' && w[3] === 'ا');
}
/** "غادر" (left), and those whose leaving is displacement. */
export const LEAVE = wordSet(ar.AR_LEAVE_WORDS);
export const RESIDENTS = wordSet(ar.AR_RESIDENTS);
/** Adverbs in "ا" that are no verb in the past dual: "اعتقل مواطنين لبنانيين أيضا". */
export const ADVERBS_A = new Set(['أيضا', 'مؤخرا', 'سابقا', 'لاحقا', 'حديثا', 'فورا', 'غربا', 'شرقا', 'شمالا', 'جنوبا', 'صباحا', 'ظهرا', 'عصرا', 'ليلا', 'نهارا', 'أمس', 'تقريبا', 'جميعا', 'معا', 'كذلك'].map(norm));
/** "the rest": "فيما نقل البقية (26)". */
export const REST = wordSet(['البقية', 'الباقون', 'الباقين', 'الباقي']);
/** Verbal nouns of catching someone (not of holding them): "ضبط", "القبض", "اعتقال", "توقيف". */
export const APPREHEND = wordSet(['ضبط', 'القبض', 'قبض', 'اعتقال', 'توقيف', 'إيقاف']);
/** Verbs of ordering or demanding: "أمرت بضبط", "طالبوا باعتقال" (an arrest not made). */
export const ORDER = wordSet(ar.AR_ORDER);
/** Words of an age in an aside: "ويبلغ من العمر 50 عاما", "aged 50". */
export const AGE_WORDS = wordSet(['العمر', 'عمره', 'عمرها', 'عمرهم', 'سن', 'aged', 'age']);
/** "وإنه", "وأن": a clause of its own begins (after an aside, a predicate there is not the count's). */
export const THAT_CLAUSE = new Set(['وإنه', 'وأنه', 'وإنها', 'وأنها', 'وإن', 'وأن'].map(norm));
/** Cases: "مقارنة بسبع حالات" restates a toll counted in cases. */
export const CASES = wordSet(['حالة', 'حالات', 'case', 'cases']);
/** "الآخرون", "آخرون": others in the nominative, the subject of their clause. */
export const OTHERS_NOMINATIVE = new Set(['آخرون', 'الآخرون', 'وآخرون', 'والآخرون'].map(norm));
/** One of them ("أحدهما", "إحداهن"): a subset of one. */
export const ONE_OF_THEM = wordSet(ar.AR_ONE_OF_THEM);
/** Kin with a possessive ending: "والدتهما", "وطفلتها", "ابنه" (one person). */
const KIN_ONE = new Set(ar.AR_KIN_ONE.map(norm));
export function possessiveOne(w: string): boolean {
  return kinOne(w) || (w.startsWith('و') && kinOne(w.slice(1)));
}
function kinOne(w: string): boolean {
  const m = /^(.{2,}?)(ه|ها|هم|هما|هن)$/.exec(w);
  if (!m || /[يا]$/.test(m[1])) return false;
  const stem = m[1];
  return KIN_ONE.has(stem) || (stem.endsWith('ت') && KIN_ONE.has(`${stem.slice(0, -1)}ة`));
}
/** Verbal nouns of a casualty, whose victims follow them as one complement ("مقتل رجل وابنه"). */
export const AR_EVENT_NOUNS = wordSet(['مقتل', 'وفاة', 'استشهاد', 'إصابة', 'اعتقال', 'اختطاف', 'خطف', 'فقدان', 'توقيف', 'احتجاز', 'إعدام', 'اغتيال', 'مصرع', 'غرق', 'نزوح']);
/** "ضبط" (seized): an arrest only of people. */
export const SEIZE = wordSet(ar.AR_SEIZE);
/** "جرفت السيول": water carrying off what it names (see AR_SWEPT). */
export const SWEPT = wordSet(ar.AR_SWEPT);
/** "أحد", "إحدى" (with "و"): one of a set named after it ("وأحد الكوادر", "أحد الحراس"), never an adjective; exact words. */
export const ONE_OF = new Set(['أحد', 'وأحد', 'إحدى', 'وإحدى'].map(norm));
/** English nouns of the dead: "the remaining five bodies". */
export const BODIES_EN_ALL = wordSet(['bodies', 'body', 'corpses', 'victims', 'dead']);
/** "وفقدت 40 عائلة منازلها": losing one's home (AR_HOMES) after the count is displacement. */
export const LOSE = wordSet(ar.AR_LOSE);
export const HOMES = wordSet(ar.AR_HOMES);
/** "seized", "snatched": an abduction of people, an arrest of suspects (see EN_SEIZE_PEOPLE). */
export const SEIZE_PEOPLE = wordSet(en.EN_SEIZE_PEOPLE);
/** Arabic plurals of people (broken, or sound ones of nouns that are no person noun in AR_PERSONS). */
export const AR_PERSON_PLURALS = wordSet(ar.AR_PERSON_PLURALS);
/** How someone died or was hurt, after the count: "وفاة طفلين اختناقا" (by suffocation) takes the predicate before. */
export const MANNER = wordSet(ar.AR_MANNER);
/** Nouns whose first letter is a و of the root, not the conjunction: "وباء" opens no clause. */
export const WAW_NOUNS = new Set(ar.AR_WAW_NOUNS.flatMap((w) => [w, `و${w}`, `ب${w}`, `ل${w}`, `ال${w}`, `بال${w}`, `وال${w}`]).map(norm));
/** What one is suspended from: "أوقف عن العمل", "suspended from duty" is no arrest. */
export const DUTY = wordSet(['العمل', 'عمله', 'عملها', 'عملهم', 'مهامه', 'مهامها', 'مهامهم', 'منصبه', 'مناصبهم', 'duty', 'duties', 'work', 'office']);
