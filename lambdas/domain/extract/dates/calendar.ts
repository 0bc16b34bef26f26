/** Calendar arithmetic on UTC days, and the date values claims carry. */

export interface DateValue {
  from: string;
  to: string;
}

// ---- calendar arithmetic on UTC days ---------------------------------------------------------
export const DAY = 86_400_000;
export const ISO_CACHE = new Map<number, string>();
/** isoDay's answers for whole days, by day number (a small integer key: a time in milliseconds is a heap number). */
const ISO_BY_DAY = new Map<number, string>();
/** YYYY-MM-DD of a UTC day start (cached: Date#toISOString is the slowest step of date extraction otherwise). */
export function isoDay(t: number): string {
  const k = t / DAY;
  if ((k | 0) === k) {
    let s = ISO_BY_DAY.get(k);
    if (s === undefined) {
      s = new Date(t).toISOString().slice(0, 10);
      if (ISO_BY_DAY.size > 20_000) ISO_BY_DAY.clear();
      ISO_BY_DAY.set(k, s);
    }
    return s;
  }
  let s = ISO_CACHE.get(t);
  if (s === undefined) {
    s = new Date(t).toISOString().slice(0, 10);
    if (ISO_CACHE.size > 20_000) ISO_CACHE.clear();
    ISO_CACHE.set(t, s);
  }
  return s;
}
export const dayOf = (iso: string) => Date.parse(`${iso.slice(0, 10)}T00:00:00Z`);
export let lastIso = '';
export let cachedDay = 0;
export let cachedYear = 0;
export let cachedWeekday = 0;
/** Early, mid or late in a month or a year. */
export type Part = 'early' | 'mid' | 'late';

/** The year of the day dayOfCached was last asked. */
export const yearOfCached = () => cachedYear;
/** The weekday (0 = Sunday) of the day dayOfCached was last asked. */
export const weekdayOfCached = () => cachedWeekday;

/** A publication day's start, year and weekday, by its ISO string (Date.parse once per distinct day, not per article). */
const PUB_DAYS = new Map<string, { day: number; year: number; weekday: number }>();
/** dayOf for the publication day, asked once per sentence with the same value. */
export function dayOfCached(iso: string): number {
  if (iso !== lastIso) {
    lastIso = iso;
    let known = PUB_DAYS.get(iso);
    if (known === undefined) {
      const day = dayOf(iso);
      known = { day, year: new Date(day).getUTCFullYear(), weekday: new Date(day).getUTCDay() };
      if (PUB_DAYS.size > 10_000) PUB_DAYS.clear();
      PUB_DAYS.set(iso, known);
    }
    cachedDay = known.day;
    cachedYear = known.year;
    cachedWeekday = known.weekday;
  }
  return cachedDay;
}
/**
 * Date.UTC(y, m - 1, d). Whole numbers in the usual ranges are worked out here (Date.UTC is a call into the runtime,
 * ~100 ns, on every date read); anything else (years before 1000, NaN of an unreadable publication day) goes to Date.UTC.
 */
export const ymd = (y: number, m: number, d: number): number =>
  y >= 1000 && y <= 9999 && m >= 1 && m <= 12 && d >= -400 && d <= 400 && (y | 0) === y && (m | 0) === m && (d | 0) === d
    ? (daysFromCivil(y, m) + d - 1) * DAY
    : Date.UTC(y, m - 1, d);
/** Days from 1970-01-01 to the first of month m (1-12) of year y, proleptic Gregorian (H. Hinnant's days_from_civil). */
function daysFromCivil(y: number, m: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m > 2 ? m - 3 : m + 9) + 2) / 5);
  return era * 146097 + yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy - 719468;
}
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
/** The last day of month m (1-12) of year y (as new Date(Date.UTC(y, m, 0)).getUTCDate(), without the Date). */
export const lastDay = (y: number, m: number): number =>
  y >= 1000 && y <= 9999 && m >= 1 && m <= 12 && (y | 0) === y && (m | 0) === m
    ? (m === 2 && y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : MONTH_DAYS[m - 1])
    : new Date(Date.UTC(y, m, 0)).getUTCDate();
export const single = (t: number): DateValue => {
  const iso = isoDay(t);
  return { from: iso, to: iso };
};
export const range = (a: number, b: number): DateValue => ({ from: isoDay(a), to: isoDay(b) });

/**
 * The year of a month/day written without one: the latest such day on or before publication, unless the same
 * day comes within about six weeks (news announces what is planned: "on 5 or 6 March" on 1 March). Further ahead,
 * the past wins: "in mid-February" in a November article is the February before it, not the next one.
 */
const AHEAD = 45 * DAY;
export function nearestYear(pub: number, m: number, d = 15): number {
  // (The year of the publication day in hand is known: see dayOfCached.)
  const y = pub === cachedDay && lastIso !== '' ? cachedYear : new Date(pub).getUTCFullYear();
  const thisYear = ymd(y, m, d);
  if (thisYear <= pub) return ymd(y + 1, m, d) - pub > AHEAD ? y : y + 1;
  return thisYear - pub <= AHEAD ? y : y - 1;
}


export function monthPart(y: number, m: number, p: Part): DateValue {
  if (p === 'early') return range(ymd(y, m, 1), ymd(y, m, 10));
  if (p === 'mid') return range(ymd(y, m, 11), ymd(y, m, 20));
  return range(ymd(y, m, 21), ymd(y, m, lastDay(y, m)));
}

/** Early / mid / late in a year: thirds of it (January-April, May-August, September-December). */
export function yearPart(y: number, p: Part): DateValue {
  if (p === 'early') return range(ymd(y, 1, 1), ymd(y, 4, 30));
  if (p === 'mid') return range(ymd(y, 5, 1), ymd(y, 8, 31));
  return range(ymd(y, 9, 1), ymd(y, 12, 31));
}

export const dayValues = (y: number, m: number, days: number[], joiner?: 'alt' | 'range'): DateValue[] =>
  joiner === 'range' ? [range(ymd(y, m, days[0]), ymd(y, m, days[days.length - 1]))] : days.map((d) => single(ymd(y, m, d)));
