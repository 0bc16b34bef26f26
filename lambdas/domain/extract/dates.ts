/**
 * The date scanner: dates in one tokenized sentence, resolved against the publication day. The words and the
 * readers of single constructions are in dates/words.ts, the calendar arithmetic in dates/calendar.ts.
 */
import type { Token } from '../text/tokens.ts';
import { arabicForms, bitsOf, bitsSlot, classBit, lookup, memoBits, rowsOf, wordBits, wordSet, type BITS_WIDTH, type TOKEN_NUM, type TOKEN_WORD } from '../text/tokens.ts';
import { normalizeWord } from '../text/normalize.ts';
import { DAY, dayOfCached, ymd, lastDay, single, range, nearestYear, monthPart, yearPart, dayValues, yearOfCached, weekdayOfCached, type DateValue, type Part } from './dates/calendar.ts';
import {
  MONTHS, monthAt, weekdayAt, TIME_OF_DAY, PAST, NEXT, THIS, MONTH_CUE, partAt, W, relativeDay, daysAgo, holidayAt, NIGHT_JOIN, SINCE, relativeYearAt, yearAt, AR_UNIT, mayStartDate, dayAt, dayList, numericDate, NAME_BEFORE, NAME_AFTER, relativeMonthAt, arabicPeriod, AR_ORDINAL_UNITS, AR_ORDINAL_TENS, dayNumber, dayMayGoOn,
  mayBeHoliday, maybeMonth, weekdayOf, FEW, PARTS, type Day,
} from './dates/words.ts';
import { at } from '../text/at.ts';
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
/**
 * Which of the scanner's readers can match at a word that may start a date (a superset: each bit is implied by the
 * first test of its reader), so that a word is handed only to those. Asked only of words of mayStartDate.
 */
const ROLE = {
  holiday: 1, ordinal: 2, month: 4, mid: 8, weekday: 16, relativeDay: 32, ago: 64, other: 128, period: 256, part: 512,
} as const;
const OTHER_STARTS = new Set(['weekend', W.holiday, 'this', 'last', W.theNight, W.night]);
const dateRoles = memoBits((w: string): number =>
  (mayBeHoliday(w) ? ROLE.holiday : 0) |
  (AR_ORDINAL_TENS.has(w) || AR_ORDINAL_UNITS.has(w) ? ROLE.ordinal : 0) |
  (maybeMonth(w) ? ROLE.month : 0) |
  (w.startsWith('mid-') ? ROLE.mid : 0) |
  (weekdayOf(w) !== undefined ? ROLE.weekday : 0) |
  (relativeDay(w) !== undefined || w === W.tomorrow ? ROLE.relativeDay : 0) |
  (w === W.before || w === W.andBefore || FEW.get(w) ? ROLE.ago : 0) |
  (OTHER_STARTS.has(w) ? ROLE.other : 0) |
  (EN_PERIOD_REL.has(w) || (!(w.charCodeAt(0) < 0x600) && lookup(AR_UNIT, w) !== undefined) ? ROLE.period : 0) |
  (lookup(PARTS, w) !== undefined ? ROLE.part : 0));
/** dateRoles' slot in wordBits, and mayStartDate's class bit (read in DateScan.run's loop without a call). */
const DATE_ROLES = bitsSlot(dateRoles);
const MAY_START_DATE = classBit(mayStartDate);

/**
 * Dates in one tokenized, normalized sentence, resolved against the publication day. extractClaims calls it only
 * for a sentence with a number or a word of mayStartDate (no date starts elsewhere).
 */
export function scanDates(tokens: Token[], pubIso: string, norm: string): DateHit[] {
  return SCAN.run(tokens, pubIso, norm);
}

/**
 * One sentence's scan: its tokens and what was found so far, read by the readers below. One object kept from
 * sentence to sentence (the scanner does not re-enter itself), not closures made per call; and each construction
 * is read by a method of its own, so that TurboFan compiles the readers of rare constructions only when they get
 * hot (the whole scanner as one function was among the most expensive compile jobs of a cold process).
 */
class DateScan {
  tokens: Token[] = [];
  norm = '';
  pub = 0;
  pubYear = 0;
  hits: DateHit[] = [];
  /** Token k is used by a date when used[k] === stamp: a new stamp per sentence, no clearing. */
  used = new Int32Array(256);
  stamp = 0;
  /** The sentence tells of a casualty in the past (see pastEvent); undefined = not asked yet. */
  past: boolean | undefined = undefined;

  run(tokens: Token[], pubIso: string, norm: string): DateHit[] {
    this.tokens = tokens;
    this.norm = norm;
    this.pub = dayOfCached(pubIso);
    this.pubYear = yearOfCached();
    this.hits = [];
    this.past = undefined;
    if (tokens.length + 2 > this.used.length) this.used = new Int32Array(2 * tokens.length + 2);
    if (++this.stamp === 0x40000000) {
      this.used.fill(0);
      this.stamp = 1;
    }
    // (The array and the stamp in locals: the readers write used[k] = stamp into the same array, and neither changes
    // before the next sentence.)
    const used = this.used;
    const stamp = this.stamp;
    // Each token's kind and word classes, and its row of memo answers, read from the tokenizer's arrays (see bitsOf in
    // tokens.ts): no token object, kind string or call per token. (268435456 is TOKEN_NUM, 536870912 TOKEN_WORD, 16
    // BITS_WIDTH, written out.)
    const bits = bitsOf(tokens);
    const rows = rowsOf(tokens);
    const wordStart = (536870912 satisfies typeof TOKEN_WORD) | MAY_START_DATE;
    for (let i = 0; i < tokens.length; i++) {
      if (used[i] === stamp) continue;
      const b = bits[i];
      if ((b & (268435456 satisfies typeof TOKEN_NUM)) !== 0) this.fromNumber(i);
      else if ((b & wordStart) === wordStart) {
        // (wordBits read at each use: a reader may have added words, and grown it.)
        let roles = wordBits[rows[i] * (16 satisfies typeof BITS_WIDTH) + DATE_ROLES];
        if (roles < 0) roles = dateRoles(tokens[i]);
        if (roles !== 0) this.fromWord(i, roles);
      }
    }
    const hits = this.hits;
    return hits.length < 2 ? hits : betweenRanges(tokens, hits);
  }

  /** The dates a number may start: "27 February", "18.11.2022", "two days ago" (in digits), "in 2012". */
  fromNumber(i: number) {
    const { tokens } = this;
    // 1. "27 February 2020", "5 or 6 March", a numeric date, a dateline's day and month.
    const numeric = numericDate(tokens, i, this.norm) ?? this.datelineDate(i);
    if (numeric) {
      this.push(i, numeric.last, [numeric.value]);
      this.absorbWeekday(i);
      return;
    }
    // (A day number before words that cannot go on with a date is a count: no day list is made.)
    if (dayNumber(tokens[i]) !== undefined && dayMayGoOn(tokens, i) && this.daysThenMonth(i, dayAt(tokens, i)!)) return;
    const ago = daysAgo(tokens, i);
    if (ago) {
      this.push(ago.first, ago.last, [single(this.pub - ago.days * DAY)]);
      return;
    }
    this.year(i);
  }

  /** The dates a word may start, by its roles (see dateRoles), in this order. */
  fromWord(i: number, roles: number) {
    const { tokens } = this;
    const t = tokens[i];
    // Holidays on a fixed day: "on Christmas Eve", "a Fourth of July block party", "July Fourth", "عيد العمال". A holiday
    // that names a period ("the Australia Day long weekend", "the Christmas holidays") is no day: used up, no claim.
    if (roles & ROLE.holiday) {
      const holiday = holidayAt(tokens, i);
      if (holiday) {
        if (holiday.period) {
          for (let k = holiday.first; k <= holiday.last; k++) this.used[k] = this.stamp;
          return;
        }
        const y = this.yearFor(holiday.m, holiday.d);
        this.push(holiday.first, holiday.last, [single(ymd(y, holiday.m, holiday.d))]);
        return;
      }
    }
    // "الخامس من آذار", "الحادي والعشرين من".
    if (roles & ROLE.ordinal) {
      const d0 = dayAt(tokens, i);
      if (d0 && this.daysThenMonth(i, d0)) return;
    }
    if (roles & ROLE.month && this.monthFirst(i)) return;
    if (roles & ROLE.mid && this.midMonth(i)) return;
    if (roles & ROLE.weekday) {
      const wd = weekdayAt(tokens, i);
      if (wd !== undefined) {
        this.weekday(i, wd);
        return;
      }
    }
    if (roles & ROLE.relativeDay && this.relativeDayHit(i)) return;
    if (roles & ROLE.ago) {
      const ago = daysAgo(tokens, i);
      if (ago) {
        this.push(ago.first, ago.last, [single(this.pub - ago.days * DAY)]);
        return;
      }
    }
    if (roles & ROLE.other && this.otherDay(i)) return;
    if (roles & ROLE.period && this.period(i)) return;
    if (roles & ROLE.part) this.partOfYear(i);
  }

  // A day and month that name something ("قوى 14 آذار") are no event date: the words are used up, nothing is claimed.
  push(a: number, b: number, values: DateValue[], mayName = false) {
    const { tokens } = this;
    for (let k = a; k <= b; k++) this.used[k] = this.stamp;
    if (mayName && namesSomething(tokens, a, b)) return;
    this.hits.push({ s: tokens[a].s, e: tokens[b].e, values });
  }

  /**
   * The year of a day or month written without one (see nearestYear). One that would come after publication is
   * last year's when the sentence tells of a casualty that happened ("The attacks between 1 and 3 June killed 15
   * villagers" on 14 May): asked only then.
   */
  yearFor(m: number, d?: number, first = -1): number {
    const { tokens, pub } = this;
    const y = nearestYear(pub, m, d);
    // (The end of a range may run past publication: "Between March 1 and March 15, 60 people were arrested" on 2 March.)
    if (ymd(y, m, d === undefined || (first > 0 && RANGE_TO.contains(tokens[first - 1])) ? 1 : d) <= pub) return y;
    this.past ??= pastEvent(tokens);
    return this.past ? y - 1 : y;
  }

  /**
   * 1. Days then month: "5 أو 6 آذار", "5 or 6 March", "27 February 2020", "يومي 5 و6 آذار", "the 3rd of March",
   *    "الخامس من آذار", "12 من الشهر الجاري". True when the words at i were read (a date, or used up as none).
   */
  daysThenMonth(i: number, d0: Day): boolean {
    const { tokens, pub, pubYear } = this;
    const list = dayList(tokens, i, this.norm, d0)!;
    const { days, joiner } = list;
    let j = list.last + 1;
    if (tokens[j]?.t === 'of' || tokens[j]?.t === 'من') j++;
    const month = monthAt(tokens, j) ?? relativeMonthAt(tokens, j, pub) ?? this.sameMonthAt(list.last + 1);
    if (!month || !(d0.numeric || month.m)) return false;
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
      } else if (tokens[last + 1] && arabicFirst(tokens[last + 1].t) && THIS.contains(tokens[last + 1])) {
        // "15 أكتوبر الجاري": the current month, this year's whether or not the day is past.
        y = pubYear;
        last++;
      }
    }
    y ??= this.yearFor(month.m, days[0], i);
    let first = i;
    if (DAY_AR.has(at(tokens, i - 1)?.t ?? '')) first = i - 1;
    if (at(tokens, i - 1)?.t === 'the') first = i - 1;
    if (!daysExist(y, month.m, days, joiner)) {
      for (let k = first; k <= last; k++) this.used[k] = this.stamp; // "31 February", "between 20 and 10 March": no day to claim
      return true;
    }
    this.push(first, last, dayValues(y, month.m, days, joiner), true);
    this.absorbWeekday(first);
    return true;
  }

  /**
   * 2. Month then days: "March 5", "July 23, 2013", "March 5 or 6"; 3. part of a month: "نهاية شباط", "end of
   * February", "mid-March"; 4. a month alone with a cue. True when the words at i were read.
   */
  monthFirst(i: number): boolean {
    const { tokens, pub, pubYear } = this;
    const t = tokens[i];
    const mm = monthAt(tokens, i);
    if (!mm || !(t.t !== 'may' || dayAt(tokens, mm.last + 1)?.numeric || this.mayIsMonth(i))) return false;
    const afterMonth = tokens[mm.last + 1]?.t === '.' && tokens[mm.last + 1].s === t.e ? mm.last + 2 : mm.last + 1; // "Oct. 8"
    const list = arabicFirst(t.t) ? undefined : dayList(tokens, afterMonth, this.norm);
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
      y ??= this.yearFor(mm.m, list.days[0], i);
      if (!daysExist(y, mm.m, list.days, list.joiner)) {
        for (let k = i; k <= last; k++) this.used[k] = this.stamp; // "February 31", "December 31 to 30"
        return true;
      }
      this.push(i, last, dayValues(y, mm.m, list.days, list.joiner), true);
      this.absorbWeekday(i);
      return true;
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
      y ??= this.yearFor(mm.m);
      this.push(first, last, [monthPart(y, mm.m, part)]);
      return true;
    }
    const hyphenPart = t.t.startsWith('mid-');
    // "to march on the ministry": an infinitive, not the month.
    const verbLike = (t.t === 'march' || t.t === 'may') && prev?.t === 'to';
    if (!verbLike && (y || (prev && MONTH_CUE.contains(prev)) || hyphenPart || (rel && THIS.contains(rel)))) {
      if (!arabicFirst(t.t) || y || (prev && MONTH_CUE.contains(prev))) {
        y ??= this.yearFor(mm.m);
        this.push(i, last, [range(ymd(y, mm.m, 1), ymd(y, mm.m, lastDay(y, mm.m)))]);
        return true;
      }
    }
    return false;
  }

  /** "mid-March" (a word of its own). */
  midMonth(i: number): boolean {
    const { tokens } = this;
    const m = MONTHS.get(tokens[i].t.slice(4));
    if (!m) return false;
    let last = i;
    let y = yearAt(tokens[i + 1]);
    if (y) last++;
    y ??= this.yearFor(m);
    this.push(i, last, [monthPart(y, m, 'mid')]);
    return true;
  }

  /**
   * 5. Weekdays: "مساء الخميس", "الجمعة", "Thursday evening", "Monday's", "الخميس الماضي", "اليوم الثلاثاء",
   *    "أمس الأحد"; a night across two days: "ليل السبت الأحد", "overnight Friday into Saturday".
   */
  weekday(i: number, wd: number) {
    const { tokens, pub } = this;
    let first = this.timeOfDayBefore(i);
    if (first > 0 && WEEKDAY_CUES.has(tokens[first - 1].t)) first--;
    let last = i;
    const after = tokens[i + 1];
    const pubDow = weekdayOfCached();
    let date = pub - ((pubDow - wd + 7) % 7) * DAY;
    const week = this.weekAt(i + 1);
    if (week) {
      // "Monday last week", "Monday of next week", "الإثنين من الأسبوع الماضي": that weekday of that week (weeks start
      // on Monday, as "last week" does), not the nearest one.
      date = this.mondayOf(week.rel) + ((wd + 6) % 7) * DAY;
      last = week.last;
    } else if ((after && PAST.contains(after)) || tokens[first]?.t === 'last') {
      if (date === pub) date -= 7 * DAY;
      if (after && PAST.contains(after)) last++;
    } else if ((after && NEXT.contains(after)) || tokens[first]?.t === 'next') {
      date = pub + (((wd - pubDow + 7) % 7) || 7) * DAY;
      if (after && NEXT.contains(after)) last++;
    } else if (this.futureUntil(first)) {
      // "would remain closed until Saturday", "has forecast a cool change for Wednesday": the coming one.
      date = pub + ((wd - pubDow + 7) % 7) * DAY;
    }
    if (tokens[last + 1] && PARTS_OF_DAY.has(tokens[last + 1].t)) last++;
    // "اليوم الإثنين" is today, "أمس الأحد" yesterday, "اليوم (السبت)", named: one claim each.
    let paren = at(tokens, first - 1)?.t === '(' && tokens[last + 1]?.t === ')' ? 1 : 0;
    let comma = false;
    let rel = first > paren ? this.relativeDayAt(first - 1 - paren) : undefined;
    // "tomorrow, Sunday," / "أمس، الأحد،": after a comma, only a relative day that is the same weekday.
    if (rel === undefined && first > 1 && (tokens[first - 1].t === ',' || tokens[first - 1].t === '،')) {
      const r = this.relativeDayAt(first - 2);
      if (r !== undefined && new Date(pub + r * DAY).getUTCDay() === wd) {
        rel = r;
        paren = 1;
        comma = true;
      }
    }
    if (rel === 0 || rel === -1 || rel === 1) {
      first = this.timeOfDayBefore(first - 1 - paren);
      if (!comma) last += paren;
      date = pub + rel * DAY;
    }
    const join = tokens[last + 1];
    const second = join && NIGHT_JOIN.contains(join) ? last + 2 : last + 1;
    const wd2 = weekdayAt(tokens, second);
    if (wd2 !== undefined && (second === last + 1 || tokens[first]?.t === 'overnight' || TIME_OF_DAY.contains(tokens[first]))) {
      this.push(first, second, [range(date, date + (((wd2 - wd + 7) % 7) || 7) * DAY)]);
      return;
    }
    this.push(first, last, [single(date)]);
  }

  /**
   * 6. Relative days: اليوم, أمس, غدا, today, yesterday, last night, this morning, أمس الأول, the day before
   *    yesterday, two days ago, قبل يومين, over the weekend. True when the words at i were read.
   */
  relativeDayHit(i: number): boolean {
    const { tokens, pub } = this;
    const t = tokens[i];
    const rd = this.relativeDayAt(i);
    if (rd === undefined || weekdayAt(tokens, tokens[i + 1]?.t === '(' ? i + 2 : i + 1) !== undefined || this.sameWeekdayAfterComma(i, rd)) return false;
    // "في اليوم التالي", "اليوم العالمي للمرأة", "80 ملم في اليوم", "لـ«المصري اليوم»": the day as a noun or a name.
    if (rd === 0 && this.dayAsNoun(i)) return true;
    let first = this.timeOfDayBefore(i);
    // "بعد غد": the day after tomorrow.
    if (t.t === W.tomorrow && at(tokens, i - 1)?.t === W.after) {
      first = at(tokens, i - 2)?.t === W.day ? i - 2 : i - 1;
      this.push(first, i, [single(pub + 2 * DAY)]);
      return true;
    }
    if (rd === -1 && (at(tokens, i - 1)?.t === W.first || tokens[i + 1]?.t === W.theFirst)) {
      this.push(at(tokens, i - 1)?.t === W.first ? i - 1 : first, at(tokens, i - 1)?.t === W.first ? i : i + 1, [single(pub - 2 * DAY)]);
      return true;
    }
    if (t.t === 'yesterday' && at(tokens, i - 1)?.t === 'before' && at(tokens, i - 2)?.t === 'day') {
      this.push(at(tokens, i - 3)?.t === 'the' ? i - 3 : i - 2, i, [single(pub - 2 * DAY)]);
      return true;
    }
    this.push(first, i, [single(pub + rd * DAY)]);
    return true;
  }

  /** The weekend, "this morning", "last night", "الليلة الماضية". True when the words at i were read. */
  otherDay(i: number): boolean {
    const { tokens, pub } = this;
    const t = tokens[i];
    if (t.t === 'weekend' || (t.t === W.holiday && tokens[i + 1]?.t === W.end && tokens[i + 2]?.t === W.theWeek)) {
      // The most recent Saturday and Sunday (on a Saturday: this one and the next day); "this weekend" said on a
      // weekday is the coming one ("could make landfall this weekend").
      const dow = weekdayOfCached();
      const coming = at(tokens, i - 1)?.t === 'this' && dow >= 1 && dow <= 5;
      const saturday = coming ? pub + (6 - dow) * DAY : pub - ((dow + 1) % 7) * DAY;
      let first = i;
      if (at(tokens, first - 1)?.t === 'the') first--;
      if (WEEKEND_CUES.has(at(tokens, first - 1)?.t ?? '')) first--;
      this.push(first, t.t === 'weekend' ? i : i + 2, [range(saturday, saturday + DAY)]);
      return true;
    }
    if (t.t === 'this' && PARTS_OF_THIS_DAY.has(tokens[i + 1]?.t ?? '')) {
      this.push(i, i + 1, [single(pub)]);
      return true;
    }
    if (t.t === 'last' && tokens[i + 1]?.t === 'night') {
      this.push(i, i + 1, [single(pub - DAY)]);
      return true;
    }
    if ((t.t === W.theNight || t.t === W.night) && tokens[i + 1] && PAST.contains(tokens[i + 1])) {
      this.push(i, i + 1, [single(pub - DAY)]);
      return true;
    }
    return false;
  }

  /** 7. Relative periods: العام الماضي, last year('s), this year, last month, الشهر الماضي, الأسبوع الماضي. True when read. */
  period(i: number): boolean {
    const { tokens, pub, pubYear } = this;
    const t = tokens[i];
    const unit = i + 1 < tokens.length && EN_PERIOD.has(tokens[i + 1].t) && EN_PERIOD_REL.has(t.t)
      ? { u: withoutPossessive(tokens[i + 1].t), rel: t.t === 'this' ? 0 : t.t === 'next' ? 1 : -1, first: i, last: i + 1 }
      : arabicPeriod(tokens, i);
    if (!unit) return false;
    // "over the past week", "in the past year": a duration up to publication, no date (unlike "last week").
    if (t.t === 'past') {
      this.used[i] = this.used[i + 1] = this.stamp;
      return true;
    }
    const { u, rel } = unit;
    // "مطلع الشهر الجاري", "early this month", "the end of last month", "early last year": part of that month or year.
    const part = this.partBefore(unit.first);
    if (u === 'year') {
      const y = pubYear + rel;
      if (part) this.push(part.first, unit.last, [yearPart(y, part.p)]);
      else this.push(unit.first, unit.last, [range(ymd(y, 1, 1), ymd(y, 12, 31))]);
    } else if (u === 'month') {
      const pm = new Date(pub).getUTCMonth() + 1 + rel;
      const y = pubYear + Math.floor((pm - 1) / 12);
      const m = ((pm - 1) % 12 + 12) % 12 + 1;
      if (part) this.push(part.first, unit.last, [monthPart(y, m, part.p)]);
      else this.push(unit.first, unit.last, [range(ymd(y, m, 1), ymd(y, m, lastDay(y, m)))]);
    } else {
      const monday = this.mondayOf(rel);
      this.push(unit.first, unit.last, [range(monday, monday + 6 * DAY)]);
    }
    return true;
  }

  /** 8a. Part of a year: "early 2020", "أواخر عام 2019", "منتصف العام الماضي". */
  partOfYear(i: number) {
    const { tokens, pubYear } = this;
    const t = tokens[i];
    const yp = partAt(t);
    if (!yp) return;
    let j = i + 1;
    if (tokens[j]?.t === 'of' || tokens[j]?.t === 'the') j++;
    if (tokens[j] && YEAR_AR.has(tokens[j].t)) j++;
    const y = yearAt(tokens[j]);
    const rel = !y && lookup(AR_UNIT, tokens[j] ?? t) === 'year' && tokens[j + 1] ? (PAST.contains(tokens[j + 1]) ? -1 : THIS.contains(tokens[j + 1]) ? 0 : undefined) : undefined;
    if (y) {
      this.push(i, j, [yearPart(y, yp)]);
      return;
    }
    if (rel !== undefined) this.push(i, j + 1, [yearPart(pubYear + rel, yp)]);
  }

  /** 8. A year with a cue: "in 2012", "عام 2019", "العام 2019". */
  year(i: number) {
    const { tokens } = this;
    const yr = yearAt(tokens[i]);
    // "خلال عامي 2022 و2023": two years named with the dual, one range.
    if (yr && at(tokens, i - 1) && YEARS_DUAL.contains(tokens[i - 1]) && tokens[i + 1]?.t === 'و' && yearAt(tokens[i + 2]) && yearAt(tokens[i + 2])! > yr) {
      this.push(i - 1, i + 2, [range(ymd(yr, 1, 1), ymd(yearAt(tokens[i + 2])!, 12, 31))]);
      return;
    }
    // "في 2023،": after "في" only a year that ends its phrase ("في 2000 منزل" is a count).
    if (!yr || !at(tokens, i - 1)) return;
    const cue = arabicForms(tokens[i - 1].t).at(-1) ?? '';
    const closes = !tokens[i + 1] || (tokens[i + 1].kind === 'punct' && tokens[i + 1].t !== '%');
    if ((YEAR_CUES.has(cue) || (cue === IN_AR && closes))) this.push(i - 1, i, [range(ymd(yr, 1, 1), ymd(yr, 12, 31))]);
  }

  /**
   * A wire dateline's day and month: "كينشاسا - 30 - 10 (كونا) --", a place, then "- D - M" and the agency in
   * parentheses, at the start of the sentence.
   */
  datelineDate(i: number): { last: number; value: DateValue } | undefined {
    const { tokens } = this;
    if (i < 1 || i > 4 || tokens[i - 1].kind !== 'word' || tokens[i + 2]?.t !== '(') return undefined;
    const d = dayNumber(tokens[i]);
    const m = dayNumber(tokens[i + 1]);
    if (!d || !m || m > 12 || !this.dashBetween(i - 1) || !this.dashBetween(i)) return undefined;
    const y = this.yearFor(m, d);
    return d <= lastDay(y, m) ? { last: i + 1, value: single(ymd(y, m, d)) } : undefined;
  }
  /** Only a dash and spaces stand between token k and the next. */
  dashBetween(k: number): boolean {
    return this.norm.slice(this.tokens[k].e, this.tokens[k + 1].s).trim() === '-';
  }

  /** "25 منه", "25 من الشهر نفسه", "the 25th of the same month": the month of the date before, in this sentence. */
  sameMonthAt(k: number): { m: number; year: number; last: number } | undefined {
    const { tokens, hits } = this;
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
  sameWeekdayAfterComma(k: number, rd: number): boolean {
    const { tokens } = this;
    if (tokens[k + 1]?.t !== ',' && tokens[k + 1]?.t !== '،') return false;
    const wd = weekdayAt(tokens, k + 2);
    return wd !== undefined && new Date(this.pub + rd * DAY).getUTCDay() === wd;
  }

  /** A relative day at token k: "اليوم", "أمس", "tomorrow"; "غد" after "يوم"/"بعد" or before a weekday ("يوم غد الأربعاء"). */
  relativeDayAt(k: number): number | undefined {
    const { tokens } = this;
    const tk = tokens[k];
    const rd = relativeDay(tk);
    if (rd !== undefined || tk.t !== W.tomorrow) return rd;
    return at(tokens, k - 1)?.t === W.day || at(tokens, k - 1)?.t === W.after || weekdayAt(tokens, k + 1) !== undefined ? 1 : undefined;
  }

  /** "اليوم" at token i is the noun "the day", or part of a name, not today. */
  dayAsNoun(i: number): boolean {
    const { tokens } = this;
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
  futureUntil(first: number): boolean {
    const { tokens } = this;
    let k = first;
    // (at: k may be -1 here, and a read at a negative index made this load generic: see at.ts.)
    if (!FORWARD.has(at(tokens, k)?.t ?? '')) k--;
    if (!FORWARD.has(at(tokens, k)?.t ?? '')) return false;
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
  mayIsMonth(i: number): boolean {
    const { tokens } = this;
    const prev = at(tokens, i - 1);
    return !!this.partBefore(i) || !!yearAt(tokens[i + 1]) || (!!prev && MAY_CUE.has(prev.t));
  }

  /** A part of a period right before token i: "مطلع", "early", "the end of", "in the middle of". */
  partBefore(i: number): { p: Part; first: number } | undefined {
    const { tokens } = this;
    const prev = at(tokens, i - 1);
    const p = partAt(prev);
    if (p) return { p, first: at(tokens, i - 2)?.t === 'the' ? i - 2 : i - 1 };
    if (prev?.t !== 'of') return undefined;
    const p2 = partAt(at(tokens, i - 2));
    return p2 ? { p: p2, first: at(tokens, i - 3)?.t === 'the' ? i - 3 : i - 2 } : undefined;
  }

  /** The first of up to two time-of-day words right before token i ("مساء", "فجر", "صباح يوم"), or i. */
  timeOfDayBefore(i: number): number {
    const { tokens } = this;
    let first = i;
    while (first > 0 && TIME_OF_DAY.contains(tokens[first - 1]) && i - first < 2) first--;
    return first;
  }

  /** A week named at token k, after a weekday: "last week", "of next week", "this week", "من الأسبوع الماضي". */
  weekAt(k: number): { rel: number; last: number } | undefined {
    const { tokens } = this;
    if (tokens[k]?.t === 'of' || tokens[k]?.t === W.of) k++;
    const t = tokens[k];
    if (!t || k + 1 >= tokens.length) return undefined;
    if (EN_WEEK_REL.has(t.t) && tokens[k + 1].t === 'week') return { rel: t.t === 'this' ? 0 : t.t === 'next' ? 1 : -1, last: k + 1 };
    const unit = arabicPeriod(tokens, k);
    return unit && unit.u === 'week' ? { rel: unit.rel, last: unit.last } : undefined;
  }

  /** The Monday of the publication's week (rel 0), of the week before (-1) or after (1): weeks start on Monday. */
  mondayOf(rel: number): number {
    return this.pub - ((weekdayOfCached() + 6) % 7) * DAY + rel * 7 * DAY;
  }

  /** A weekday right before an explicit date names the same day: one claim ("الإثنين 10 فبراير"). */
  absorbWeekday(first: number) {
    const { tokens, hits } = this;
    const hit = hits[hits.length - 1];
    for (let k = first - 1; k >= Math.max(0, first - 5); k--) {
      const tk = tokens[k];
      const day = weekdayAt(tokens, k) !== undefined || relativeDay(tk) !== undefined;
      if (day || TIME_OF_DAY.contains(tk) || BESIDE_WEEKDAY.has(tk.t)) {
        if (day) hit.s = tk.s;
        this.used[k] = this.stamp;
      } else if (tk.kind !== 'punct') break;
    }
    // The weekday (or "today") was read first as a date of its own: it is part of this one now.
    for (let h = hits.length - 2; h >= 0 && hits[h].e > hit.s; h--) {
      hit.s = Math.min(hit.s, hits[h].s);
      hits.splice(h, 1);
    }
  }
}
const SCAN = new DateScan();

/** The day and month at tokens [a, b] name something ("قوى 14 آذار"): out of DateScan.push, for the few dates that may. */
function namesSomething(tokens: Token[], a: number, b: number): boolean {
  return NAME_BEFORE.has(at(tokens, a - 1)?.t ?? '') || NAME_AFTER.has(tokens[b + 1]?.t ?? '');
}

/** Every day is one of the month's, and a range runs forward: "31 February" and "between 20 and 10 March" name no day. */
function daysExist(y: number, m: number, days: number[], joiner?: 'alt' | 'range'): boolean {
  const end = lastDay(y, m);
  for (let k = 0; k < days.length; k++) if (days[k] < 1 || days[k] > end) return false;
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
  // (Character tests, not /^[وف]س[يتن]/ and /^س[يتن]/: asked of every word of a clause before "until".)
  const c0 = w.charCodeAt(0);
  const v = (c0 === 0x648 || c0 === 0x641) && w.charCodeAt(1) === 0x633 && isYaTaNun(w.charCodeAt(2)) ? w.slice(1) : w;
  return v.length >= 5 && v.charCodeAt(0) === 0x633 && isYaTaNun(v.charCodeAt(1)) && !NOT_FUTURE_VERB.has(v);
};
/** ي, ت or ن. */
const isYaTaNun = (c: number) => c === 0x64a || c === 0x62a || c === 0x646;
/** The word starts with an Arabic letter, ء to ي (as /^[ء-ي]/). */
const arabicFirst = (w: string) => {
  const c = w.charCodeAt(0);
  return c >= 0x621 && c <= 0x64a;
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

/** "year's" -> "year" (as .replace(/'s$/, ''), without the expression). */
const withoutPossessive = (w: string) => (w.endsWith("'s") ? w.slice(0, -2) : w);
/** "last year('s)", "this month", "next week". */
const EN_PERIOD = new Set(['year', "year's", 'month', "month's", 'week', "week's"]);
const EN_PERIOD_REL = new Set(['last', 'this', 'next', 'past']);
const EN_WEEK_REL = new Set(['last', 'this', 'next']);

const RANGE_FROM = wordSet(['between', 'from', 'بين', 'من']);
const RANGE_TO = wordSet(['and', 'to', 'until', 'through', 'و', 'إلى', 'الى', 'حتى', 'لغاية']);
/** "إلى غاية": until. */
const UNTIL_END = normalizeWord('غاية');

/** "between March 1 and March 15", "من 3 إلى 9 آذار": two single days joined this way are one range. */
function betweenRanges(tokens: Token[], hits: DateHit[]): DateHit[] {
  const out: DateHit[] = [];
  for (let j = 0; j < hits.length; j++) {
    const h = hits[j];
    const prev = at(out, out.length - 1);
    if (prev && prev.values.length === 1 && h.values.length === 1) {
      // The tokens between the two, and the last one before the first (loops, not filtered arrays: no allocation).
      let between = 0;
      let first: Token | undefined;
      let second: Token | undefined;
      let before: Token | undefined;
      for (let k = 0; k < tokens.length; k++) {
        const t = tokens[k];
        if (t.s >= prev.e && t.e <= h.s) {
          if (between === 0) first = t;
          else if (between === 1) second = t;
          between++;
        }
        if (t.e <= prev.s) before = t;
      }
      // "from ... to ...", "من ... إلى غاية ...", "من ... لغاية ...".
      const joined = (between === 1 && RANGE_TO.contains(first!)) || (between === 2 && RANGE_TO.contains(first!) && second!.t === UNTIL_END);
      if (joined && before && RANGE_FROM.contains(before) && prev.values[0].from <= h.values[0].to) {
        out[out.length - 1] = { s: before.s, e: h.e, values: [{ from: prev.values[0].from, to: h.values[0].to }] };
        continue;
      }
    }
    out.push(h);
  }
  return out;
}
