import type { Token } from '../text/tokens.ts';
import { arabicForms, inSet, lookup, memoByWord, wordSet } from '../text/tokens.ts';
import { normalizeWord } from '../text/normalize.ts';

export interface DateValue {
  from: string;
  to: string;
}
/** A date found in one sentence; s/e are normalized offsets unless `original` is set. */
export interface DateHit {
  s: number;
  e: number;
  values: DateValue[];
  original?: boolean;
}

// ---- calendar arithmetic on UTC days ---------------------------------------------------------
const DAY = 86_400_000;
const ISO_CACHE = new Map<number, string>();
/** YYYY-MM-DD of a UTC day start (cached: Date#toISOString is the slowest step of date extraction otherwise). */
function isoDay(t: number): string {
  let s = ISO_CACHE.get(t);
  if (s === undefined) {
    s = new Date(t).toISOString().slice(0, 10);
    if (ISO_CACHE.size > 20_000) ISO_CACHE.clear();
    ISO_CACHE.set(t, s);
  }
  return s;
}
const dayOf = (iso: string) => Date.parse(`${iso.slice(0, 10)}T00:00:00Z`);
let lastIso = '';
let cachedDay = 0;
let cachedYear = 0;
/** dayOf for the publication day, asked once per sentence with the same value. */
function dayOfCached(iso: string): number {
  if (iso !== lastIso) {
    lastIso = iso;
    cachedDay = dayOf(iso);
    cachedYear = new Date(cachedDay).getUTCFullYear();
  }
  return cachedDay;
}
const ymd = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d);
const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();
const single = (t: number): DateValue => ({ from: isoDay(t), to: isoDay(t) });
const range = (a: number, b: number): DateValue => ({ from: isoDay(a), to: isoDay(b) });

/**
 * The year of a month/day written without one: the latest such day on or before publication, unless
 * the same day in the coming 90 days fits (news often announces what is planned: "on 5 or 6 March").
 */
function nearestYear(pub: number, m: number, d = 15): number {
  const y = new Date(pub).getUTCFullYear();
  const thisYear = ymd(y, m, d);
  if (thisYear <= pub) return thisYear >= pub - 275 * DAY || ymd(y + 1, m, d) - pub > 90 * DAY ? y : y + 1;
  return thisYear - pub <= 90 * DAY ? y : y - 1;
}

// ---- vocabulary -------------------------------------------------------------------------------
const MONTHS = new Map<string, number>();
const monthNames: [number, string[]][] = [
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
const TWO_WORD: Record<string, Record<string, number>> = {
  [normalizeWord('كانون')]: { [normalizeWord('الثاني')]: 1, [normalizeWord('الأول')]: 12 },
  [normalizeWord('تشرين')]: { [normalizeWord('الأول')]: 10, [normalizeWord('الثاني')]: 11 },
};

/** Month at token i: {month, last token index}. Accepts clitics ("وآذار", "بشباط"). */
function monthAt(tokens: Token[], i: number): { m: number; last: number } | undefined {
  const t = tokens[i];
  if (!t || t.kind !== 'word' || !maybeMonth(t)) return undefined;
  for (const f of arabicForms(t.t)) {
    const two = TWO_WORD[f];
    if (two) {
      const m = tokens[i + 1] && two[tokens[i + 1].t];
      return m ? { m, last: sameMonthAgain(tokens, i + 1, m) } : undefined;
    }
    const m = MONTHS.get(f.replace(/\.$/, ''));
    if (m) return { m, last: sameMonthAgain(tokens, i, m) };
  }
  return undefined;
}

/** "أيار/مايو", "كانون الأول/ديسمبر", "أكتوبر/تشرين الأول", "آذار (مارس)": the same month named in two families. */
function sameMonthAgain(tokens: Token[], last: number, m: number): number {
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
const maybeMonth = memoByWord((word: string) => arabicForms(word).some((f) => MONTHS.has(f.replace(/\.$/, '')) || f in TWO_WORD));
function isMonthWordUncached(word: string): boolean {
  return arabicForms(word).some((f) => MONTHS.has(f) || f in TWO_WORD) && word !== 'may' && word !== 'mar';
}

const WEEKDAYS = new Map<string, number>();
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
function weekdayAt(tokens: Token[], i: number): number | undefined {
  const t = tokens[i];
  if (!t || t.kind !== 'word') return undefined;
  const w = weekdayOf(t);
  if (!w) return undefined;
  if (w.bare && !TIME_OF_DAY.contains(tokens[i - 1] ?? t)) return undefined;
  const next = tokens[i + 1];
  if (next && (next.t === TEEN || WEEKDAY_NAMES.contains(next))) return undefined;
  return w.d;
}
const weekdayOf = memoByWord((word: string) => {
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
/** Words after a weekday that make it part of a name: "Sunday Times", "Bloody Sunday" is before. */
const WEEKDAY_NAMES = wordSet(['times', 'telegraph', 'mirror', 'express', 'herald', 'mail', 'post', 'star', 'sport', 'world', 'school', 'league']);

const TIME_OF_DAY = wordSet(['صباح', 'مساء', 'ظهر', 'عصر', 'فجر', 'ليلة', 'ليل', 'ظهيرة', 'صبيحة', 'منتصف', 'يوم', 'يومي', 'نهار', 'أمسية', 'overnight']);
const PAST = wordSet(['الماضي', 'الماضية', 'المنصرم', 'المنصرمة', 'السابق', 'last', 'past', 'previous']);
const NEXT = wordSet(['المقبل', 'المقبلة', 'القادم', 'القادمة', 'next', 'coming']);
const THIS = wordSet(['الجاري', 'الجارية', 'الحالي', 'الحالية', 'هذا', 'هذه', 'this', 'current']);
const MONTH_CUE = wordSet(['شهر', 'في', 'خلال', 'منذ', 'حتى', 'مطلع', 'إلى', 'بحلول', 'in', 'during', 'since', 'until', 'by', 'from', 'through', 'of', 'early', 'late', 'to', 'before', 'after']);

type Part = 'early' | 'mid' | 'late';
const PARTS = new Map<string, Part>();
for (const [p, words] of [
  ['early', ['مطلع', 'بداية', 'أوائل', 'مستهل', 'أول', 'early', 'beginning', 'start']],
  ['mid', ['منتصف', 'أواسط', 'وسط', 'mid', 'middle']],
  ['late', ['نهاية', 'أواخر', 'آخر', 'أخير', 'late', 'end']],
] as [Part, string[]][]) for (const w of words) PARTS.set(normalizeWord(w), p);
function partAt(t: Token | undefined): Part | undefined {
  if (!t || t.kind !== 'word') return undefined;
  return lookup(PARTS, t);
}
function monthPart(y: number, m: number, p: Part): DateValue {
  if (p === 'early') return range(ymd(y, m, 1), ymd(y, m, 10));
  if (p === 'mid') return range(ymd(y, m, 11), ymd(y, m, 20));
  return range(ymd(y, m, 21), ymd(y, m, lastDay(y, m)));
}

/** Single words the rules compare with, normalized once. */
const W = {
  yesterday: normalizeWord('أمس'), first: normalizeWord('أول'), theFirst: normalizeWord('الأول'), theNight: normalizeWord('الليلة'),
  night: normalizeWord('ليلة'), thisM: normalizeWord('هذا'), thisF: normalizeWord('هذه'), before: normalizeWord('قبل'),
  holiday: normalizeWord('عطلة'), end: normalizeWord('نهاية'), theWeek: normalizeWord('الأسبوع'),
};
const relativeDay = (t: Token | undefined) => (t ? RELATIVE_DAY.get(t.t) ?? RELATIVE_DAY.get(arabicForms(t.t)[1] ?? '') : undefined);

/** Small counts of days written as words, for "two days ago" / "قبل ثلاثة أيام". */
const FEW = new Map<string, number>(
  [['one', 1], ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6], ['seven', 7], ['eight', 8], ['nine', 9], ['ten', 10],
    ['ثلاثة', 3], ['أربعة', 4], ['خمسة', 5], ['ستة', 6], ['سبعة', 7], ['ثمانية', 8], ['تسعة', 9], ['عشرة', 10]]
    .map(([w, n]) => [normalizeWord(w as string), n as number]),
);
const AR_DAY_COUNT = new Map<string, number>([['يوم', 1], ['يومين', 2], ['أسبوع', 7], ['أسبوعين', 14]].map(([w, n]) => [normalizeWord(w as string), n as number]));

/** "two days ago", "a week ago", "قبل يومين", "قبل ثلاثة أيام", "قبل أسبوع": a day counted back from publication. */
function daysAgo(tokens: Token[], i: number): { first: number; last: number; days: number } | undefined {
  const t = tokens[i];
  if (t.t === W.before) {
    const n = tokens[i + 1];
    if (!n) return undefined;
    const direct = AR_DAY_COUNT.get(n.t);
    if (direct) return { first: i, last: i + 1, days: direct };
    const count = n.kind === 'num' ? Number(n.t) : FEW.get(n.t);
    const unit = tokens[i + 2]?.t;
    if (count && count <= 31 && unit && /^(ايام|يوما|اسابيع)$/.test(unit)) return { first: i, last: i + 2, days: count * (unit === 'اسابيع' ? 7 : 1) };
    return undefined;
  }
  const count = t.kind === 'num' ? Number(t.t) : FEW.get(t.t);
  const unit = tokens[i + 1]?.t;
  if (!count || count > 31 || !unit || tokens[i + 2]?.t !== 'ago' || !/^(day|days|week|weeks)$/.test(unit)) return undefined;
  return { first: i, last: i + 2, days: count * (unit.startsWith('week') ? 7 : 1) };
}

const H = { eid: normalizeWord('عيد'), christmas: normalizeWord('الميلاد'), eve: normalizeWord('عشية'), night: normalizeWord('ليلة'), head: normalizeWord('رأس'), year: normalizeWord('السنة') };

/** Fixed-date holidays: "Christmas Eve", "on Christmas Day", "New Year's Eve", "عشية عيد الميلاد", "ليلة رأس السنة". */
function holidayAt(tokens: Token[], i: number): { first: number; last: number; m: number; d: number } | undefined {
  const t = tokens[i].t;
  const next = tokens[i + 1]?.t;
  const first = tokens[i - 1]?.t === 'on' ? i - 1 : i;
  if (t === 'christmas') {
    if (next === 'eve') return { first, last: i + 1, m: 12, d: 24 };
    return { first, last: next === 'day' ? i + 1 : i, m: 12, d: 25 };
  }
  if (t === 'new' && next === "year's") {
    if (tokens[i + 2]?.t === 'eve') return { first, last: i + 2, m: 12, d: 31 };
    if (tokens[i + 2]?.t === 'day') return { first, last: i + 2, m: 1, d: 1 };
  }
  if (t === H.eid && next === H.christmas && tokens[i - 1]?.t === H.eve) return { first: i - 1, last: i + 1, m: 12, d: 24 };
  if (t === H.night && next === H.head && tokens[i + 2]?.t === H.year) return { first: i, last: i + 2, m: 12, d: 31 };
  return undefined;
}
const ALT = wordSet(['أو', 'or']);
const NIGHT_JOIN = wordSet(['into', 'to', 'and', 'و', 'إلى']);
const SINCE = wordSet(['since', 'منذ']);

/** "last year", "this year", "العام الماضي", "من العام الماضي" at token i: the year's offset from publication. */
function relativeYearAt(tokens: Token[], i: number): { rel: number; last: number } | undefined {
  let k = i;
  if (tokens[k]?.t === 'of' || tokens[k]?.t === 'من') k++;
  const a = tokens[k];
  const b = tokens[k + 1];
  if (!a || !b) return undefined;
  if (/^(last|this|next)$/.test(a.t) && b.t === 'year') return { rel: a.t === 'last' ? -1 : a.t === 'next' ? 1 : 0, last: k + 1 };
  if (lookup(AR_UNIT, a) === 'year') {
    const rel = PAST.contains(b) ? -1 : NEXT.contains(b) ? 1 : THIS.contains(b) ? 0 : undefined;
    if (rel !== undefined) return { rel, last: k + 1 };
  }
  return undefined;
}
const AND = wordSet(['و', 'and', 'to', 'إلى', 'الى', 'حتى', 'until', 'through']);
const RELATIVE_DAY = new Map<string, number>();
for (const [w, d] of [['اليوم', 0], ['today', 0], ['tonight', 0], ['أمس', -1], ['البارحة', -1], ['yesterday', -1], ['غدا', 1], ['tomorrow', 1]] as [string, number][]) RELATIVE_DAY.set(normalizeWord(w), d);

function yearAt(t: Token | undefined): number | undefined {
  if (!t || t.kind !== 'num' || !/^(1[89]|20)\d\d$/.test(t.t)) return undefined;
  return Number(t.t);
}
function dayNumber(t: Token | undefined): number | undefined {
  if (!t || t.kind !== 'num' || !/^\d{1,2}$/.test(t.t)) return undefined;
  const d = Number(t.t);
  return d >= 1 && d <= 31 ? d : undefined;
}

const AR_UNITS: Record<string, string> = {
  [normalizeWord('العام')]: 'year', [normalizeWord('السنة')]: 'year', [normalizeWord('الشهر')]: 'month',
  [normalizeWord('الأسبوع')]: 'week',
};
const AR_UNIT = new Map<string, string>(Object.entries(AR_UNITS).flatMap(([w, u]) => [[w, u], [w.replace(/^ال/, ''), u]]));
/** Arabic ordinal day words: الخامس = 5, الحادي عشر = 11, الثاني والعشرين = 22, الثلاثين = 30. */
const AR_ORDINAL_UNITS = new Map<string, number>([
  ['الأول', 1], ['الحادي', 1], ['الثاني', 2], ['الثالث', 3], ['الرابع', 4], ['الخامس', 5], ['السادس', 6], ['السابع', 7],
  ['الثامن', 8], ['التاسع', 9], ['العاشر', 10],
].flatMap(([w, n]) => [[normalizeWord(w as string), n as number], [normalizeWord(`و${w}`), n as number]] as [string, number][]));
const AR_ORDINAL_TENS = new Map<string, number>([['العشرين', 20], ['الثلاثين', 30], ['والعشرين', 20], ['والثلاثين', 30]].map(([w, n]) => [normalizeWord(w as string), n as number]));
const TEEN = normalizeWord('عشر');

/** Cheap gate: only numbers and these words can start a date, so most tokens are passed over at once. */
const STARTERS = new Set<string>([
  ...MONTHS.keys(), ...Object.keys(TWO_WORD), ...WEEKDAYS.keys(), ...[...WEEKDAYS.keys()].map((w) => w.replace(/^ال/, '')),
  ...RELATIVE_DAY.keys(), ...Object.keys(AR_UNITS), ...Object.keys(AR_UNITS).map((w) => w.replace(/^ال/, '')),
  'this', 'last', 'next', 'past', W.theNight, W.night, W.first, ...AR_ORDINAL_UNITS.keys(), ...AR_ORDINAL_TENS.keys(), ...PARTS.keys(),
  ...FEW.keys(), W.before, W.holiday, 'weekend', 'christmas', 'new', normalizeWord('عيد'),
]);
const mayStartDate = memoByWord((word: string): boolean => word.startsWith('mid-') || inSet(STARTERS, word));

/** A day of the month at token i: "5", "3rd", "الخامس", "الحادي والعشرين"; `numeric` when written in digits. */
function dayAt(tokens: Token[], i: number): { day: number; last: number; numeric: boolean; joined?: boolean } | undefined {
  const t = tokens[i];
  if (!t) return undefined;
  const d = dayNumber(t);
  if (d !== undefined) {
    const suffix = tokens[i + 1];
    const ordinal = suffix && suffix.s === t.e && /^(st|nd|rd|th)$/.test(suffix.t);
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

/** Days joined by "or" (alternatives) or "and"/"to"/"-" (a range): "5 أو 6", "5 and 6", "3rd". */
function dayList(tokens: Token[], i: number, norm: string): { days: number[]; joiner?: 'alt' | 'range'; last: number } | undefined {
  const first = dayAt(tokens, i);
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
function separator(norm: string, a: Token, b: Token | undefined): string {
  return b && b.s === a.e + 1 ? norm[a.e] : '';
}

/** "18.11.2022", "13/10/2023", "٢٩/١/٢٠١٩", "2024-02-14": day first unless the second part cannot be a month. */
function numericDate(tokens: Token[], i: number, norm: string): { last: number; value: DateValue } | undefined {
  const t = tokens[i];
  let parts: string[];
  let last = i;
  const dotted = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(t.t);
  if (dotted) parts = dotted.slice(1);
  else {
    const b = tokens[i + 1];
    const c = tokens[i + 2];
    const sep = separator(norm, t, b);
    if (!b || !c || b.kind !== 'num' || c.kind !== 'num' || !'/-'.includes(sep) || !sep || separator(norm, b, c) !== sep) return undefined;
    parts = [t.t, b.t, c.t];
    last = i + 2;
  }
  if (!parts.every((p) => /^\d+$/.test(p))) return undefined;
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

/** Words around a date that make it a name: "قوى 14 آذار", "شارع 6 أكتوبر", "the March 14 alliance". */
const NAME_BEFORE = new Set(['قوى', 'تحالف', 'حركة', 'تيار', 'ثورة', 'انتفاضة', 'شارع', 'ميدان', 'جسر', 'مدينة', 'جامعة', 'ملعب'].flatMap((w) => ['', 'و', 'ب', 'وب', 'ل', 'في'].map((p) => normalizeWord(p + w))));
const NAME_AFTER = new Set(['alliance', 'movement', 'coalition', 'bloc', 'street', 'avenue', 'bridge', 'square', 'revolution', 'uprising', 'stadium']);

const dayValues = (y: number, m: number, days: number[], joiner?: 'alt' | 'range'): DateValue[] =>
  joiner === 'range' ? [range(ymd(y, m, days[0]), ymd(y, m, days[days.length - 1]))] : days.map((d) => single(ymd(y, m, d)));

/** "الشهر الجاري" / "this month" / "last month" as the month of a day ("12 من الشهر الجاري"). */
function relativeMonthAt(tokens: Token[], i: number, pub: number): { m: number; year: number; last: number } | undefined {
  const t = tokens[i];
  const next = tokens[i + 1];
  if (!t || !next) return undefined;
  let rel: number | undefined;
  if (/^(this|last|next)$/.test(t.t) && next.t === 'month') rel = t.t === 'this' ? 0 : t.t === 'last' ? -1 : 1;
  else if (lookup(AR_UNIT, t) === 'month') rel = THIS.contains(next) ? 0 : PAST.contains(next) ? -1 : NEXT.contains(next) ? 1 : undefined;
  if (rel === undefined) return undefined;
  const date = new Date(pub);
  const total = date.getUTCFullYear() * 12 + date.getUTCMonth() + rel;
  return { m: (total % 12) + 1, year: Math.floor(total / 12), last: i + 1 };
}

/** Early / mid / late in a year: thirds of it (January-April, May-August, September-December). */
function yearPart(y: number, p: Part): DateValue {
  if (p === 'early') return range(ymd(y, 1, 1), ymd(y, 4, 30));
  if (p === 'mid') return range(ymd(y, 5, 1), ymd(y, 8, 31));
  return range(ymd(y, 9, 1), ymd(y, 12, 31));
}

// ---- the scanner ------------------------------------------------------------------------------
/**
 * Dates in one tokenized, normalized sentence, resolved against the publication day.
 */
export function findDates(tokens: Token[], pubIso: string, norm = ''): DateHit[] {
  const pub = dayOfCached(pubIso);
  const pubYear = cachedYear;
  const hits: DateHit[] = [];
  const used = new Uint8Array(tokens.length);
  const push = (a: number, b: number, values: DateValue[], mayName = false) => {
    for (let k = a; k <= b; k++) used[k] = 1;
    // A day and month that name something ("قوى 14 آذار") are no event date: the words are used up, nothing is claimed.
    if (mayName && (NAME_BEFORE.has(tokens[a - 1]?.t ?? '') || NAME_AFTER.has(tokens[b + 1]?.t ?? ''))) return;
    hits.push({ s: tokens[a].s, e: tokens[b].e, values });
  };

  for (let i = 0; i < tokens.length; i++) {
    if (used[i]) continue;
    const t = tokens[i];
    if (t.kind === 'punct' || (t.kind === 'word' && !mayStartDate(t))) continue;

    // 1. Days then month: "5 أو 6 آذار", "5 or 6 March", "27 February 2020", "يومي 5 و6 آذار", "the 3rd of March",
    //    "الخامس من آذار", "12 من الشهر الجاري".
    if (t.kind === 'num') {
      const numeric = numericDate(tokens, i, norm);
      if (numeric) {
        push(i, numeric.last, [numeric.value]);
        absorbWeekday(i);
        continue;
      }
    }
    const d0 = dayAt(tokens, i);
    if (d0) {
      const list = dayList(tokens, i, norm)!;
      const { days, joiner } = list;
      let j = list.last + 1;
      if (tokens[j]?.t === 'of' || tokens[j]?.t === 'من') j++;
      const month = monthAt(tokens, j) ?? relativeMonthAt(tokens, j, pub);
      if (month && (d0.numeric || month.m)) {
        let last = month.last;
        const relativeYear = (month as { year?: number }).year;
        let y = relativeYear ?? yearAt(tokens[last + 1]);
        if (relativeYear === undefined) {
          if (y) last++;
          else if (tokens[last + 1] && (PAST.contains(tokens[last + 1]) || NEXT.contains(tokens[last + 1]))) {
            const past = PAST.contains(tokens[last + 1]);
            y = past ? (ymd(pubYear, month.m, days[0]) <= pub ? pubYear : pubYear - 1) : (ymd(pubYear, month.m, days[0]) > pub ? pubYear : pubYear + 1);
            last++;
          }
        }
        y ??= nearestYear(pub, month.m, days[0]);
        let first = i;
        if (/^(يوم|يومي|يومى)$/.test(tokens[i - 1]?.t ?? '')) first = i - 1;
        if (tokens[i - 1]?.t === 'the') first = i - 1;
        push(first, last, dayValues(y, month.m, days, joiner), true);
        absorbWeekday(first);
        continue;
      }
    }

    // 2. Month then days: "March 5", "July 23, 2013", "March 5 or 6".
    const mm = monthAt(tokens, i);
    if (mm && (t.t !== 'may' || dayAt(tokens, mm.last + 1)?.numeric)) {
      const afterMonth = tokens[mm.last + 1]?.t === '.' && tokens[mm.last + 1].s === t.e ? mm.last + 2 : mm.last + 1; // "Oct. 8"
      const list = /^[ء-ي]/.test(t.t) ? undefined : dayList(tokens, afterMonth, norm);
      if (list) {
        let j = list.last + 1;
        let last = list.last;
        if (tokens[j]?.t === ',' && yearAt(tokens[j + 1])) j++;
        let y = yearAt(tokens[j]);
        if (y) last = j;
        y ??= nearestYear(pub, mm.m, list.days[0]);
        push(i, last, dayValues(y, mm.m, list.days, list.joiner), true);
        absorbWeekday(i);
        continue;
      }
      // 3. Part of a month: "نهاية شباط", "end of February", "mid-March" ; 4. a month alone with a cue.
      const prev = tokens[i - 1];
      const prev2 = tokens[i - 2];
      const part = partAt(prev) ?? (prev?.t === 'of' || prev?.t === 'the' ? partAt(prev2) : undefined);
      let last = mm.last;
      let y = yearAt(tokens[last + 1]);
      if (y) last++;
      // "August last year", "آب من العام الماضي": the month of a year named relatively.
      const yearRel = relativeYearAt(tokens, last + 1);
      if (!y && yearRel) {
        y = pubYear + yearRel.rel;
        last = yearRel.last;
      }
      const rel = tokens[last + 1];
      if (!y && rel && PAST.contains(rel)) {
        y = ymd(pubYear, mm.m, 1) < pub ? pubYear : pubYear - 1;
        last++;
      } else if (!y && rel && NEXT.contains(rel)) {
        y = ymd(pubYear, mm.m, 1) > pub ? pubYear : pubYear + 1;
        last++;
      }
      // "since January", "منذ كانون الثاني": a month that is over, the latest one before publication.
      if (!y && prev && SINCE.contains(prev)) y = ymd(pubYear, mm.m, 1) <= pub ? pubYear : pubYear - 1;
      if (part) {
        const first = prev && partAt(prev) ? i - 1 : i - 2;
        y ??= nearestYear(pub, mm.m);
        push(first, last, [monthPart(y, mm.m, part)]);
        continue;
      }
      const hyphenPart = /^mid-/.test(t.t);
      // "to march on the ministry": an infinitive, not the month.
      const verbLike = (t.t === 'march' || t.t === 'may') && prev?.t === 'to';
      if (!verbLike && (y || (prev && MONTH_CUE.contains(prev)) || hyphenPart || (rel && THIS.contains(rel)))) {
        if (!/^[ء-ي]/.test(t.t) || y || (prev && MONTH_CUE.contains(prev))) {
          y ??= nearestYear(pub, mm.m);
          push(i, last, [range(ymd(y, mm.m, 1), ymd(y, mm.m, lastDay(y, mm.m)))]);
          continue;
        }
      }
    }
    if (/^mid-/.test(t.t)) {
      const m = MONTHS.get(t.t.slice(4));
      if (m) {
        let last = i;
        let y = yearAt(tokens[i + 1]);
        if (y) last++;
        y ??= nearestYear(pub, m);
        push(i, last, [monthPart(y, m, 'mid')]);
        continue;
      }
    }

    // 5. Weekdays: "مساء الخميس", "الجمعة", "Thursday evening", "Monday's", "الخميس الماضي", "اليوم الثلاثاء",
    //    "أمس الأحد"; a night across two days: "ليل السبت الأحد", "overnight Friday into Saturday".
    const wd = weekdayAt(tokens, i);
    if (wd !== undefined) {
      let first = timeOfDayBefore(i);
      if (first > 0 && /^(last|next|this|on)$/.test(tokens[first - 1].t)) first--;
      let last = i;
      const after = tokens[i + 1];
      const pubDow = new Date(pub).getUTCDay();
      let date = pub - ((pubDow - wd + 7) % 7) * DAY;
      if ((after && PAST.contains(after)) || tokens[first]?.t === 'last') {
        if (date === pub) date -= 7 * DAY;
        if (after && PAST.contains(after)) last++;
      } else if ((after && NEXT.contains(after)) || tokens[first]?.t === 'next') {
        date = pub + (((wd - pubDow + 7) % 7) || 7) * DAY;
        if (after && NEXT.contains(after)) last++;
      }
      if (tokens[last + 1] && /^(morning|evening|night|afternoon)$/.test(tokens[last + 1].t)) last++;
      // "اليوم الإثنين" is today, "أمس الأحد" yesterday, "اليوم (السبت)", named: one claim each.
      const paren = tokens[first - 1]?.t === '(' && tokens[last + 1]?.t === ')' ? 1 : 0;
      const rel = first > paren ? relativeDay(tokens[first - 1 - paren]) : undefined;
      if (rel === 0 || rel === -1) {
        first = timeOfDayBefore(first - 1 - paren);
        last += paren;
        date = pub + rel * DAY;
      }
      const join = tokens[last + 1];
      const second = join && NIGHT_JOIN.contains(join) ? last + 2 : last + 1;
      const wd2 = weekdayAt(tokens, second);
      if (wd2 !== undefined && (second === last + 1 || tokens[first]?.t === 'overnight' || TIME_OF_DAY.contains(tokens[first]))) {
        push(first, second, [range(date, date + (((wd2 - wd + 7) % 7) || 7) * DAY)]);
        continue;
      }
      push(first, last, [single(date)]);
      continue;
    }

    // 6. Relative days: اليوم, أمس, غدا, today, yesterday, last night, this morning, أمس الأول, the day before
    //    yesterday, two days ago, قبل يومين, over the weekend.
    const rd = relativeDay(t);
    if (rd !== undefined && weekdayAt(tokens, tokens[i + 1]?.t === '(' ? i + 2 : i + 1) === undefined) {
      const first = timeOfDayBefore(i);
      if (rd === -1 && (tokens[i - 1]?.t === W.first || tokens[i + 1]?.t === W.theFirst)) {
        push(tokens[i - 1]?.t === W.first ? i - 1 : first, tokens[i - 1]?.t === W.first ? i : i + 1, [single(pub - 2 * DAY)]);
        continue;
      }
      if (t.t === 'yesterday' && tokens[i - 1]?.t === 'before' && tokens[i - 2]?.t === 'day') {
        push(tokens[i - 3]?.t === 'the' ? i - 3 : i - 2, i, [single(pub - 2 * DAY)]);
        continue;
      }
      push(first, i, [single(pub + rd * DAY)]);
      continue;
    }
    const ago = daysAgo(tokens, i);
    if (ago) {
      push(ago.first, ago.last, [single(pub - ago.days * DAY)]);
      continue;
    }
    if (t.t === 'weekend' || (t.t === W.holiday && tokens[i + 1]?.t === W.end && tokens[i + 2]?.t === W.theWeek)) {
      // The most recent Saturday and Sunday (on a Saturday: this one and the next day).
      const dow = new Date(pub).getUTCDay();
      const saturday = pub - ((dow + 1) % 7) * DAY;
      let first = i;
      if (tokens[first - 1]?.t === 'the') first--;
      if (/^(over|this|last|during)$/.test(tokens[first - 1]?.t ?? '')) first--;
      push(first, t.t === 'weekend' ? i : i + 2, [range(saturday, saturday + DAY)]);
      continue;
    }
    const holiday = holidayAt(tokens, i);
    if (holiday) {
      const y = nearestYear(pub, holiday.m, holiday.d);
      push(holiday.first, holiday.last, [single(ymd(y, holiday.m, holiday.d))]);
      continue;
    }
    if (t.t === 'this' && /^(morning|evening|afternoon)$/.test(tokens[i + 1]?.t ?? '')) {
      push(i, i + 1, [single(pub)]);
      continue;
    }
    if (t.t === 'last' && tokens[i + 1]?.t === 'night') {
      push(i, i + 1, [single(pub - DAY)]);
      continue;
    }
    if ((t.t === W.theNight || t.t === W.night) && tokens[i + 1] && PAST.contains(tokens[i + 1])) {
      push(i, i + 1, [single(pub - DAY)]);
      continue;
    }

    // 7. Relative periods: العام الماضي, last year('s), this year, last month, الشهر الماضي, الأسبوع الماضي.
    const unit = /^(year|year's|month|month's|week|week's)$/.test(tokens[i + 1]?.t ?? '') && /^(last|this|next|past)$/.test(t.t)
      ? { u: tokens[i + 1].t.replace(/'s$/, ''), rel: t.t === 'this' ? 0 : t.t === 'next' ? 1 : -1, first: i, last: i + 1 }
      : arabicPeriod(tokens, i);
    if (unit && !(t.t === 'past' && /^(few|several)$/.test(tokens[i + 1]?.t ?? ''))) {
      const { u, rel } = unit;
      if (u === 'year') {
        const y = pubYear + rel;
        push(unit.first, unit.last, [range(ymd(y, 1, 1), ymd(y, 12, 31))]);
      } else if (u === 'month') {
        const pm = new Date(pub).getUTCMonth() + 1 + rel;
        const y = pubYear + Math.floor((pm - 1) / 12);
        const m = ((pm - 1) % 12 + 12) % 12 + 1;
        push(unit.first, unit.last, [range(ymd(y, m, 1), ymd(y, m, lastDay(y, m)))]);
      } else {
        const monday = pub - (((new Date(pub).getUTCDay() + 6) % 7) * DAY) + rel * 7 * DAY;
        push(unit.first, unit.last, [range(monday, monday + 6 * DAY)]);
      }
      continue;
    }

    // 8a. Part of a year: "early 2020", "أواخر عام 2019", "منتصف العام الماضي".
    const yp = partAt(t);
    if (yp) {
      let j = i + 1;
      if (tokens[j]?.t === 'of' || tokens[j]?.t === 'the') j++;
      if (tokens[j] && /^(عام|سنة)$/.test(tokens[j].t)) j++;
      const y = yearAt(tokens[j]);
      const rel = !y && lookup(AR_UNIT, tokens[j] ?? t) === 'year' && tokens[j + 1] ? (PAST.contains(tokens[j + 1]) ? -1 : THIS.contains(tokens[j + 1]) ? 0 : undefined) : undefined;
      if (y) {
        push(i, j, [yearPart(y, yp)]);
        continue;
      }
      if (rel !== undefined) {
        push(i, j + 1, [yearPart(pubYear + rel, yp)]);
        continue;
      }
    }

    // 8. A year with a cue: "in 2012", "عام 2019", "العام 2019".
    const yr = yearAt(t);
    if (yr && tokens[i - 1] && /^(in|since|during|عام|العام|سنة|خلال|منذ)$/.test(arabicForms(tokens[i - 1].t).at(-1) ?? '')) {
      push(i - 1, i, [range(ymd(yr, 1, 1), ymd(yr, 12, 31))]);
      continue;
    }
  }
  return betweenRanges(tokens, hits);

  /** The first of up to two time-of-day words right before token i ("مساء", "فجر", "صباح يوم"), or i. */
  function timeOfDayBefore(i: number): number {
    let first = i;
    while (first > 0 && TIME_OF_DAY.contains(tokens[first - 1]) && i - first < 2) first--;
    return first;
  }

  /** A weekday right before an explicit date names the same day: one claim ("الإثنين 10 فبراير"). */
  function absorbWeekday(first: number) {
    const hit = hits[hits.length - 1];
    for (let k = first - 1; k >= Math.max(0, first - 5); k--) {
      const tk = tokens[k];
      if (weekdayAt(tokens, k) !== undefined || relativeDay(tk) !== undefined || TIME_OF_DAY.contains(tk) || /^(morning|evening|night|afternoon|on)$/.test(tk.t)) {
        if (weekdayAt(tokens, k) !== undefined || relativeDay(tk) !== undefined) hit.s = tk.s;
        used[k] = 1;
      } else if (tk.kind !== 'punct') break;
    }
    // The weekday (or "today") was read first as a date of its own: it is part of this one now.
    for (let h = hits.length - 2; h >= 0 && hits[h].e > hit.s; h--) {
      hit.s = Math.min(hit.s, hits[h].s);
      hits.splice(h, 1);
    }
  }
}

const RANGE_FROM = wordSet(['between', 'from', 'بين', 'من']);
const RANGE_TO = wordSet(['and', 'to', 'until', 'through', 'و', 'إلى', 'الى', 'حتى']);

/** "between March 1 and March 15", "من 3 إلى 9 آذار": two single days joined this way are one range. */
function betweenRanges(tokens: Token[], hits: DateHit[]): DateHit[] {
  const out: DateHit[] = [];
  for (const h of hits) {
    const prev = out[out.length - 1];
    if (prev && prev.values.length === 1 && h.values.length === 1) {
      const between = tokens.filter((t) => t.s >= prev.e && t.e <= h.s);
      const before = tokens.filter((t) => t.e <= prev.s).at(-1);
      if (between.length === 1 && RANGE_TO.contains(between[0]) && before && RANGE_FROM.contains(before) && prev.values[0].from <= h.values[0].to) {
        out[out.length - 1] = { s: before.s, e: h.e, values: [{ from: prev.values[0].from, to: h.values[0].to }] };
        continue;
      }
    }
    out.push(h);
  }
  return out;
}

function arabicPeriod(tokens: Token[], i: number) {
  const u = lookup(AR_UNIT, tokens[i]);
  if (!u) return undefined;
  const next = tokens[i + 1];
  if (!next) return undefined;
  const rel = PAST.contains(next) ? -1 : NEXT.contains(next) ? 1 : THIS.contains(next) ? 0 : undefined;
  if (rel === undefined) {
    const prev = tokens[i - 1];
    if (prev && (prev.t === W.thisM || prev.t === W.thisF)) return { u, rel: 0, first: i - 1, last: i };
    return undefined;
  }
  return { u, rel, first: i, last: i + 1 };
}
