import { normalizeWord, } from '../text/normalize.ts';
import { arabicForms, memoByWord } from '../text/tokens.ts';

/** What a number word contributes: a plain value, a scale that multiplies, or a vague range. */
export type NumberWord =
  | { type: 'unit' | 'ten' | 'teen-base' | 'hundred'; value: number }
  | { type: 'scale'; value: number }
  | { type: 'vague'; min: number; max: number; scale?: number };

const AR_UNITS: [string[], number][] = [
  [['واحد', 'واحدة', 'احد', 'احدى'], 1],
  [['اثنان', 'اثنين', 'اثنتان', 'اثنتين', 'اثنا', 'اثني', 'اثنتا'], 2],
  [['ثلاث', 'ثلاثة'], 3],
  [['أربع', 'أربعة'], 4],
  [['خمس', 'خمسة'], 5],
  [['ست', 'ستة'], 6],
  [['سبع', 'سبعة'], 7],
  [['ثمان', 'ثماني', 'ثمانية'], 8],
  [['تسع', 'تسعة'], 9],
  [['عشر', 'عشرة'], 10],
];
const AR_TENS: [string[], number][] = [
  [['عشرون', 'عشرين'], 20],
  [['ثلاثون', 'ثلاثين'], 30],
  [['أربعون', 'أربعين'], 40],
  [['خمسون', 'خمسين'], 50],
  [['ستون', 'ستين'], 60],
  [['سبعون', 'سبعين'], 70],
  [['ثمانون', 'ثمانين'], 80],
  [['تسعون', 'تسعين'], 90],
];
const AR_HUNDRED_STEMS: [string, number][] = [
  ['ثلاث', 3], ['أربع', 4], ['خمس', 5], ['ست', 6], ['سبع', 7], ['ثمان', 8], ['تسع', 9],
];

const EN_UNITS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven',
  'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const EN_TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

/** Normalized word -> meaning. Built once. */
export const NUMBER_WORDS = new Map<string, NumberWord>();

/** Registers words with one meaning; a word given two meanings is a mistake in this table (the later would win). */
function add(words: string[], w: NumberWord) {
  for (const word of words) {
    const key = normalizeWord(word);
    const before = NUMBER_WORDS.get(key);
    if (before && JSON.stringify(before) !== JSON.stringify(w)) {
      throw new Error(`number word "${word}" registered twice: ${JSON.stringify(before)} and ${JSON.stringify(w)}`);
    }
    NUMBER_WORDS.set(key, w);
  }
}
for (const [words, value] of AR_UNITS) add(words, { type: value === 10 ? 'teen-base' : 'unit', value });
for (const [words, value] of AR_TENS) add(words, { type: 'ten', value });
for (const hundred of ['مئة', 'مائة']) {
  add([hundred, hundred.replace(/ة$/, 'ه')], { type: 'hundred', value: 100 });
  for (const [stem, n] of AR_HUNDRED_STEMS) add([stem + hundred, stem + hundred.replace(/ة$/, 'ه')], { type: 'unit', value: n * 100 });
}
add(['مئتان', 'مئتين', 'مائتان', 'مائتين', 'مئتا', 'مائتا'], { type: 'unit', value: 200 });
add(['ألف', 'ألفا', 'آلاف', 'الاف'], { type: 'scale', value: 1000 });
add(['ألفان', 'ألفين', 'ألفي'], { type: 'unit', value: 2000 });
add(['مليون', 'مليونا', 'ملايين'], { type: 'scale', value: 1_000_000 });
add(['مليونان', 'مليونين', 'مليوني'], { type: 'unit', value: 2_000_000 });
add(['مليار', 'مليارا'], { type: 'scale', value: 1_000_000_000 });
// Vague amounts (DESIGN.md section 4): dozens 24-99, hundreds 200-999, thousands 2000-9999.
add(['عشرات', 'العشرات'], { type: 'vague', min: 24, max: 99, scale: 1 });
add(['مئات', 'المئات', 'مئات'], { type: 'vague', min: 200, max: 999, scale: 100 });
add(['الآلاف'], { type: 'vague', min: 2000, max: 9999, scale: 1000 });
add(['الملايين'], { type: 'vague', min: 2_000_000, max: 9_999_999, scale: 1_000_000 });
add(['بضعة', 'بضع'], { type: 'vague', min: 3, max: 9, scale: 1 });

EN_UNITS.forEach((w, i) => i > 0 && add([w], { type: 'unit', value: i }));
EN_TENS.forEach((w, i) => w && add([w], { type: 'ten', value: i * 10 }));
add(['hundred'], { type: 'hundred', value: 100 });
add(['thousand'], { type: 'scale', value: 1000 });
add(['million'], { type: 'scale', value: 1_000_000 });
add(['billion'], { type: 'scale', value: 1_000_000_000 });
// South Asian scales: "1.2 lakh" is 120,000, "2 crore" 20 million.
add(['lakh', 'lakhs'], { type: 'scale', value: 100_000 });
add(['crore', 'crores'], { type: 'scale', value: 10_000_000 });
add(['dozen'], { type: 'unit', value: 12 });
add(['dozens'], { type: 'vague', min: 24, max: 99, scale: 1 });
add(['scores'], { type: 'vague', min: 40, max: 99, scale: 1 });
add(['hundreds'], { type: 'vague', min: 200, max: 999, scale: 100 });
add(['thousands'], { type: 'vague', min: 2000, max: 9999, scale: 1000 });
add(['millions'], { type: 'vague', min: 2_000_000, max: 9_999_999, scale: 1_000_000 });

/** "thirty-three" -> 33; undefined when the word is not an English compound number. */
function englishCompound(word: string): number | undefined {
  const m = /^([a-z]+)-([a-z]+)$/.exec(word);
  if (!m) return undefined;
  const tens = NUMBER_WORDS.get(m[1]);
  const unit = NUMBER_WORDS.get(m[2]);
  if (tens?.type === 'ten' && unit?.type === 'unit' && unit.value < 10) return tens.value + unit.value;
  return undefined;
}

/** The number word behind `word`, allowing a leading conjunction or preposition clitic in Arabic. */
export const numberWord = memoByWord(numberWordUncached);
function numberWordUncached(word: string): { w: NumberWord; conj: boolean } | undefined {
  const direct = NUMBER_WORDS.get(word);
  if (direct) return { w: direct, conj: false };
  const compound = englishCompound(word);
  if (compound !== undefined) return { w: { type: 'unit', value: compound }, conj: false };
  for (const f of arabicForms(word).slice(1)) {
    const v = NUMBER_WORDS.get(f);
    if (v) return { w: v, conj: word.startsWith('و') };
  }
  return undefined;
}
