/**
 * Date constructions seen missed on articles the extractor was not written from (issue 10e), one table per
 * family, in both languages where the construction exists in both: sentences written for this test, and the
 * values of each date found in order ('from..to' for a range); [] where there is no date.
 */
import { describe, expect, it } from 'vitest';
import { dates, values } from '../support/extract.ts';

// PUB = 2024-03-02, a Saturday.
type Row = [string, string[][]];
const check = (lang: 'ar' | 'en') => (text: string, expected: string[][]) => {
  // Act
  const found = values(dates(text, lang));
  // Assert
  expect(found).toEqual(expected);
};

describe('a part of a month or a year named relatively: "مطلع الشهر الجاري", "early this month", "the end of last month"', () => {
  it.each<Row>([
    ['وأطلقت البلدية الحملة مطلع الشهر الجاري.', [['2024-03-01..2024-03-10']]],
    ['وانتهت مهلة التسجيل نهاية الشهر الماضي.', [['2024-02-21..2024-02-29']]],
    ['وتكتمل الأشغال أواخر الشهر المقبل.', [['2024-04-21..2024-04-30']]],
    ['وارتفعت الأسعار الشهر الماضي.', [['2024-02-01..2024-02-29']]],
  ])('ar: %s', check('ar'));
  it.each<Row>([
    ['The council opened the shelter early this month.', [['2024-03-01..2024-03-10']]],
    ['The levee failed at the end of last month.', [['2024-02-21..2024-02-29']]],
    ['Exports slowed in the middle of last year.', [['2023-05-01..2023-08-31']]],
    ['The outbreak began early last year.', [['2023-01-01..2023-04-30']]],
    ['Prices rose last month.', [['2024-02-01..2024-02-29']]],
  ])('en: %s', check('en'));
});

describe('a day and month with a year named relatively: "December 24 last year", "5 آذار من العام الماضي"', () => {
  it.each<Row>([
    ['وغرق المركب في 9 آب من العام الماضي.', [['2023-08-09']]],
    ['وافتتح الجسر في 11 شباط من العام الجاري.', [['2024-02-11']]],
    ['وزار الوزير المدينة في 15 أوت الماضي.', [['2023-08-15']]],
  ])('ar: %s', check('ar'));
  it.each<Row>([
    ['A ferry capsized on August 9 last year and another on February 11 this year.', [['2023-08-09'], ['2024-02-11']]],
    ['The bridge was closed on 9 August last year.', [['2023-08-09']]],
    ['The plant will reopen on 3 May next year.', [['2025-05-03']]],
  ])('en: %s', check('en'));
});

describe('"May" the month after a part or a preposition of time, not the verb', () => {
  it.each<Row>([
    ['Three guards were killed in a riot in early May this year.', [['2024-05-01..2024-05-10']]],
    ['The prison had flooded in May.', [['2024-05-01..2024-05-31']]],
    ['The talks collapsed at the end of May 2023.', [['2023-05-21..2023-05-31']]],
    ['Officials may review the figures.', []],
    ['Residents may last year have been warned.', [['2023-01-01..2023-12-31']]],
  ])('en: %s', check('en'));
});

describe('the Maghrebi first of a month: "الفاتح من جوان", "فاتح ماي"', () => {
  it.each<Row>([
    ['وانطلقت حملة مكافحة الحرائق في الفاتح من جوان الماضي.', [['2023-06-01']]],
    ['ويدخل القرار حيز التنفيذ فاتح ماي المقبل.', [['2024-05-01']]],
    ['وقال محمد الفاتح إن الطريق مغلق.', []],
    ['وشارك في ذكرى ثورة الفاتح من سبتمبر.', []],
  ])('ar: %s', check('ar'));
});

describe('holidays on a fixed day; a holiday that names a period is no day', () => {
  it.each<Row>([
    ['Two people were shot at a Fourth of July barbecue.', [['2023-07-04']]],
    ['The fireworks were cancelled on July Fourth.', [['2023-07-04']]],
    ['Temperatures hit 44 degrees on Australia Day.', [['2024-01-26']]],
    ['The clinic closed on Boxing Day.', [['2023-12-26']]],
    ['Crowds gathered on Bastille Day.', [['2023-07-14']]],
    ['Roads were jammed over the Australia Day long weekend.', []],
    ['Traffic doubled during the Christmas holidays.', []],
  ])('en: %s', check('en'));
  it.each<Row>([
    ['وخرج آلاف العمال في مسيرات عيد العمال.', [['2024-05-01']]],
    ['واحتفل السكان بعيد الأم.', [['2024-03-21']]],
  ])('ar: %s', check('ar'));
});
