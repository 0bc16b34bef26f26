/**
 * Search terms and postings for the desk's claim search (GET /claims). Pure: no AWS imports.
 *
 * A claim is found by the words of its sentence (which holds the claim's own text) and of its attribution,
 * normalized as the extractor normalizes (normalizeForMatching: digits, hamza and alef forms, diacritics,
 * tatweel, case) and reduced to one canonical form per word: Arabic clitics stripped (و ف ب ل ك ال,
 * as the extractor's arabicForms strips them, but not into a name: "بوتين" stays), then a light Arabic stem
 * (arabicStem: the accusative alef, the sound plurals ين/ون/ات, the dual ين/ان, the feminine ة), or, for a
 * listed broken plural, its singular's term (ARABIC_PLURALS: "أطفال" is "طفل", "قتلى" "قتيل"); an English
 * word through the Porter2 (Snowball English) stemmer, with a few irregular plurals first (englishTerm).
 * The query goes through the same function, so "والقتلى" finds "قتلى", "مدنيين" finds "مدنياً", "طفلان"
 * finds "طفل", "الأطفال" finds "طفل", "Soldiers" finds "soldier" and "killings" finds "killed".
 *
 * The terms are versioned (SEARCH_INDEX_VERSION): postings written under an older version are rewritten
 * by the re-index (lambdas/app/reindex.ts), which deletes the terms only the older version gave.
 *
 * Each article writes one posting per term: the term, the article's day, and the claims of that article
 * whose text holds the term, each with its structured values (type, kind, count range, dates), so filters
 * need no further read. Facet terms list every claim of a type, kind or language, and `*` every claim.
 */
import type { Claim } from './extract/index.ts';
import { normalizeForMatching, toOriginal, type Span } from './text/normalize.ts';
import { arabicForms, tokenize } from './text/tokens.ts';
import porter2 from 'wink-porter2-stemmer';

/** One claim as a posting carries it: enough to filter without reading the claim. */
export interface PostingClaim {
  /** The extracted id (the claim id is `<articleId>.<id>`). */
  id: string;
  type: string;
  kind: string | null;
  min: number | null;
  max: number | null;
  /** Days the claim is about: its date values, or the article's day for other claims. */
  days: [string, string][];
}

export const ALL_TERM = '*';
export const facetTerm = (facet: 'type' | 'kind' | 'lang', value: string) => `${facet}:${value}`;

const STOP = new Set([
  // English
  'a', 'an', 'the', 'of', 'in', 'on', 'at', 'to', 'and', 'or', 'for', 'by', 'with', 'from', 'as', 'that', 'this', 'is',
  'was', 'were', 'be', 'been', 'are', 'it', 'its', 'he', 'she', 'they', 'their', 'his', 'her', 'has', 'had', 'have', 'not',
  'but', 'which', 'who', 'said', 'says',
  // Arabic (normalized spelling: bare alef, ya for alef maqsura)
  'في', 'من', 'علي', 'الي', 'عن', 'مع', 'ان', 'او', 'ما', 'لا', 'هذا', 'هذه', 'ذلك', 'التي', 'الذي', 'الذين', 'كان', 'كانت',
  'قد', 'لم', 'لن', 'ثم', 'حيث', 'بعد', 'قبل', 'منذ', 'حتي', 'عند', 'و', 'ف', 'ب', 'ل', 'ك',
]);
const MAX_TERM = 40;
const ARABIC = /[\u0600-\u06FF]/;

/**
 * The version of the terms below. 1: clitics stripped once, no stem. 2: clitics stripped until none is
 * left (so "وزارة" and "الوزارة" agree), then arabicStem. 3: the English Porter2 stem; the Arabic dual in
 * -ان ("طفلان" → "طفل"); the stripping of clitics stops at a name or place ("بوتين" is not "تين"). 4: the
 * Arabic broken plurals of the casualty and newsroom nouns read as their singular ("أطفال" → "طفل",
 * "قتلى" → "قتيل"; ARABIC_PLURALS).
 * Raise it with any change to the terms a text gives: the re-index rewrites what older versions wrote.
 */
export const SEARCH_INDEX_VERSION = 4;
export type IndexVersion = 1 | 2 | 3 | 4;

/** The canonical form of one normalized word or number, or null when it is not worth indexing. */
export function canonicalTerm(word: string, version: IndexVersion = SEARCH_INDEX_VERSION): string | null {
  if (/^\d/.test(word)) return word.replace(/,/g, '').slice(0, MAX_TERM);
  const w = word.toLowerCase();
  if (w.length < 2 || STOP.has(w)) return null;
  let out: string;
  if (ARABIC.test(w)) {
    if (version === 1) out = shortestForm(w).replace(/ة$/, 'ه');
    else if (version === 2) out = arabicStem(withoutClitics(w, NO_STOP), 2);
    else if (version === 3) out = arabicStem(withoutClitics(w, isKeptWhole), 3);
    else {
      const bare = withoutClitics(w, isKeptWholeOrPlural);
      out = singularTerms().get(bare) ?? arabicStem(bare, version);
    }
    if (STOP.has(out) || out.length < 2) return null;
  } else if (version < 3) {
    out = w.replace(/'s$/, '');
    if (/[^aeiou]ies$/.test(out) && out.length > 4) out = `${out.slice(0, -3)}y`;
    else if (/[^s]s$/.test(out) && out.length > 3 && !/(us|is)$/.test(out)) out = out.slice(0, -1);
  } else {
    out = englishTerm(w);
    if (STOP.has(out) || out.length < 2) return null;
  }
  return out.slice(0, MAX_TERM);
}

// ---- English ------------------------------------------------------------------------------------

/**
 * Irregular plurals the stemmer leaves alone, read as their singular before stemming ("children" finds
 * "child"). "people" is not "person": it is also a nation ("the Palestinian people").
 */
const ENGLISH_SINGULAR: Record<string, string> = {
  children: 'child', women: 'woman', men: 'man', gunmen: 'gunman', policemen: 'policeman', policewomen: 'policewoman',
  servicemen: 'serviceman', firemen: 'fireman', fishermen: 'fisherman', militiamen: 'militiaman', tribesmen: 'tribesman',
  spokesmen: 'spokesman', businessmen: 'businessman', chairmen: 'chairman', congressmen: 'congressman', horsemen: 'horseman',
  lives: 'life', wives: 'wife', knives: 'knife', thieves: 'thief', feet: 'foot', teeth: 'tooth', crises: 'crisis',
};
/**
 * Words the stemmer would make another word's term, kept apart as they are (the usual Porter
 * over-stemming, in the words of news): "Hamas" is not the city of Hama, "officers" not "office",
 * "United" (Nations, States) not "unit", "executives" not "executed", "relatives" not "related",
 * "stated" not "states", "positive" not "position", "several" not "severely", "department" not "departed",
 * "international" not "internal", "apartment" not "apart", "evening" not "even".
 */
const ENGLISH_WHOLE: Record<string, string> = {
  hamas: 'hamas', united: 'united', officer: 'officer', officers: 'officer', executive: 'executive', executives: 'executive',
  relative: 'relative', relatives: 'relative', stated: 'stated', positive: 'positive', several: 'several',
  department: 'department', departments: 'department', international: 'international', apartment: 'apartment',
  apartments: 'apartment', evening: 'evening', evenings: 'evening',
};
/** Stems of one word that Porter2 leaves apart: "injured" (injur) and "injuries" (injuri); "detainees" and "detained". */
const ENGLISH_SAME_STEM: Record<string, string> = { injuri: 'injur', detaine: 'detain' };

/**
 * The term of a lower-case English (or other Latin-script) word: the possessive goes, an irregular plural
 * is read as singular, then the Porter2 stem ("killed", "kills", "killing" → "kill"; "news" stays "news",
 * not "new"). Each part of a hyphenated word is stemmed alone ("air-strikes" → "air-strike").
 */
export function englishTerm(word: string): string {
  let term = ENGLISH_TERMS.get(word);
  if (term === undefined) {
    if (ENGLISH_TERMS.size > 50_000) ENGLISH_TERMS.clear();
    ENGLISH_TERMS.set(word, (term = englishStem(word)));
  }
  return term;
}
/** Memo of englishTerm: news vocabulary repeats, and the stemmer's dozens of regular expressions cost more than a lookup. */
const ENGLISH_TERMS = new Map<string, string>();

function englishStem(word: string): string {
  const w = word.replace(/['’]s?$/, '');
  if (w.includes('-')) return w.split('-').map((p) => (p ? englishStem(p) : p)).join('-');
  if (Object.hasOwn(ENGLISH_WHOLE, w)) return ENGLISH_WHOLE[w];
  if (!/^[a-z]+$/.test(w)) return w;
  const stem = porter2(Object.hasOwn(ENGLISH_SINGULAR, w) ? ENGLISH_SINGULAR[w] : w);
  return Object.hasOwn(ENGLISH_SAME_STEM, stem) ? ENGLISH_SAME_STEM[stem] : stem;
}

// ---- Arabic -------------------------------------------------------------------------------------

const shortestForm = (w: string) => arabicForms(w).reduce((a, b) => (b.length < a.length ? b : a), w);

/**
 * The word with its clitics stripped, again until nothing changes ("الوزارة" → "وزارة" → "زارة", as
 * "وزارة"), but not past a word `stopsAt` (version 3: a name or place that begins with a clitic's letter,
 * so "بوتين", "وبوتين" and "لبوتين" stop at "بوتين" rather than "تين" (figs); version 4: a broken plural of
 * ARABIC_PLURALS too, so "بيوت" and "البيوت" stop at "بيوت" rather than "يوت").
 *
 * Why repeat at all, and why a list rather than a rule of length: a word and the same word after a clitic
 * must give one term, and without a dictionary a root letter looks like a clitic. "وزارة" (ministry) and
 * "وجنود" (and soldiers), "بيان" (statement) and "بيوم" (on a day) have the same shape. Stripping until
 * nothing changes gives every word and its clitic forms the same term ("بيان", "البيان", "والبيان" → "يان").
 * A rule such as "one layer" or "at least N letters left" breaks that for common words: with one layer
 * "بوزارة" is not "وزارة"; with four letters left "والوفاة" is not "وفاة", nor "وجرح" "جرح". Those cost
 * recall on every search; a name stripped to another word costs precision on that name only.
 */
function withoutClitics(w: string, stopsAt: (form: string) => boolean): string {
  for (let i = 0; i < 4; i++) {
    const forms = arabicForms(w);
    const stop = forms.find(stopsAt);
    if (stop) return stop;
    const next = forms.reduce((a, b) => (b.length < a.length ? b : a), w);
    if (next === w) break;
    w = next;
  }
  return w;
}

/**
 * Names and places that begin with a clitic's letter (و ف ب ل ك, or ال): stripping stops there. Written as a
 * reader writes them, without the article. The words left whole by the stem (below) are here too.
 */
const NAMES_AND_PLACES = [
  'بوتين', 'بايدن', 'بلينكن', 'بيروت', 'بغداد', 'بنغازي', 'برلين', 'باريس', 'بروكسل', 'بكين', 'بولندا', 'بلجيكا',
  'بيلاروسيا', 'بنغلاديش', 'بورما', 'لبنان', 'لندن', 'لاهاي', 'لافروف', 'لبيد', 'كندا', 'كييف', 'كابول', 'كشمير',
  'كركوك', 'باكستان', 'كردستان', 'كازاخستان', 'وزيرستان', 'فرنسا', 'فنزويلا', 'فنلندا', 'فيتنام', 'فيينا', 'فلوريدا', 'فيصل', 'واشنطن', 'وارسو', 'كمال', 'كريم',
];

/** A stem keeps at least this many letters; shorter, the word is left whole ("سجين" is not "سج"). */
const MIN_STEM = 3;
/**
 * Words a suffix rule would mangle or conflate, left whole: number words ("عشرين" is not "عشر", nor
 * "مئتين" "ميت"), names and places ("فلسطين", "البحرين" is not "بحر"), countries in -يا (not their
 * adjective: "سوريا" stays apart from "سوري"), and words whose stem is another word ("زيتون", "كانون").
 * Written as a reader writes them; normalized and clitic-stripped as the text is, once.
 */
const KEEP_WHOLE_WORDS = [
  'عشرين', 'عشرون', 'ثلاثين', 'ثلاثون', 'أربعين', 'أربعون', 'خمسين', 'خمسون', 'ستين', 'ستون', 'سبعين', 'سبعون',
  'ثمانين', 'ثمانون', 'تسعين', 'تسعون', 'مئتين', 'مئتان', 'مائتين', 'مائتان', 'ألفين', 'ألفان', 'مليونين', 'مليونان',
  'فلسطين', 'البحرين', 'ياسين', 'شيرين', 'نسرين', 'بنيامين', 'هارون', 'شمعون', 'فرعون', 'زيتون', 'كانون', 'تشرين',
  'سوريا', 'روسيا', 'تركيا', 'كينيا', 'نيجيريا', 'إثيوبيا', 'كولومبيا', 'صربيا', 'كرواتيا', 'رومانيا', 'ألمانيا',
  'إسبانيا', 'بريطانيا', 'إيطاليا', 'أوكرانيا', 'ماليزيا', 'إندونيسيا', 'تنزانيا', 'موريتانيا', 'أفريقيا', 'إفريقيا',
  'أستراليا', 'كوريا', 'ألبانيا', 'بلغاريا', 'جورجيا', 'أرمينيا', 'منغوليا', 'كمبوديا', 'زامبيا', 'ليبيريا', 'سلوفينيا',
  'سلوفاكيا', 'ليتوانيا', 'مقدونيا', 'بوليفيا', 'نيقوسيا', 'كاليفورنيا', 'فرجينيا', 'آسيا', 'ليبيا', 'أنطاكيا',
];
/**
 * Words in -ان that the dual rule would cut into another word or a name's root: places and months
 * ("لبنان" is not "لبن", milk), names ("عمران" is not "عمر", "سلمان" not "سلم"), and nouns of the
 * pattern فعلان ("طيران" is not "طير", birds; "عدوان" not "عدو"; "سرطان" not "سرط").
 */
const KEEP_WHOLE_AN = [
  'لبنان', 'إيران', 'السودان', 'اليابان', 'الجولان', 'حوران', 'عسقلان', 'بيسان', 'نيسان', 'حزيران', 'رمضان', 'شعبان',
  'سلمان', 'عمران', 'حمدان', 'عدنان', 'سليمان', 'عثمان', 'مروان', 'رضوان', 'لقمان', 'نعمان', 'زهران', 'قحطان', 'عرفان',
  'إحسان', 'سلطان', 'طيران', 'عدوان', 'برلمان', 'إعلان', 'إنسان', 'ميدان', 'بنيان', 'إخوان', 'طوفان', 'نيران', 'جيران',
  'فرسان', 'غليان', 'فيضان', 'ذوبان', 'عصيان', 'نسيان', 'طغيان', 'دوران', 'سريان', 'جريان', 'خسران', 'بركان', 'شيطان',
  'حيوان', 'عنوان', 'ديوان', 'ألوان', 'أديان', 'أوطان', 'أركان', 'أعيان', 'جدران', 'قضبان', 'فقدان', 'حرمان', 'غفران',
  'بطلان', 'ميزان', 'سرطان', 'إدمان', 'إيمان', 'فنجان', 'قربان', 'عمان',
];
/**
 * The words left whole in version 3, as the text's words are compared: normalized; a word written with the
 * article, without it ("البحرين" as "بحرين": "للبحرين" has no "ال" to strip).
 */
let keep: Set<string> | undefined;
const keptWhole = () => (keep ??= new Set([...NAMES_AND_PLACES, ...KEEP_WHOLE_WORDS, ...KEEP_WHOLE_AN].map((w) => normalizeForMatching(w.replace(/^ال/, '')).norm)));
let keepWhole2: Set<string> | undefined;
const keptWhole2 = () => (keepWhole2 ??= new Set(KEEP_WHOLE_WORDS.map((w) => withoutClitics(normalizeForMatching(w).norm, NO_STOP))));
const NO_STOP = () => false;
const isKeptWhole = (f: string) => keptWhole().has(f);
const isKeptWholeOrPlural = (f: string) => keptWhole().has(f) || singularTerms().has(f);

/**
 * Broken plurals of the nouns reviewers search for, by their singular (version 4): the victims and people
 * of a casualty claim, the dead and wounded, the detained, and the buildings and vehicles destroyed; the
 * nouns of lambdas/domain/extract/lexicon/ar.ts (AR_PERSONS, AR_PERSON_PLURALS, AR_PREDICATES,
 * AR_EQUIPMENT), which lists them but does not pair them. A plural here gives its singular's term, and the
 * stripping of clitics stops at it, so "والأطفال", "بالأطفال" and "أطفالاً" are "طفل" as "طفل" is, and
 * "بيوت" keeps its ب. Written as a reader writes them, without the article.
 *
 * Curated, not a pattern stemmer: a pattern (أفعال, فعول, فعلى…) over all words merges words a desk
 * keeps apart ("أعمال" works is not "عمال" workers, "أحداث" events not "حدث" a minor). Left out for that
 * reason: "أسر" (families, and captivity), "مدافع" (cannons, and a defender), "قادة" (leaders, and "قاده"
 * he led him), "أحياء" (districts, and alive), "أحداث". A few entries are not broken plurals but forms the
 * light stem misses: "المرأة" (the woman: "مرأة" after the article, not "امرأة"), "فتيات" (girls: the
 * stem gave "فتى", a boy), "عربات" (vehicles: the stem gave "عرب", Arabs), "آليات", "وفيات", "بحارة".
 * Homographs once diacritics and ى/ي are folded: "الأسري" (domestic, as in domestic violence) is read as
 * "أسرى", "مرضي" (satisfying) as "مرضى", "المرآة" (the mirror) as "المرأة", "جراح" (a surgeon) as wounds.
 */
export const ARABIC_PLURALS: Readonly<Record<string, readonly string[]>> = {
  // People and victims.
  شخص: ['أشخاص'], رجل: ['رجال'], امرأة: ['نساء', 'نسوة', 'مرأة'], طفل: ['أطفال'], فتاة: ['فتيات'], فتى: ['فتيان'],
  شاب: ['شبان', 'شباب'], ولد: ['أولاد'], ابن: ['أبناء'], بنت: ['بنات'], شقيق: ['أشقاء'], زوج: ['أزواج'], رضيع: ['رضع'],
  طالب: ['طلاب', 'طلبة'], عامل: ['عمال'], فرد: ['أفراد'], ساكن: ['سكان'], أهل: ['أهالي'], طبيب: ['أطباء'],
  مريض: ['مرضى'], راكب: ['ركاب'], بحار: ['بحارة'], ناشط: ['نشطاء'],
  // Soldiers and fighters.
  جندي: ['جنود'], عنصر: ['عناصر'], ضابط: ['ضباط'], حارس: ['حراس'],
  // The dead, the wounded, the detained.
  قتيل: ['قتلى'], شهيد: ['شهداء'], ضحية: ['ضحايا'], جثة: ['جثث'], جثمان: ['جثامين'], وفاة: ['وفيات'], جريح: ['جرحى'],
  جرح: ['جروح', 'جراح'], أسير: ['أسرى'], سجين: ['سجناء'], رهينة: ['رهائن'],
  // Homes, buildings, vehicles.
  منزل: ['منازل'], بيت: ['بيوت'], مبنى: ['مباني', 'مبان'], مدرسة: ['مدارس'], مسجد: ['مساجد'], مركز: ['مراكز'],
  ملجأ: ['ملاجئ'], زورق: ['زوارق'], آلية: ['آليات'], عربة: ['عربات'],
};

let singulars: Map<string, string> | undefined;
/**
 * Each plural of ARABIC_PLURALS, normalized, with its singular's term: the singular's clitics stripped up to a
 * name (no plural is on its way) and its stem, as any word of version 4 that is no listed plural.
 */
function singularTerms(): Map<string, string> {
  if (singulars) return singulars;
  const norm = (w: string) => normalizeForMatching(w).norm;
  const map = new Map<string, string>();
  for (const [singular, plurals] of Object.entries(ARABIC_PLURALS)) {
    const term = arabicStem(withoutClitics(norm(singular), isKeptWhole), 4);
    for (const plural of plurals) map.set(norm(plural), term);
  }
  return (singulars = map);
}

/**
 * A light stem of a clitic-stripped Arabic word, for search: one suffix goes, the first rule that applies,
 * if at least MIN_STEM letters stay.
 * - the accusative alef after a nisba ي: "مدنيا" → "مدني" (arabicForms already strips it after other
 *   letters: "قتيلا" → "قتيل"); not in "ضحايا", "قضايا" (-ايا), nor with less than four letters left ("عليا");
 * - the feminine dual تين/تان: "سيارتين" → "سيار" (as "سيارة"); not after س ("باكستان");
 * - the sound masculine plural and the dual ين/ون: "مدنيين", "مدنيون" → "مدني", "طفلين" → "طفل";
 * - the dual ان after a nisba ي, four letters left: "مدنيان" → "مدني"; from version 3 after any three letters,
 *   "طفلان" → "طفل", except -ستان and the words of KEEP_WHOLE_AN, whose -ان is their own ("لبنان", "طيران");
 * - the sound feminine plural ات: "مصابات" → "مصاب";
 * - the feminine ة (read as ه, as users type it), four letters left: "مصابة" → "مصاب", "شرطة" stays.
 * Broken plurals ("جنود", "أطفال", "قتلى") are not stemmed here: from version 4 the listed ones are read as
 * their singular before (ARABIC_PLURALS), the others stay words of their own. A stem that is a common word
 * ("كانون" → "كان") is not taken.
 */
export function arabicStem(w: string, version: IndexVersion = SEARCH_INDEX_VERSION): string {
  if ((version === 2 ? keptWhole2() : keptWhole()).has(w)) return w;
  const stem = stemOnce(w.replace(/ة$/, 'ه'), version);
  return STOP.has(stem) ? w.replace(/ة$/, 'ه') : stem;
}

function stemOnce(w: string, version: IndexVersion): string {
  const cut = (n: number, min = MIN_STEM) => (w.length - n >= min ? w.slice(0, -n) : w);
  if (/يا$/.test(w)) return /ايا$/.test(w) ? w : cut(1, 4);
  if (/[^س]ت(ين|ان)$/.test(w) && w.length - 3 >= MIN_STEM) return w.slice(0, -3);
  if (/(ين|ون)$/.test(w)) return cut(2);
  if (/يان$/.test(w)) return cut(2, 4);
  // The dual in -ان ("طفلان", "جريحان"), three letters left at least; not -ستان (countries), nor the words
  // of KEEP_WHOLE_AN.
  if (version >= 3 && /ان$/.test(w) && !/ستان$/.test(w)) return cut(2);
  if (/ات$/.test(w)) return cut(2);
  // Four letters at least: a three-letter root with ة is mostly a word of its own ("شرطة" is not "شرط", "دولة" not "دول").
  if (/ه$/.test(w)) return cut(1, 4);
  return w;
}

/** Each word or number of a normalized text that has a term, with the term and its normalized offsets. */
function* wordTerms(norm: string, version: IndexVersion): Generator<{ term: string; s: number; e: number }> {
  for (const tok of tokenize(norm, 0, norm.length, false)) {
    if (tok.kind === 'punct') continue;
    const term = canonicalTerm(tok.t, version);
    if (term) yield { term, s: tok.s, e: tok.e };
  }
}

/** The distinct canonical terms of a text, in order of first appearance. */
export function termsOf(text: string, version: IndexVersion = SEARCH_INDEX_VERSION): string[] {
  const out = new Set<string>();
  for (const w of wordTerms(normalizeForMatching(text).norm, version)) out.add(w.term);
  return [...out];
}

/**
 * Why a claim matched a search: the words of text[from, to) whose term is one of `terms` (a query's, as
 * searchTerms gives them), as offsets of `text`. The words go through canonicalTerm as the postings did, so
 * a search for "أطفال" marks "طفلين" and one for "killings" marks "killed".
 */
export function matchedWords(text: string, terms: readonly string[], from = 0, to = text.length): Span[] {
  const wanted = new Set(terms);
  if (!wanted.size) return [];
  const n = normalizeForMatching(text.slice(from, to));
  const out: Span[] = [];
  for (const w of wordTerms(n.norm, SEARCH_INDEX_VERSION)) {
    if (!wanted.has(w.term)) continue;
    const o = toOriginal(n, w.s, w.e);
    out.push({ start: from + o.start, end: from + o.end });
  }
  return out;
}

/** A claim's sentence as a search result shows it: offsets and text of the article, and the matched words. */
export interface Excerpt extends Span {
  text: string;
  marks: Span[];
  /**
   * Who said it (the claim's attribution source) with the words that matched, as offsets of `source.text`: a claim is
   * found by its source's words too, which its sentence may not hold ("وأضاف أن …" said by a minister named before).
   * Null for a claim with no attribution.
   */
  source: { text: string; marks: Span[] } | null;
}

/**
 * The claim's sentence with the words that matched `terms` marked; a sentence longer than `max` characters
 * is cut to `max` around its first matched word (else the claim), at spaces when there are some near. Its source
 * with the words that matched there.
 */
export function excerptOf(text: string, claim: { start: number; end: number; sentence: Span; attribution?: { source: string } }, terms: readonly string[], max = 300): Excerpt {
  const sentence = { start: Math.max(0, claim.sentence.start), end: Math.min(text.length, claim.sentence.end) };
  const marks = matchedWords(text, terms, sentence.start, sentence.end);
  let { start, end } = sentence;
  if (end - start > max) {
    const focus = marks[0] ?? claim;
    start = Math.max(sentence.start, Math.min(focus.start - Math.floor(max / 3), sentence.end - max));
    end = start + max;
    const space = text.slice(start, start + 30).search(/\s\S/);
    if (start > sentence.start && space >= 0 && start + space + 1 <= focus.start) start += space + 1;
    const back = text.slice(end - 30, end).search(/\S\s\S*$/);
    if (end < sentence.end && back >= 0 && end - 30 + back + 1 >= focus.end) end = end - 30 + back + 1;
  }
  const source = claim.attribution ? { text: claim.attribution.source, marks: matchedWords(claim.attribution.source, terms) } : null;
  return { start, end, text: text.slice(start, end), marks: marks.filter((m) => m.start >= start && m.end <= end), source };
}

/** The days a claim is about, for the from/to filter. */
function daysOf(claim: Claim, articleDay: string): [string, string][] {
  if (claim.date?.values.length) return claim.date.values.map((v) => [v.from, v.to]);
  return [[articleDay, articleDay]];
}

export function postingClaim(claim: Claim, articleDay: string): PostingClaim {
  return {
    id: claim.id,
    type: claim.type,
    kind: claim.casualty?.kind ?? null,
    min: claim.casualty ? claim.casualty.min : null,
    max: claim.casualty ? claim.casualty.max : null,
    days: daysOf(claim, articleDay),
  };
}

/** Every term of an article's claims with the claims that hold it (claims in text order). */
export function postingsOf(text: string, claims: Claim[], articleDay: string, language: string, version: IndexVersion = SEARCH_INDEX_VERSION): Map<string, PostingClaim[]> {
  const postings = new Map<string, PostingClaim[]>();
  const add = (term: string, p: PostingClaim) => {
    const list = postings.get(term) ?? [];
    if (list.at(-1) !== p) list.push(p);
    postings.set(term, list);
  };
  const bySentence = new Map<string, string[]>();
  for (const claim of [...claims].sort((a, b) => a.start - b.start || a.end - b.end)) {
    const p = postingClaim(claim, articleDay);
    const sKey = `${claim.sentence.start}:${claim.sentence.end}`;
    let words = bySentence.get(sKey);
    if (!words) bySentence.set(sKey, (words = termsOf(text.slice(claim.sentence.start, claim.sentence.end), version)));
    const terms = new Set(words);
    for (const t of termsOf(claim.text, version)) terms.add(t);
    if (claim.attribution) for (const t of termsOf(claim.attribution.source, version)) terms.add(t);
    for (const t of terms) add(t, p);
    add(ALL_TERM, p);
    add(facetTerm('type', claim.type), p);
    if (p.kind) add(facetTerm('kind', p.kind), p);
    add(facetTerm('lang', language), p);
  }
  return postings;
}

export interface ClaimFilter {
  type?: string;
  kind?: string;
  /** The claim's days overlap [from, to] (ISO days). */
  from?: string;
  to?: string;
  /** The claim's count range overlaps [min, max]. */
  min?: number;
  max?: number;
}

/** Whether a posted claim passes the structured filters. */
export function matchesFilter(p: PostingClaim, f: ClaimFilter): boolean {
  if (f.type && p.type !== f.type) return false;
  if (f.kind && p.kind !== f.kind) return false;
  if (f.from || f.to) {
    const from = f.from ?? '0000-00-00';
    const to = f.to ?? '9999-99-99';
    if (!p.days.some(([a, b]) => a <= to && b >= from)) return false;
  }
  if (f.min !== undefined || f.max !== undefined) {
    if (p.type !== 'casualty') return false;
    const lo = p.min ?? 0;
    const hi = p.max ?? Infinity;
    if (hi < (f.min ?? 0) || lo > (f.max ?? Infinity)) return false;
  }
  return true;
}

/** The terms a search reads: the words of q; without words, the most selective facet asked for, or `*`. */
export function searchTerms(q: string | undefined, f: ClaimFilter & { language?: string }): string[] {
  const words = q ? termsOf(q) : [];
  if (words.length) return words.slice(0, 8);
  if (f.kind) return [facetTerm('kind', f.kind)];
  if (f.type) return [facetTerm('type', f.type)];
  if (f.language) return [facetTerm('lang', f.language)];
  return [ALL_TERM];
}
