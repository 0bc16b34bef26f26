/**
 * The date scanner: dates in one tokenized sentence, resolved against the publication day. The words and the
 * readers of single constructions are in dates/words.ts, the calendar arithmetic in dates/calendar.ts.
 */
import type { Token } from '../text/tokens.ts';
import { arabicForms, lookup, wordSet } from '../text/tokens.ts';
import { normalizeWord } from '../text/normalize.ts';
import { DAY, dayOfCached, ymd, lastDay, single, range, nearestYear, monthPart, yearPart, dayValues, yearOfCached, type DateValue, type Part } from './dates/calendar.ts';
import {
  MONTHS, monthAt, weekdayAt, TIME_OF_DAY, PAST, NEXT, THIS, MONTH_CUE, partAt, W, relativeDay, daysAgo, holidayAt, NIGHT_JOIN, SINCE, relativeYearAt, yearAt, AR_UNIT, mayStartDate, dayAt, dayList, numericDate, NAME_BEFORE, NAME_AFTER, relativeMonthAt, arabicPeriod, AR_ORDINAL_UNITS, AR_ORDINAL_TENS, dayNumber,
} from './dates/words.ts';
import { at } from '../text/at.ts';
import { Flags } from './flags.ts';
import { TRIGGER_KIND } from './lexicon.ts';

/** Fixed word lists the rules compare a whole word with (a Set look-up: a regular expression per call costs far more). */
const BESIDE_WEEKDAY = new Set(['morning', 'evening', 'night', 'afternoon', 'on']);
const DAY_AR = new Set(['يوم', 'يومي', 'يومى']);
const FEW_SEVERAL = new Set(['few', 'several']);
const PARTS_OF_DAY = new Set(['morning', 'evening', 'night', 'afternoon']);
const PARTS_OF_THIS_DAY = new Set(['morning', 'evening', 'afternoon']);
const WEEKDAY_CUES = new Set(['last', 'next', 'this', 'on']);
const WEEKEND_CUES = new Set(['over', 'this', 'last', 'during']);
const YEAR_AR = new Set(['عام', 'سنة']);
const YEAR_CUES = new Set(['in', 'since', 'during', 'عام', 'العام', 'سنة', 'خلال', 'منذ']);

export type { DateValue };
export { isMonthWord, mayStartDate } from './dates/words.ts';

/** A date found in one sentence; s/e are normalized offsets unless `original` is set. */
export interface DateHit {
  s: number;
  e: number;
  values: DateValue[];
  original?: boolean;
}

// ---- the scanner ------------------------------------------------------------------------------
/** The scanner's flags per token (used by a date), kept from sentence to sentence. */
const USED = new Flags();
/**
 * Dates in one tokenized, normalized sentence, resolved against the publication day. extractClaims calls it only
 * for a sentence with a number or a word of mayStartDate (no date starts elsewhere).
 */
export function scanDates(tokens: Token[], pubIso: string, norm: string): DateHit[] {
  const pub = dayOfCached(pubIso);
  const pubYear = yearOfCached();
  const hits: DateHit[] = [];
  const used = USED.take(tokens.length);
  // A day or month written without its year that would come after publication is last year's when the sentence
  // tells of a casualty that happened ("The attacks between 1 and 3 June killed 15 villagers" on 14 May): asked only then.
  let past: boolean | undefined;
  const yearFor = (m: number, d?: number, first = -1) => {
    const y = nearestYear(pub, m, d);
    // (The end of a range may run past publication: "Between March 1 and March 15, 60 people were arrested" on 2 March.)
    if (ymd(y, m, d === undefined || (first > 0 && RANGE_TO.contains(tokens[first - 1])) ? 1 : d) <= pub) return y;
    past ??= pastEvent(tokens);
    return past ? y - 1 : y;
  };
  const push = (a: number, b: number, values: DateValue[], mayName = false) => {
    for (let k = a; k <= b; k++) used[k] = 1;
    // A day and month that name something ("قوى 14 آذار") are no event date: the words are used up, nothing is claimed.
    if (mayName && (NAME_BEFORE.has(at(tokens, a - 1)?.t ?? '') || NAME_AFTER.has(tokens[b + 1]?.t ?? ''))) return;
    hits.push({ s: tokens[a].s, e: tokens[b].e, values });
  };

  for (let i = 0; i < tokens.length; i++) {
    if (used[i]) continue;
    const t = tokens[i];
    if (t.kind === 'punct' || (t.kind === 'word' && !mayStartDate(t))) continue;

    // 1. Days then month: "5 أو 6 آذار", "5 or 6 March", "27 February 2020", "يومي 5 و6 آذار", "the 3rd of March",
    //    "الخامس من آذار", "12 من الشهر الجاري".
    if (t.kind === 'num') {
      const numeric = numericDate(tokens, i, norm) ?? datelineDate(i);
      if (numeric) {
        push(i, numeric.last, [numeric.value]);
        absorbWeekday(i);
        continue;
      }
    }
    // Holidays on a fixed day: "on Christmas Eve", "a Fourth of July block party", "July Fourth", "عيد العمال". A holiday
    // that names a period ("the Australia Day long weekend", "the Christmas holidays") is no day: used up, no claim.
    const holiday = t.kind === 'word' ? holidayAt(tokens, i) : undefined;
    if (holiday) {
      if (holiday.period) {
        for (let k = holiday.first; k <= holiday.last; k++) used[k] = 1;
        continue;
      }
      const y = yearFor(holiday.m, holiday.d);
      push(holiday.first, holiday.last, [single(ymd(y, holiday.m, holiday.d))]);
      continue;
    }
    const d0 = dayAt(tokens, i);
    if (d0) {
      const list = dayList(tokens, i, norm)!;
      const { days, joiner } = list;
      let j = list.last + 1;
      if (tokens[j]?.t === 'of' || tokens[j]?.t === 'من') j++;
      const month = monthAt(tokens, j) ?? relativeMonthAt(tokens, j, pub) ?? sameMonthAt(list.last + 1);
      if (month && (d0.numeric || month.m)) {
        let last = month.last;
        const relativeYear = (month as { year?: number }).year;
        let y = relativeYear ?? yearAt(tokens[last + 1]);
        // "24 December last year", "5 آذار من العام الماضي": the year named relatively.
        const yearRel = relativeYear === undefined && !y ? relativeYearAt(tokens, last + 1) : undefined;
        if (yearRel) {
          y = pubYear + yearRel.rel;
          last = yearRel.last;
        } else if (relativeYear === undefined) {
          if (y) last++;
          else if (tokens[last + 1] && (PAST.contains(tokens[last + 1]) || NEXT.contains(tokens[last + 1]))) {
            const past = PAST.contains(tokens[last + 1]);
            y = past ? (ymd(pubYear, month.m, days[0]) <= pub ? pubYear : pubYear - 1) : (ymd(pubYear, month.m, days[0]) > pub ? pubYear : pubYear + 1);
            last++;
          } else if (tokens[last + 1] && /^[ء-ي]/.test(tokens[last + 1].t) && THIS.contains(tokens[last + 1])) {
            // "15 أكتوبر الجاري": the current month, this year's whether or not the day is past.
            y = pubYear;
            last++;
          }
        }
        y ??= yearFor(month.m, days[0], i);
        let first = i;
        if (DAY_AR.has(at(tokens, i - 1)?.t ?? '')) first = i - 1;
        if (at(tokens, i - 1)?.t === 'the') first = i - 1;
        if (!daysExist(y, month.m, days, joiner)) {
          for (let k = first; k <= last; k++) used[k] = 1; // "31 February", "between 20 and 10 March": no day to claim
          continue;
        }
        push(first, last, dayValues(y, month.m, days, joiner), true);
        absorbWeekday(first);
        continue;
      }
    }

    // 2. Month then days: "March 5", "July 23, 2013", "March 5 or 6".
    const mm = monthAt(tokens, i);
    if (mm && (t.t !== 'may' || dayAt(tokens, mm.last + 1)?.numeric || mayIsMonth(i))) {
      const afterMonth = tokens[mm.last + 1]?.t === '.' && tokens[mm.last + 1].s === t.e ? mm.last + 2 : mm.last + 1; // "Oct. 8"
      const list = /^[ء-ي]/.test(t.t) ? undefined : dayList(tokens, afterMonth, norm);
      if (list) {
        let j = list.last + 1;
        let last = list.last;
        if (tokens[j]?.t === ',' && yearAt(tokens[j + 1])) j++;
        let y = yearAt(tokens[j]);
        if (y) last = j;
        // "December 24 last year", "March 20 this year".
        const yearRel = y ? undefined : relativeYearAt(tokens, list.last + 1);
        if (yearRel) {
          y = pubYear + yearRel.rel;
          last = yearRel.last;
        }
        y ??= yearFor(mm.m, list.days[0], i);
        if (!daysExist(y, mm.m, list.days, list.joiner)) {
          for (let k = i; k <= last; k++) used[k] = 1; // "February 31", "December 31 to 30"
          continue;
        }
        push(i, last, dayValues(y, mm.m, list.days, list.joiner), true);
        absorbWeekday(i);
        continue;
      }
      // 3. Part of a month: "نهاية شباط", "end of February", "mid-March" ; 4. a month alone with a cue.
      const prev = at(tokens, i - 1);
      const prev2 = at(tokens, i - 2);
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
        y ??= yearFor(mm.m);
        push(first, last, [monthPart(y, mm.m, part)]);
        continue;
      }
      const hyphenPart = t.t.startsWith('mid-');
      // "to march on the ministry": an infinitive, not the month.
      const verbLike = (t.t === 'march' || t.t === 'may') && prev?.t === 'to';
      if (!verbLike && (y || (prev && MONTH_CUE.contains(prev)) || hyphenPart || (rel && THIS.contains(rel)))) {
        if (!/^[ء-ي]/.test(t.t) || y || (prev && MONTH_CUE.contains(prev))) {
          y ??= yearFor(mm.m);
          push(i, last, [range(ymd(y, mm.m, 1), ymd(y, mm.m, lastDay(y, mm.m)))]);
          continue;
        }
      }
    }
    if (t.t.startsWith('mid-')) {
      const m = MONTHS.get(t.t.slice(4));
      if (m) {
        let last = i;
        let y = yearAt(tokens[i + 1]);
        if (y) last++;
        y ??= yearFor(m);
        push(i, last, [monthPart(y, m, 'mid')]);
        continue;
      }
    }

    // 5. Weekdays: "مساء الخميس", "الجمعة", "Thursday evening", "Monday's", "الخميس الماضي", "اليوم الثلاثاء",
    //    "أمس الأحد"; a night across two days: "ليل السبت الأحد", "overnight Friday into Saturday".
    const wd = weekdayAt(tokens, i);
    if (wd !== undefined) {
      let first = timeOfDayBefore(i);
      if (first > 0 && WEEKDAY_CUES.has(tokens[first - 1].t)) first--;
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
      } else if (futureUntil(first)) {
        // "would remain closed until Saturday", "has forecast a cool change for Wednesday": the coming one.
        date = pub + ((wd - pubDow + 7) % 7) * DAY;
      }
      if (tokens[last + 1] && PARTS_OF_DAY.has(tokens[last + 1].t)) last++;
      // "اليوم الإثنين" is today, "أمس الأحد" yesterday, "اليوم (السبت)", named: one claim each.
      let paren = at(tokens, first - 1)?.t === '(' && tokens[last + 1]?.t === ')' ? 1 : 0;
      let comma = false;
      let rel = first > paren ? relativeDayAt(first - 1 - paren) : undefined;
      // "tomorrow, Sunday," / "أمس، الأحد،": after a comma, only a relative day that is the same weekday.
      if (rel === undefined && first > 1 && (tokens[first - 1].t === ',' || tokens[first - 1].t === '،')) {
        const r = relativeDayAt(first - 2);
        if (r !== undefined && new Date(pub + r * DAY).getUTCDay() === wd) {
          rel = r;
          paren = 1;
          comma = true;
        }
      }
      if (rel === 0 || rel === -1 || rel === 1) {
        first = timeOfDayBefore(first - 1 - paren);
        if (!comma) last += paren;
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
    const rd = relativeDayAt(i);
    if (rd !== undefined && weekdayAt(tokens, tokens[i + 1]?.t === '(' ? i + 2 : i + 1) === undefined && !sameWeekdayAfterComma(i, rd)) {
      // "في اليوم التالي", "اليوم العالمي للمرأة", "80 ملم في اليوم", "لـ«المصري اليوم»": the day as a noun or a name.
      if (rd === 0 && dayAsNoun(i)) continue;
      let first = timeOfDayBefore(i);
      // "بعد غد": the day after tomorrow.
      if (t.t === W.tomorrow && at(tokens, i - 1)?.t === W.after) {
        first = at(tokens, i - 2)?.t === W.day ? i - 2 : i - 1;
        push(first, i, [single(pub + 2 * DAY)]);
        continue;
      }
      if (rd === -1 && (at(tokens, i - 1)?.t === W.first || tokens[i + 1]?.t === W.theFirst)) {
        push(at(tokens, i - 1)?.t === W.first ? i - 1 : first, at(tokens, i - 1)?.t === W.first ? i : i + 1, [single(pub - 2 * DAY)]);
        continue;
      }
      if (t.t === 'yesterday' && at(tokens, i - 1)?.t === 'before' && at(tokens, i - 2)?.t === 'day') {
        push(at(tokens, i - 3)?.t === 'the' ? i - 3 : i - 2, i, [single(pub - 2 * DAY)]);
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
      // The most recent Saturday and Sunday (on a Saturday: this one and the next day); "this weekend" said on a
      // weekday is the coming one ("could make landfall this weekend").
      const dow = new Date(pub).getUTCDay();
      const coming = at(tokens, i - 1)?.t === 'this' && dow >= 1 && dow <= 5;
      const saturday = coming ? pub + (6 - dow) * DAY : pub - ((dow + 1) % 7) * DAY;
      let first = i;
      if (at(tokens, first - 1)?.t === 'the') first--;
      if (WEEKEND_CUES.has(at(tokens, first - 1)?.t ?? '')) first--;
      push(first, t.t === 'weekend' ? i : i + 2, [range(saturday, saturday + DAY)]);
      continue;
    }
    if (t.t === 'this' && PARTS_OF_THIS_DAY.has(tokens[i + 1]?.t ?? '')) {
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
    const unit = i + 1 < tokens.length && EN_PERIOD.has(tokens[i + 1].t) && EN_PERIOD_REL.has(t.t)
      ? { u: tokens[i + 1].t.replace(/'s$/, ''), rel: t.t === 'this' ? 0 : t.t === 'next' ? 1 : -1, first: i, last: i + 1 }
      : arabicPeriod(tokens, i);
    // "over the past week", "in the past year": a duration up to publication, no date (unlike "last week").
    if (unit && t.t === 'past') {
      used[i] = used[i + 1] = 1;
      continue;
    }
    if (unit && !(t.t === 'past' && FEW_SEVERAL.has(tokens[i + 1]?.t ?? ''))) {
      const { u, rel } = unit;
      // "مطلع الشهر الجاري", "early this month", "the end of last month", "early last year": part of that month or year.
      const part = partBefore(unit.first);
      if (u === 'year') {
        const y = pubYear + rel;
        if (part) push(part.first, unit.last, [yearPart(y, part.p)]);
        else push(unit.first, unit.last, [range(ymd(y, 1, 1), ymd(y, 12, 31))]);
      } else if (u === 'month') {
        const pm = new Date(pub).getUTCMonth() + 1 + rel;
        const y = pubYear + Math.floor((pm - 1) / 12);
        const m = ((pm - 1) % 12 + 12) % 12 + 1;
        if (part) push(part.first, unit.last, [monthPart(y, m, part.p)]);
        else push(unit.first, unit.last, [range(ymd(y, m, 1), ymd(y, m, lastDay(y, m)))]);
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
      if (tokens[j] && YEAR_AR.has(tokens[j].t)) j++;
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
    // "خلال عامي 2022 و2023": two years named with the dual, one range.
    if (yr && at(tokens, i - 1) && YEARS_DUAL.contains(tokens[i - 1]) && tokens[i + 1]?.t === 'و' && yearAt(tokens[i + 2]) && yearAt(tokens[i + 2])! > yr) {
      push(i - 1, i + 2, [range(ymd(yr, 1, 1), ymd(yearAt(tokens[i + 2])!, 12, 31))]);
      continue;
    }
    // "في 2023،": after "في" only a year that ends its phrase ("في 2000 منزل" is a count).
    if (!yr || !at(tokens, i - 1)) continue;
    const cue = arabicForms(tokens[i - 1].t).at(-1) ?? '';
    const closes = !tokens[i + 1] || (tokens[i + 1].kind === 'punct' && tokens[i + 1].t !== '%');
    if ((YEAR_CUES.has(cue) || (cue === IN_AR && closes))) {
      push(i - 1, i, [range(ymd(yr, 1, 1), ymd(yr, 12, 31))]);
      continue;
    }
  }
  return betweenRanges(tokens, hits);

  /**
   * A wire dateline's day and month: "كينشاسا - 30 - 10 (كونا) --", a place, then "- D - M" and the agency in
   * parentheses, at the start of the sentence.
   */
  function datelineDate(i: number): { last: number; value: DateValue } | undefined {
    if (i < 1 || i > 4 || tokens[i - 1].kind !== 'word' || tokens[i + 2]?.t !== '(') return undefined;
    const d = dayNumber(tokens[i]);
    const m = dayNumber(tokens[i + 1]);
    if (!d || !m || m > 12 || !dashBetween(i - 1) || !dashBetween(i)) return undefined;
    const y = yearFor(m, d);
    return d <= lastDay(y, m) ? { last: i + 1, value: single(ymd(y, m, d)) } : undefined;
  }
  /** Only a dash and spaces stand between token k and the next. */
  function dashBetween(k: number): boolean {
    return norm.slice(tokens[k].e, tokens[k + 1].s).trim() === '-';
  }

  /** "25 منه", "25 من الشهر نفسه", "the 25th of the same month": the month of the date before, in this sentence. */
  function sameMonthAt(k: number): { m: number; year: number; last: number } | undefined {
    const before = at(hits, hits.length - 1);
    if (!before || before.values.length !== 1) return undefined;
    let last = -1;
    if (tokens[k]?.t === OF_IT) last = k;
    else if ((tokens[k]?.t === 'من' || tokens[k]?.t === 'of') && tokens[k + 1] && tokens[k + 2]) {
      const a = tokens[k + 1].t;
      const b = tokens[k + 2].t;
      if ((a === THE_MONTH && SAME.has(b)) || (a === SAME_AR && b === THE_MONTH) || (a === 'the' && b === 'same' && tokens[k + 3]?.t === 'month')) last = a === 'the' ? k + 3 : k + 2;
    }
    if (last < 0) return undefined;
    const iso = before.values[0].to;
    return { m: Number(iso.slice(5, 7)), year: Number(iso.slice(0, 4)), last };
  }

  /** "tomorrow, Sunday": the relative day at token k is named again after a comma (the weekday reads both). */
  function sameWeekdayAfterComma(k: number, rd: number): boolean {
    if (tokens[k + 1]?.t !== ',' && tokens[k + 1]?.t !== '،') return false;
    const wd = weekdayAt(tokens, k + 2);
    return wd !== undefined && new Date(pub + rd * DAY).getUTCDay() === wd;
  }

  /** A relative day at token k: "اليوم", "أمس", "tomorrow"; "غد" after "يوم"/"بعد" or before a weekday ("يوم غد الأربعاء"). */
  function relativeDayAt(k: number): number | undefined {
    const tk = tokens[k];
    const rd = relativeDay(tk);
    if (rd !== undefined || tk.t !== W.tomorrow) return rd;
    return at(tokens, k - 1)?.t === W.day || at(tokens, k - 1)?.t === W.after || weekdayAt(tokens, k + 1) !== undefined ? 1 : undefined;
  }

  /** "اليوم" at token i is the noun "the day", or part of a name, not today. */
  function dayAsNoun(i: number): boolean {
    const next = tokens[i + 1];
    if (next && (DAY_ADJECTIVE.contains(next) || AR_ORDINAL_UNITS.has(next.t) || AR_ORDINAL_TENS.has(next.t))) return true;
    const prev = at(tokens, i - 1);
    // "80 ملم في اليوم", "مرتين في اليوم": per day, after a quantity.
    if (prev?.t === IN_AR && ((at(tokens, i - 2) && (tokens[i - 2].kind === 'num' || TIMES.contains(tokens[i - 2]))) || at(tokens, i - 3)?.kind === 'num')) return true;
    // A name: "لقناة روسيا اليوم", "صحيفة اليوم", "لـ«المصري اليوم»" (a short quotation after "ل" or a medium).
    for (let k = i - 1; k >= Math.max(0, i - 3); k--) {
      const tk = tokens[k];
      if (MEDIUM.contains(tk)) return true;
      if (tk.t === '"') return next?.t === '"' && !!at(tokens, k - 1) && (tokens[k - 1].t === LI || MEDIUM.contains(tokens[k - 1]));
      if (tk.kind !== 'word') return false;
    }
    return false;
  }

  /** A weekday after "until"/"for"/"from" in a clause that speaks of the future ("would remain closed until Saturday"). */
  function futureUntil(first: number): boolean {
    let k = first;
    if (!FORWARD.has(tokens[k]?.t ?? '')) k--;
    if (!FORWARD.has(tokens[k]?.t ?? '')) return false;
    // After "until", an infinitive or a present state speaks of the future too: "ordered to continue remote learning
    // until Friday", "are closed until Monday".
    const until = tokens[k].t === 'until' || tokens[k].t === 'till';
    for (let j = k - 1; j >= Math.max(0, k - 14); j--) {
      const tj = tokens[j];
      if (tj.kind === 'punct' && tj.t !== ',') return false;
      if (FUTURE.has(tj.t) || (until && UNTIL_FUTURE.has(tj.t)) || futureVerbAr(tj.t)) return true;
    }
    return false;
  }

  /** "May" is the month, not the verb, after a part ("early May", "the end of May"), a preposition of time or before a year. */
  function mayIsMonth(i: number): boolean {
    const prev = at(tokens, i - 1);
    return !!partBefore(i) || !!yearAt(tokens[i + 1]) || (!!prev && MAY_CUE.has(prev.t));
  }

  /** A part of a period right before token i: "مطلع", "early", "the end of", "in the middle of". */
  function partBefore(i: number): { p: Part; first: number } | undefined {
    const prev = at(tokens, i - 1);
    const p = partAt(prev);
    if (p) return { p, first: at(tokens, i - 2)?.t === 'the' ? i - 2 : i - 1 };
    if (prev?.t !== 'of') return undefined;
    const p2 = partAt(at(tokens, i - 2));
    return p2 ? { p: p2, first: at(tokens, i - 3)?.t === 'the' ? i - 3 : i - 2 } : undefined;
  }

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
      if (weekdayAt(tokens, k) !== undefined || relativeDay(tk) !== undefined || TIME_OF_DAY.contains(tk) || BESIDE_WEEKDAY.has(tk.t)) {
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

/** Every day is one of the month's, and a range runs forward: "31 February" and "between 20 and 10 March" name no day. */
function daysExist(y: number, m: number, days: number[], joiner?: 'alt' | 'range'): boolean {
  const end = lastDay(y, m);
  for (const d of days) if (d < 1 || d > end) return false;
  return joiner !== 'range' || days[0] <= days[days.length - 1];
}

/**
 * The sentence tells of a casualty in the past: a predicate of one (a verb in the past, "killed", "قتل", or a verbal noun,
 * "مقتل") and no word of the future or of what may be ("will", "expected", "could", "سوف", "ستبقى").
 */
function pastEvent(tokens: Token[]): boolean {
  let past = false;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    if (t.kind !== 'word') continue;
    // ("قد" before a present is "may"; before a past, "had": "وكانت السيول قد أودت بحياة 3 أشخاص".)
    if (FUTURE.has(t.t) || MAYBE.has(t.t) || futureVerbAr(t.t) || (t.t === QAD && /^[يت]/.test(tokens[k + 1]?.t ?? ''))) return false;
    if (!past && lookup(TRIGGER_KIND, t) && (/^[a-z]/.test(t.t) ? /(ed|died|dead|slain|fled|hurt)$/.test(t.t) : !/^[وف]?ي/.test(t.t))) past = true;
  }
  return past;
}
const MAYBE = new Set(['could', 'might', 'can', 'must', 'should', 'if', 'risk', 'threaten', 'threatens',
  // ("may" is also the month.)
  ...['يمكن', 'ربما', 'إذا', 'لو'].map((w) => normalizeWord(w))]);
const QAD = normalizeWord('قد');

const OF_IT = normalizeWord('منه');
const THE_MONTH = normalizeWord('الشهر');
const SAME_AR = normalizeWord('نفس');
const SAME = new Set(['نفسه', 'ذاته'].map(normalizeWord));
/** Prepositions of a coming day, and the words of a clause about the future, for "until Saturday". */
const FORWARD = new Set(['until', 'till', 'for', 'from', 'through', 'by', ...['حتى', 'لغاية', 'غاية'].map((w) => normalizeWord(w))]);
const UNTIL_FUTURE = new Set(['to', 'is', 'are', 'remain', 'remains', 'stay', 'stays']);
const FUTURE = new Set(['will', 'would', "'ll", 'shall', 'forecast', 'forecasts', 'expected', 'due', 'scheduled', 'planned', 'plans',
  ...['سوف', 'المقرر', 'المتوقع', 'يتوقع', 'تتوقع', 'يرتقب', 'المرتقب', 'تعتزم', 'يعتزم'].map((w) => normalizeWord(w))]);
/** Words in "س" + a present prefix that are no verb in the future: "ستة", "سيارات", "سيول". */
const NOT_FUTURE_VERB = new Set(['ستة', 'ستين', 'ستون', 'سيارة', 'سيارات', 'سيدة', 'سيدات', 'سيطرة', 'سيول', 'سياسة', 'سياسي', 'سياسية', 'سنة', 'سنوات', 'سنتين', 'ستار', 'سينما', 'سيناء', 'سيناريو', 'سيرة'].map((w) => normalizeWord(w)));
/** "ستبقى", "سيستمر", "ستتواصل": a verb in the future (the "س" before a present prefix). */
const futureVerbAr = (w: string) => {
  const v = /^[وف]س[يتن]/.test(w) ? w.slice(1) : w;
  return v.length >= 5 && /^س[يتن]/.test(v) && !NOT_FUTURE_VERB.has(v);
};
/** Words after "اليوم" that make it the noun "the day": "اليوم التالي", "اليوم نفسه", "اليوم العالمي". */
const DAY_ADJECTIVE = wordSet(['التالي', 'الموالي', 'نفسه', 'ذاته', 'السابق', 'الأخير', 'العالمي', 'الوطني', 'الدولي', 'الموعود', 'المحدد', 'المشهود']);
/** Media whose names may hold "اليوم": "صحيفة", "قناة", "موقع", "جريدة", "وكالة". */
const MEDIUM = wordSet(['صحيفة', 'جريدة', 'قناة', 'موقع', 'وكالة', 'مجلة', 'إذاعة', 'تلفزيون']);
const TIMES = wordSet(['مرة', 'مرتين', 'مرات']);
const IN_AR = normalizeWord('في');
const LI = normalizeWord('ل');
/** "عامي", "سنتي", "العامين": two years. */
const YEARS_DUAL = wordSet(['عامي', 'سنتي', 'العامين', 'عامين']);
const MAY_CUE = new Set(['in', 'since', 'until', 'during', 'from', 'through', 'mid']);

/** "last year('s)", "this month", "next week". */
const EN_PERIOD = new Set(['year', "year's", 'month', "month's", 'week', "week's"]);
const EN_PERIOD_REL = new Set(['last', 'this', 'next', 'past']);

const RANGE_FROM = wordSet(['between', 'from', 'بين', 'من']);
const RANGE_TO = wordSet(['and', 'to', 'until', 'through', 'و', 'إلى', 'الى', 'حتى', 'لغاية']);
/** "إلى غاية": until. */
const UNTIL_END = normalizeWord('غاية');

/** "between March 1 and March 15", "من 3 إلى 9 آذار": two single days joined this way are one range. */
function betweenRanges(tokens: Token[], hits: DateHit[]): DateHit[] {
  const out: DateHit[] = [];
  for (const h of hits) {
    const prev = at(out, out.length - 1);
    if (prev && prev.values.length === 1 && h.values.length === 1) {
      const between = tokens.filter((t) => t.s >= prev.e && t.e <= h.s);
      const before = tokens.filter((t) => t.e <= prev.s).at(-1);
      // "from ... to ...", "من ... إلى غاية ...", "من ... لغاية ...".
      const joined = (between.length === 1 && RANGE_TO.contains(between[0])) || (between.length === 2 && RANGE_TO.contains(between[0]) && between[1].t === UNTIL_END);
      if (joined && before && RANGE_FROM.contains(before) && prev.values[0].from <= h.values[0].to) {
        out[out.length - 1] = { s: before.s, e: h.e, values: [{ from: prev.values[0].from, to: h.values[0].to }] };
        continue;
      }
    }
    out.push(h);
  }
  return out;
}
