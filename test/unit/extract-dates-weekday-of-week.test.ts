/**
 * A weekday with a week after it ("Monday last week", "Thursday of next week", "الأحد من الأسبوع الماضي") is that
 * weekday of that week (weeks start on Monday, as "last week" does): one date, not the nearest such weekday plus the
 * week as a second date. Sentences written for this test; every publication day below is a Sunday (2023-09-17), so
 * the nearest Monday (2023-09-11) and last week's (2023-09-04) differ.
 */
import { describe, expect, it } from 'vitest';
import { dates, values } from '../support/extract.ts';

const SUNDAY = '2023-09-17';

describe('a weekday of a named week', () => {
  it.each([
    ['en', 'The council said in a statement released Monday last week that 8 residents had died.', 'Monday last week', '2023-09-04'],
    ['en', 'Rescuers recovered 3 bodies on Wednesday of last week.', 'on Wednesday of last week', '2023-09-06'],
    ['en', 'The hearing for the 14 detained protesters is set for Thursday next week.', 'Thursday next week', '2023-09-21'],
    ['en', 'Two fishermen drowned on Friday this week, the coast guard said.', 'on Friday this week', '2023-09-15'],
    ['ar', 'وأفاد الدفاع المدني بأن الحريق اندلع يوم الثلاثاء من الأسبوع الماضي وأودى بحياة 5 أشخاص.', 'يوم الثلاثاء من الأسبوع الماضي', '2023-09-05'],
    ['ar', 'واعتقلت الشرطة 6 مشتبه بهم الخميس الأسبوع الماضي.', 'الخميس الأسبوع الماضي', '2023-09-07'],
  ] as const)('%s: %s', (lang, text, span, day) => {
    const hits = dates(text, lang, SUNDAY);
    expect(hits.map((h) => h.text)).toEqual([span]);
    expect(values(hits)).toEqual([[day]]);
  });

  it.each([
    ['en', 'The ministry said last Monday that 12 people were killed.', '2023-09-11'],
    ['en', 'Police said on Monday that 5 people were arrested.', '2023-09-11'],
    ['ar', 'وقع الهجوم الخميس الماضي وقتل فيه 4 جنود.', '2023-09-14'],
  ] as const)('without a week, the nearest weekday as before: %s: %s', (lang, text, day) => {
    expect(values(dates(text, lang, SUNDAY))).toEqual([[day]]);
  });
});
