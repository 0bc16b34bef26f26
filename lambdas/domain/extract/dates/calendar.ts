/** Calendar arithmetic on UTC days, and the date values claims carry. */

export interface DateValue {
  from: string;
  to: string;
}

// ---- calendar arithmetic on UTC days ---------------------------------------------------------
export const DAY = 86_400_000;
export const ISO_CACHE = new Map<number, string>();
/** YYYY-MM-DD of a UTC day start (cached: Date#toISOString is the slowest step of date extraction otherwise). */
export function isoDay(t: number): string {
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
export const ymd = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d);
export const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();
export const single = (t: number): DateValue => ({ from: isoDay(t), to: isoDay(t) });
export const range = (a: number, b: number): DateValue => ({ from: isoDay(a), to: isoDay(b) });

/**
 * The year of a month/day written without one: the latest such day on or before publication, unless the same
 * day comes within about six weeks (news announces what is planned: "on 5 or 6 March" on 1 March). Further ahead,
 * the past wins: "in mid-February" in a November article is the February before it, not the next one.
 */
const AHEAD = 45 * DAY;
export function nearestYear(pub: number, m: number, d = 15): number {
  const y = new Date(pub).getUTCFullYear();
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
