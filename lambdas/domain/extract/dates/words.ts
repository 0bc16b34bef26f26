/**
 * The words of dates, Arabic and English (months in three Arabic families, weekdays, relative days, parts of
 * months and years, ordinals, holidays), and the readers of one construction each at a token.
 */
import type { Token } from '../../text/tokens.ts';
import { arabicForms, bitsSlot, inSet, lookup, memoBits, memoByWord, rowBase, wordBits, wordClass, wordSet, type BITS_WIDTH } from '../../text/tokens.ts';
import { normalizeWord } from '../../text/normalize.ts';
import { DAY, isoDay, dayOf, dayOfCached, ymd, lastDay, single, range, nearestYear, monthPart, yearPart, dayValues, type DateValue, type Part } from './calendar.ts';
import { at } from '../../text/at.ts';

/** Fixed word lists the rules compare a whole word with (a Set look-up: a regular expression per call costs far more). */
const DAYS_AR = new Set(['ايام', 'يوما', 'اسابيع']);
const DAY_UNITS = new Set(['day', 'days', 'week', 'weeks']);
const ORDINAL_SUFFIX = new Set(['st', 'nd', 'rd', 'th']);
const THIS_LAST_NEXT = new Set(['this', 'last', 'next']);

// ---- vocabulary -------------------------------------------------------------------------------
export const MONTHS = new Map<string, number>();
export const monthNames: [number, string[]][] = [
  [1, ['يناير', 'جانفي', 'january', 'jan']],
  [2, ['فبراير', 'شباط', 'فيفري', 'february', 'feb']],
  [3, ['مارس', 'آذار', 'march', 'mar']],
  [4, ['أبريل', 'إبريل', 'نيسان', 'أفريل', 'april', 'apr']],
  [5, ['مايو', 'أيار', 'ماي', 'may']],
  [6, ['يونيو', 'يونيه', 'حزيران', 'جوان', 'june', 'jun']],
  [7, ['يوليو', 'يوليه', 'تموز', 'جويلية', 'يوليوز', 'july', 'jul']],
  [8, ['أغسطس', 'آب', 'أوت', 'غشت', 'august', 'aug']],
  [9, ['سبتمبر', 'أيلول', 'شتنبر', 'september', 'sep', 'sept']],
  [10, ['أكتوبر', 'october', 'oct']],
  [11, ['نوفمبر', 'نونبر', 'november', 'nov']],
  [12, ['ديسمبر', 'دجنبر', 'december', 'dec']],
];
for (const [m, names] of monthNames) for (const n of names) MONTHS.set(normalizeWord(n), m);
/** Two-word Levantine months: كانون الثاني = January, تشرين الأول = October ... */
export const TWO_WORD: Record<string, Record<string, number>> = {
  [normalizeWord('كانون')]: { [normalizeWord('الثاني')]: 1, [normalizeWord('الأول')]: 12 },
  [normalizeWord('تشرين')]: { [normalizeWord('الأول')]: 10, [normalizeWord('الثاني')]: 11 },
};

/** Month at token i: {month, last token index}. Accepts clitics ("وآذار", "بشباط"). */
export function monthAt(tokens: Token[], i: number): { m: number; last: number } | undefined {
  const t = tokens[i];
  if (!t || t.kind !== 'word') return undefined;
  const month = monthOf(t);
  if (month === undefined) return undefined;
  if (typeof month === 'number') return { m: month, last: sameMonthAgain(tokens, i, month) };
  const m = tokens[i + 1] && month[tokens[i + 1].t];
  return m ? { m, last: sameMonthAgain(tokens, i + 1, m) } : undefined;
}
/**
 * The month a word names (its first form that is a month), or the second words of a two-word month (كانون, تشرين),
 * once per word: monthAt is asked after every day number that may go on with a date.
 */
const monthOf = memoByWord((word: string): number | Record<string, number> | undefined => {
  for (const f of arabicForms(word)) {
    const two = TWO_WORD[f];
    if (two) return two;
    const m = MONTHS.get(f.replace(/\.$/, ''));
    if (m) return m;
  }
  return undefined;
});

/** "أيار/مايو", "كانون الأول/ديسمبر", "أكتوبر/تشرين الأول", "آذار (مارس)": the same month named in two families. */
export function sameMonthAgain(tokens: Token[], last: number, m: number): number {
  const paren = tokens[last + 1]?.t === '(';
  const at = paren ? last + 2 : last + 1;
  const t = tokens[at];
  if (!t || t.kind !== 'word') return last;
  let end = -1;
  if (MONTHS.get(t.t) === m) end = at;
  else if (TWO_WORD[t.t] && tokens[at + 1] && TWO_WORD[t.t][tokens[at + 1].t] === m) end = at + 1;
  if (end < 0) return last;
  if (paren) return tokens[end + 1]?.t === ')' ? end + 1 : last;
  return end;
}

export const isMonthWord = memoByWord(isMonthWordUncached);
/** The word may be a month (a form of it is one, or the first word of a two-word month): see monthOf. */
export const maybeMonth = (x: string | Token): boolean => monthOf(x) !== undefined;
export function isMonthWordUncached(word: string): boolean {
  return arabicForms(word).some((f) => MONTHS.has(f) || f in TWO_WORD) && word !== 'may' && word !== 'mar';
}

export const WEEKDAYS = new Map<string, number>();
([
  [0, ['الأحد', 'sunday']], [1, ['الإثنين', 'الاثنين', 'monday']], [2, ['الثلاثاء', 'tuesday']],
  [3, ['الأربعاء', 'wednesday']], [4, ['الخميس', 'thursday']], [5, ['الجمعة', 'friday']], [6, ['السبت', 'saturday']],
] as [number, string[]][]).forEach(([d, names]) => names.forEach((n) => {
  WEEKDAYS.set(normalizeWord(n), d);
  WEEKDAYS.set(normalizeWord(n) + "'s", d);
}));
/**
 * The weekday at token i. An Arabic weekday name without its article is read as a day only after a day
 * word ("يوم أحد"): alone, "أحد" is "one of" ("بأحد المستشفيات"), "اثنين" is two, "واحد" one. "الأحد عشر" is
 * "the eleven", and "Sunday Times" a newspaper.
 */
export function weekdayAt(tokens: Token[], i: number): number | undefined {
  const t = tokens[i];
  if (!t || t.kind !== 'word') return undefined;
  const w = weekdayOf(t);
  if (!w) return undefined;
  if (w.bare && !TIME_OF_DAY.contains(at(tokens, i - 1) ?? t)) return undefined;
  // "سوق الخميس", "سوق الأربعاء": a market town named by its weekday.
  if (at(tokens, i - 1) && MARKET.has(tokens[i - 1].t)) return undefined;
  const next = tokens[i + 1];
  if (next && (next.t === TEEN || WEEKDAY_NAMES.contains(next))) return undefined;
  return w.d;
}
export const weekdayOf = memoByWord((word: string) => {
  for (const f of arabicForms(word)) {
    const d = WEEKDAYS.get(f);
    if (d !== undefined) return { d, bare: false };
  }
  for (const f of arabicForms(word)) {
    const d = WEEKDAYS.get('ال' + f);
    if (d !== undefined) return { d, bare: true };
  }
  return undefined;
});
/** "سوق" in a construct (no article; "أغلقت السوق الخميس" is a date), with a clitic or not. */
const MARKET = new Set(['سوق', 'وسوق', 'بسوق', 'لسوق', 'فسوق', 'وبسوق'].map((w) => normalizeWord(w)));
/** Words after a weekday that make it part of a name: "Sunday Times", "Bloody Sunday" is before. */
export const WEEKDAY_NAMES = wordSet(['times', 'telegraph', 'mirror', 'express', 'herald', 'mail', 'post', 'star', 'sport', 'world', 'school', 'league']);

export const TIME_OF_DAY = wordSet(['صباح', 'مساء', 'ظهر', 'عصر', 'فجر', 'ليلة', 'ليل', 'ظهيرة', 'صبيحة', 'منتصف', 'يوم', 'يومي', 'نهار', 'أمسية', 'overnight']);
export const PAST = wordSet(['الماضي', 'الماضية', 'المنصرم', 'المنصرمة', 'السابق', 'last', 'past', 'previous']);
export const NEXT = wordSet(['المقبل', 'المقبلة', 'القادم', 'القادمة', 'next', 'coming']);
export const THIS = wordSet(['الجاري', 'الجارية', 'الحالي', 'الحالية', 'هذا', 'هذه', 'this', 'current']);
export const MONTH_CUE = wordSet(['شهر', 'في', 'خلال', 'منذ', 'حتى', 'مطلع', 'إلى', 'بحلول', 'in', 'during', 'since', 'until', 'by', 'from', 'through', 'of', 'early', 'late', 'to', 'before', 'after']);

export const PARTS = new Map<string, Part>();
for (const [p, words] of [
  ['early', ['مطلع', 'بداية', 'أوائل', 'مستهل', 'أول', 'early', 'beginning', 'start']],
  ['mid', ['منتصف', 'أواسط', 'وسط', 'mid', 'middle']],
  ['late', ['نهاية', 'أواخر', 'آخر', 'أخير', 'late', 'end']],
] as [Part, string[]][]) for (const w of words) PARTS.set(normalizeWord(w), p);
export function partAt(t: Token | undefined): Part | undefined {
  if (!t || t.kind !== 'word') return undefined;
  return lookup(PARTS, t);
}

/** Single words the rules compare with, normalized once. */
export const W = {
  yesterday: normalizeWord('أمس'), first: normalizeWord('أول'), theFirst: normalizeWord('الأول'), theNight: normalizeWord('الليلة'),
  night: normalizeWord('ليلة'), thisM: normalizeWord('هذا'), thisF: normalizeWord('هذه'), before: normalizeWord('قبل'),
  holiday: normalizeWord('عطلة'), end: normalizeWord('نهاية'), theWeek: normalizeWord('الأسبوع'), tomorrow: normalizeWord('غد'),
  day: normalizeWord('يوم'), after: normalizeWord('بعد'), andBefore: normalizeWord('وقبل'), of: normalizeWord('من'),
};
export const relativeDay = (t: Token | string | undefined) => (t ? relativeDayOf(t) : undefined);
const relativeDayOf = memoByWord((w: string) => RELATIVE_DAY.get(w) ?? RELATIVE_DAY.get(arabicForms(w)[1] ?? ''));

/** Small counts of days written as words, for "two days ago" / "قبل ثلاثة أيام". */
export const FEW = new Map<string, number>(
  [['one', 1], ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6], ['seven', 7], ['eight', 8], ['nine', 9], ['ten', 10],
    ['ثلاثة', 3], ['أربعة', 4], ['خمسة', 5], ['ستة', 6], ['سبعة', 7], ['ثمانية', 8], ['تسعة', 9], ['عشرة', 10]]
    .map(([w, n]) => [normalizeWord(w as string), n as number]),
);
export const AR_DAY_COUNT = new Map<string, number>([['يوم', 1], ['يومين', 2], ['أسبوع', 7], ['أسبوعين', 14]].map(([w, n]) => [normalizeWord(w as string), n as number]));

/** "two days ago", "a week ago", "قبل يومين", "قبل ثلاثة أيام", "قبل أسبوع": a day counted back from publication. */
export function daysAgo(tokens: Token[], i: number): { first: number; last: number; days: number } | undefined {
  const t = tokens[i];
  if (t.t === W.before || t.t === W.andBefore) { // "قبل يومين", "وقبل يومين"
    const n = tokens[i + 1];
    if (!n) return undefined;
    const direct = AR_DAY_COUNT.get(n.t);
    if (direct) return { first: i, last: i + 1, days: direct };
    const count = n.kind === 'num' ? Number(n.t) : FEW.get(n.t);
    const unit = tokens[i + 2]?.t;
    if (count && count <= 31 && unit && DAYS_AR.has(unit)) return { first: i, last: i + 2, days: count * (unit === 'اسابيع' ? 7 : 1) };
    return undefined;
  }
  // ("ago" first: asked of every number and of every small number word.)
  if (tokens[i + 2]?.t !== 'ago') return undefined;
  const count = t.kind === 'num' ? Number(t.t) : FEW.get(t.t);
  const unit = tokens[i + 1]?.t;
  if (!count || count > 31 || !unit || !DAY_UNITS.has(unit)) return undefined;
  return { first: i, last: i + 2, days: count * (unit.startsWith('week') ? 7 : 1) };
}

export const H = { eid: normalizeWord('عيد'), christmas: normalizeWord('الميلاد'), eve: normalizeWord('عشية'), night: normalizeWord('ليلة'), head: normalizeWord('رأس'), year: normalizeWord('السنة') };

/**
 * Holidays on a fixed day, by their words (after "Christmas" and "New Year's", read below): "Australia Day", "the
 * Fourth of July", "July Fourth", "Bastille Day", "عيد العمال". Holidays whose day moves (Easter, Eid, Labor Day)
 * or differs by country ("Independence Day") are not here.
 */
export const FIXED_HOLIDAYS: [string, number, number][] = [
  ['australia day', 1, 26], ['anzac day', 4, 25], ['canada day', 7, 1], ['bastille day', 7, 14], ['fourth of july', 7, 4], ['july fourth', 7, 4],
  ['halloween', 10, 31], ["valentine's day", 2, 14], ["patrick's day", 3, 17], ['boxing day', 12, 26], ['guy fawkes night', 11, 5],
  ['bonfire night', 11, 5], ['armistice day', 11, 11], ['remembrance day', 11, 11], ['waitangi day', 2, 6], ['juneteenth', 6, 19],
  ['عيد العمال', 5, 1], ['عيد الشغل', 5, 1], ['عيد الحب', 2, 14], ['عيد الأم', 3, 21],
];
const HOLIDAY_WORDS = new Map<string, { words: string[]; m: number; d: number }[]>();
for (const [name, m, d] of FIXED_HOLIDAYS) {
  const words = name.split(' ').map((w) => normalizeWord(w));
  HOLIDAY_WORDS.set(words[0], [...(HOLIDAY_WORDS.get(words[0]) ?? []), { words, m, d }]);
}
/** The word may start a fixed-date holiday (see fixedHolidayAt): its first test. */
export const mayBeHoliday = (w: string): boolean =>
  w === 'christmas' || w === 'new' || w === H.eid || w === H.night || lookup(HOLIDAY_WORDS, w) !== undefined;
/** After a holiday, words that make it a period and not its day: "the Australia Day long weekend", "Christmas holidays". */
const HOLIDAY_PERIOD = new Set(['weekend', 'holiday', 'holidays', 'break', 'period', 'season', 'week', 'long']);

/** Fixed-date holidays: "Christmas Eve", "on Christmas Day", "New Year's Eve", "عشية عيد الميلاد", "ليلة رأس السنة", "Australia Day". */
export function holidayAt(tokens: Token[], i: number): { first: number; last: number; m: number; d: number; period?: boolean } | undefined {
  const h = fixedHolidayAt(tokens, i);
  if (!h || !HOLIDAY_PERIOD.has(tokens[h.last + 1]?.t ?? '')) return h;
  let last = h.last + 1;
  while (HOLIDAY_PERIOD.has(tokens[last + 1]?.t ?? '')) last++;
  return { ...h, last, period: true };
}
function fixedHolidayAt(tokens: Token[], i: number): { first: number; last: number; m: number; d: number } | undefined {
  const t = tokens[i].t;
  const next = tokens[i + 1]?.t;
  const first = at(tokens, i - 1)?.t === 'on' ? i - 1 : i;
  if (t === 'christmas') {
    if (next === 'eve') return { first, last: i + 1, m: 12, d: 24 };
    return { first, last: next === 'day' ? i + 1 : i, m: 12, d: 25 };
  }
  if (t === 'new' && next === "year's") {
    if (tokens[i + 2]?.t === 'eve') return { first, last: i + 2, m: 12, d: 31 };
    if (tokens[i + 2]?.t === 'day') return { first, last: i + 2, m: 1, d: 1 };
  }
  if (t === H.eid && next === H.christmas && at(tokens, i - 1)?.t === H.eve) return { first: i - 1, last: i + 1, m: 12, d: 24 };
  if (t === H.night && next === H.head && tokens[i + 2]?.t === H.year) return { first: i, last: i + 2, m: 12, d: 31 };
  const named = lookup(HOLIDAY_WORDS, tokens[i]); // "بعيد الأم"
  if (named) for (const h of named) if (h.words.every((w, k) => k === 0 || tokens[i + k]?.t === w)) return { first, last: i + h.words.length - 1, m: h.m, d: h.d };
  return undefined;
}
export const ALT = wordSet(['أو', 'or']);
export const NIGHT_JOIN = wordSet(['into', 'to', 'and', 'و', 'إلى']);
export const SINCE = wordSet(['since', 'منذ']);

/** "last year", "this year", "العام الماضي", "من العام الماضي" at token i: the year's offset from publication. */
export function relativeYearAt(tokens: Token[], i: number): { rel: number; last: number } | undefined {
  let k = i;
  if (tokens[k]?.t === 'of' || tokens[k]?.t === 'من') k++;
  const a = tokens[k];
  const b = tokens[k + 1];
  if (!a || !b) return undefined;
  if (THIS_LAST_NEXT.has(a.t) && b.t === 'year') return { rel: a.t === 'last' ? -1 : a.t === 'next' ? 1 : 0, last: k + 1 };
  if (lookup(AR_UNIT, a) === 'year') {
    const rel = PAST.contains(b) ? -1 : NEXT.contains(b) ? 1 : THIS.contains(b) ? 0 : undefined;
    if (rel !== undefined) return { rel, last: k + 1 };
  }
  return undefined;
}
export const AND = wordSet(['و', 'and', 'to', 'إلى', 'الى', 'حتى', 'until', 'through']);
export const RELATIVE_DAY = new Map<string, number>();
for (const [w, d] of [['اليوم', 0], ['today', 0], ['tonight', 0], ['أمس', -1], ['البارحة', -1], ['yesterday', -1], ['غدا', 1], ['tomorrow', 1]] as [string, number][]) RELATIVE_DAY.set(normalizeWord(w), d);

/** A year from 1800 to 2099 in four digits (character tests: asked of every number, a regular expression costs more). */
export function yearAt(t: Token | undefined): number | undefined {
  if (!t || t.kind !== 'num') return undefined;
  const w = t.t;
  if (w.length !== 4 || !isDigit(w.charCodeAt(2)) || !isDigit(w.charCodeAt(3))) return undefined;
  const c0 = w.charCodeAt(0);
  const c1 = w.charCodeAt(1);
  if (!(c0 === 0x31 && (c1 === 0x38 || c1 === 0x39)) && !(c0 === 0x32 && c1 === 0x30)) return undefined;
  // (Number(w) of four digits, by their codes: no string-to-number conversion compiled here.)
  return (c0 - 48) * 1000 + (c1 - 48) * 100 + (w.charCodeAt(2) - 48) * 10 + (w.charCodeAt(3) - 48);
}
/** A day of the month, 1 to 31, in one or two digits. */
export function dayNumber(t: Token | undefined): number | undefined {
  if (!t || t.kind !== 'num') return undefined;
  const w = t.t;
  if (w.length === 0 || w.length > 2 || !isDigit(w.charCodeAt(0)) || (w.length === 2 && !isDigit(w.charCodeAt(1)))) return undefined;
  // (Number(w) of one or two digits, by their codes.)
  const d = w.length === 1 ? w.charCodeAt(0) - 48 : (w.charCodeAt(0) - 48) * 10 + (w.charCodeAt(1) - 48);
  return d >= 1 && d <= 31 ? d : undefined;
}
const isDigit = (c: number) => c >= 0x30 && c <= 0x39;

export const AR_UNITS: Record<string, string> = {
  [normalizeWord('العام')]: 'year', [normalizeWord('السنة')]: 'year', [normalizeWord('الشهر')]: 'month',
  [normalizeWord('الأسبوع')]: 'week',
};
export const AR_UNIT = new Map<string, string>(Object.entries(AR_UNITS).flatMap(([w, u]) => [[w, u], [w.replace(/^ال/, ''), u]]));
/**
 * Arabic ordinal day words: الخامس = 5, الحادي عشر = 11, الثاني والعشرين = 22, الثلاثين = 30; and the Maghrebi first of
 * a month, "الفاتح من جوان", "فاتح ماي" (a day only before a month: "محمد الفاتح" is a name).
 */
export const AR_ORDINAL_UNITS = new Map<string, number>([
  ['الأول', 1], ['الفاتح', 1], ['فاتح', 1], ['الحادي', 1], ['الثاني', 2], ['الثالث', 3], ['الرابع', 4], ['الخامس', 5], ['السادس', 6], ['السابع', 7],
  ['الثامن', 8], ['التاسع', 9], ['العاشر', 10],
].flatMap(([w, n]) => [[normalizeWord(w as string), n as number], [normalizeWord(`و${w}`), n as number]] as [string, number][]));
export const AR_ORDINAL_TENS = new Map<string, number>([['العشرين', 20], ['الثلاثين', 30], ['والعشرين', 20], ['والثلاثين', 30]].map(([w, n]) => [normalizeWord(w as string), n as number]));
export const TEEN = normalizeWord('عشر');

/** Cheap gate: only numbers and these words can start a date, so most tokens are passed over at once. */
export const STARTERS = new Set<string>([
  ...MONTHS.keys(), ...Object.keys(TWO_WORD), ...WEEKDAYS.keys(), ...[...WEEKDAYS.keys()].map((w) => w.replace(/^ال/, '')),
  ...RELATIVE_DAY.keys(), ...Object.keys(AR_UNITS), ...Object.keys(AR_UNITS).map((w) => w.replace(/^ال/, '')),
  'this', 'last', 'next', 'past', W.theNight, W.night, W.first, ...AR_ORDINAL_UNITS.keys(), ...AR_ORDINAL_TENS.keys(), ...PARTS.keys(),
  ...FEW.keys(), W.before, W.holiday, 'weekend', 'christmas', 'new', normalizeWord('عيد'), ...HOLIDAY_WORDS.keys(), W.tomorrow,
]);
export const mayStartDate = wordClass((word: string): boolean => word.startsWith('mid-') || inSet(STARTERS, word));

/** A day of the month at token i: "5", "3rd", "الخامس", "الحادي والعشرين"; `numeric` when written in digits. */
export interface Day {
  day: number;
  last: number;
  numeric: boolean;
  joined?: boolean;
}
export function dayAt(tokens: Token[], i: number): Day | undefined {
  const t = tokens[i];
  if (!t) return undefined;
  const d = dayNumber(t);
  if (d !== undefined) {
    const suffix = tokens[i + 1];
    const ordinal = suffix && suffix.s === t.e && ORDINAL_SUFFIX.has(suffix.t);
    return { day: d, last: ordinal ? i + 1 : i, numeric: true };
  }
  if (t.kind !== 'word') return undefined;
  const tens = AR_ORDINAL_TENS.get(t.t);
  if (tens !== undefined && !t.t.startsWith('و')) return { day: tens, last: i, numeric: false };
  const unit = AR_ORDINAL_UNITS.get(t.t);
  if (unit === undefined) return undefined;
  const joined = t.t.startsWith('و'); // "الأول والخامس عشر": the second day of a range
  const next = tokens[i + 1];
  if (next?.t === TEEN && unit < 10) return { day: 10 + unit, last: i + 1, numeric: false, joined };
  const t2 = next && AR_ORDINAL_TENS.get(next.t);
  if (t2 !== undefined && next.t.startsWith('و') && unit < 10) return { day: t2 + unit, last: i + 1, numeric: false, joined };
  return { day: unit, last: i, numeric: false, joined };
}

/**
 * The words after the day number at token i may go on with a date (see dayList, then monthAt, relativeMonthAt and
 * the scanner's sameMonthAt): a number, or a word of mayFollowDay. False for most numbers ("15 people"), which then
 * skip the day list and its objects.
 */
export function dayMayGoOn(tokens: Token[], i: number): boolean {
  let n = tokens[i + 1];
  if (n && n.s === tokens[i].e && ORDINAL_SUFFIX.has(n.t)) n = tokens[i + 2];
  if (n === undefined) return false;
  if (n.kind !== 'word') return n.kind === 'num';
  // mayFollowDay's answer read from wordBits at the token's row (see memoBits in tokens.ts), the memo called only for a
  // word not asked yet. (16 is BITS_WIDTH, written out.)
  const row = ((n.c as number) | 0) - rowBase;
  const known = row > 0 ? wordBits[row * (16 satisfies typeof BITS_WIDTH) + MAY_FOLLOW_DAY] : -1;
  return (known >= 0 ? known : mayFollowDay(n)) !== 0;
}
/** A joiner or an ordinal (dayList), "of"/"من", a month, "this"/"last"/"next", a unit ("الشهر"), "منه": 1, else 0. */
const mayFollowDay = memoBits((w: string): number =>
  ALT.contains(w) || AND.contains(w) || AR_ORDINAL_TENS.has(w) || AR_ORDINAL_UNITS.has(w) || w === 'of' || w === 'من' || maybeMonth(w) ||
  THIS_LAST_NEXT.has(w) || lookup(AR_UNIT, w) !== undefined || w === OF_IT ? 1 : 0);
const MAY_FOLLOW_DAY = bitsSlot(mayFollowDay);
const OF_IT = normalizeWord('منه');

/** Days joined by "or" (alternatives) or "and"/"to"/"-" (a range): "5 أو 6", "5 and 6", "3rd". */
export function dayList(tokens: Token[], i: number, norm: string, first = dayAt(tokens, i)): { days: number[]; joiner?: 'alt' | 'range'; last: number } | undefined {
  if (!first) return undefined;
  const days = [first.day];
  let last = first.last;
  let joiner: 'alt' | 'range' | undefined;
  for (;;) {
    const sep = tokens[last + 1];
    const joinedDay = sep ? dayAt(tokens, last + 1) : undefined;
    // "11-13", "26-27": a dash between two day numbers.
    const dashed = !!joinedDay?.numeric && !!first.numeric && separator(norm, tokens[last], sep) === '-';
    const next = sep && (ALT.contains(sep) || AND.contains(sep)) ? dayAt(tokens, last + 2) : joinedDay?.joined || dashed ? joinedDay : undefined;
    if (!next) break;
    joiner = sep && ALT.contains(sep) ? 'alt' : 'range';
    days.push(next.day);
    last = next.last;
  }
  return { days, joiner, last };
}

/** The one character between two adjacent tokens ("/" of "13/10"), or '' when there is none or more. */
export function separator(norm: string, a: Token, b: Token | undefined): string {
  return b && b.s === a.e + 1 ? norm[a.e] : '';
}

/** "18.11.2022", "13/10/2023", "٢٩/١/٢٠١٩", "2024-02-14": day first unless the second part cannot be a month. */
export function numericDate(tokens: Token[], i: number, norm: string): { last: number; value: DateValue } | undefined {
  // Asked of every number: the common answer (no second number after it, not "D.M.YYYY") is given here, the
  // rest read by numericDateAt (compiled only where such dates are frequent).
  const w = tokens[i].t;
  const dotted = w.length >= 8 && w.length <= 10 && (w.charCodeAt(1) === 0x2e || w.charCodeAt(2) === 0x2e);
  if (!dotted && (tokens[i + 1]?.kind !== 'num' || tokens[i + 2]?.kind !== 'num')) return undefined;
  return numericDateAt(tokens, i, norm);
}
function numericDateAt(tokens: Token[], i: number, norm: string): { last: number; value: DateValue } | undefined {
  const t = tokens[i];
  let parts: string[];
  let last = i;
  // (Only a number of 8 to 10 characters can be "D.M.YYYY": the expression is not run on the others.)
  const dotted = t.t.length >= 8 && t.t.length <= 10 ? /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(t.t) : null;
  if (dotted) parts = dotted.slice(1);
  else {
    const b = tokens[i + 1];
    const c = tokens[i + 2];
    if (!b || !c || b.kind !== 'num' || c.kind !== 'num') return undefined;
    const sep = separator(norm, t, b);
    if (!'/-'.includes(sep) || !sep || separator(norm, b, c) !== sep) return undefined;
    parts = [t.t, b.t, c.t];
    last = i + 2;
  }
  if (!parts.every(allDigits)) return undefined;
  let [a, b, c] = parts.map(Number);
  let y: number, m: number, d: number;
  if (parts[0].length === 4) [y, m, d] = [a, b, c];
  else {
    if (parts[2].length === 2) c += 2000;
    else if (parts[2].length !== 4) return undefined;
    [d, m, y] = b > 12 && a <= 12 ? [b, a, c] : [a, b, c];
  }
  if (y < 1900 || y > 2100 || m < 1 || m > 12 || d < 1 || d > lastDay(y, m)) return undefined;
  return { last, value: single(ymd(y, m, d)) };
}

/** Only ASCII digits, at least one (as /^\d+$/). */
function allDigits(p: string): boolean {
  if (p.length === 0) return false;
  for (let k = 0; k < p.length; k++) if (!isDigit(p.charCodeAt(k))) return false;
  return true;
}

/** Words around a date that make it a name: "قوى 14 آذار", "شارع 6 أكتوبر", "the March 14 alliance". */
export const NAME_BEFORE = new Set(['قوى', 'تحالف', 'حركة', 'تيار', 'ثورة', 'انتفاضة', 'شارع', 'ميدان', 'جسر', 'مدينة', 'جامعة', 'ملعب'].flatMap((w) => ['', 'و', 'ب', 'وب', 'ل', 'في'].map((p) => normalizeWord(p + w))));
export const NAME_AFTER = new Set(['alliance', 'movement', 'coalition', 'bloc', 'street', 'avenue', 'bridge', 'square', 'revolution', 'uprising', 'stadium']);





/** "الشهر الجاري" / "this month" / "last month" as the month of a day ("12 من الشهر الجاري"). */
export function relativeMonthAt(tokens: Token[], i: number, pub: number): { m: number; year: number; last: number } | undefined {
  const t = tokens[i];
  const next = tokens[i + 1];
  if (!t || !next) return undefined;
  let rel: number | undefined;
  if (THIS_LAST_NEXT.has(t.t) && next.t === 'month') rel = t.t === 'this' ? 0 : t.t === 'last' ? -1 : 1;
  else if (lookup(AR_UNIT, t) === 'month') rel = THIS.contains(next) ? 0 : PAST.contains(next) ? -1 : NEXT.contains(next) ? 1 : undefined;
  if (rel === undefined) return undefined;
  const date = new Date(pub);
  const total = date.getUTCFullYear() * 12 + date.getUTCMonth() + rel;
  return { m: (total % 12) + 1, year: Math.floor(total / 12), last: i + 1 };
}

export function arabicPeriod(tokens: Token[], i: number) {
  if (tokens[i].t.charCodeAt(0) < 0x600) return undefined; // a Latin word is no Arabic unit: no look-up per English token
  const u = lookup(AR_UNIT, tokens[i]);
  if (!u) return undefined;
  const next = tokens[i + 1];
  if (!next) return undefined;
  const rel = PAST.contains(next) ? -1 : NEXT.contains(next) ? 1 : THIS.contains(next) ? 0 : undefined;
  if (rel === undefined) {
    const prev = at(tokens, i - 1);
    if (prev && (prev.t === W.thisM || prev.t === W.thisF)) return { u, rel: 0, first: i - 1, last: i };
    return undefined;
  }
  return { u, rel, first: i, last: i + 1 };
}
