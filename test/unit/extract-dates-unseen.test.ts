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
    // The latest May on or before publication: the next one is more than six weeks ahead.
    ['The prison had flooded in May.', [['2023-05-01..2023-05-31']]],
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
    ['وخرج آلاف العمال في مسيرات عيد العمال.', [['2023-05-01']]],
    ['واحتفل السكان بعيد الأم.', [['2024-03-21']]],
  ])('ar: %s', check('ar'));
});

describe('tomorrow in Arabic: "يوم غد الأربعاء", "غدا الأحد", "بعد غد"', () => {
  it.each<Row>([
    ['ويبدأ الحداد الوطني ابتداء من يوم غد الأحد.', [['2024-03-03']]],
    ['وتستأنف الدراسة غدا الأحد في المدارس.', [['2024-03-03']]],
    ['ويصل المبعوث إلى العاصمة بعد غد.', [['2024-03-04']]],
    ['ويأمل السكان في غد أفضل.', []],
  ])('ar: %s', check('ar'));
  it.each<Row>([
    ['Mourning begins tomorrow, Sunday, across the country.', [['2024-03-03']]],
  ])('en: %s', check('en'));
});

describe('a weekday that is coming: "until Saturday" and "for Wednesday" in a clause about the future', () => {
  // Published on Thursday 2024-02-29.
  const onThursday = (lang: 'ar' | 'en') => (text: string, expected: string[][]) => {
    // Act
    const found = values(dates(text, lang, '2024-02-29'));
    // Assert
    expect(found).toEqual(expected);
  };
  it.each<Row>([
    ['Trains would remain suspended until Saturday while the bridge is inspected.', [['2024-03-02']]],
    ['Forecasters expected a cool change for Sunday.', [['2024-03-03']]],
    ['Schools will stay closed until Monday.', [['2024-03-04']]],
    ['The road remained closed until Tuesday.', [['2024-02-27']]],
    ['Rain fell for Tuesday and Wednesday.', [['2024-02-27'], ['2024-02-28']]],
    ['Mourning began yesterday, Monday, across the country.', [['2024-02-28'], ['2024-02-26']]],
    ['Officials said on Monday that aid would arrive.', [['2024-02-26']]],
  ])('en: %s', onThursday('en'));
  it.each<Row>([
    ['وتبقى المدارس مغلقة حتى السبت المقبل.', [['2024-03-02']]],
  ])('ar: %s', onThursday('ar'));
});

describe('"اليوم" as the noun "the day" or in a name is not today', () => {
  it.each<Row>([
    ['وتوفي المصاب في اليوم التالي متأثرا بجروحه.', []],
    ['وقتل شخصان في اليوم نفسه في حادث آخر.', []],
    ['وتزامن الهجوم مع اليوم العالمي للمرأة.', []],
    ['وقد تتجاوز الأمطار 60 ملم في اليوم.', []],
    ['وتغسل الممرضة يديها عشر مرات في اليوم.', []],
    ['وقال مسؤول لـ«الشروق اليوم» إن البحث مستمر.', []],
    ['وقال مسؤول لقناة تونس اليوم إن البحث مستمر.', []],
    ['وقال الوزير: "سنبدأ اليوم" في توزيع المساعدات.', [['2024-03-02']]],
    ['وقتل ثلاثة أشخاص فجر اليوم في قصف.', [['2024-03-02']]],
    ['وتوقف العمل في اليوم الثالث من الإضراب.', []],
  ])('ar: %s', check('ar'));
});

describe('a weekday in a place name: "سوق الخميس", "سوق الأربعاء"', () => {
  it.each<Row>([
    ['وتوفي عامل بالمركز الصحي لجماعة سوق الأربعاء الغرب.', []],
    ['وانهار منزل في سوق الخميس بعد الأمطار.', []],
    ['وأغلقت السوق الخميس بعد الأمطار.', [['2024-02-29']]],
  ])('ar: %s', check('ar'));
});

describe('a wire dateline "CITY - D - M (AGENCY)"', () => {
  it.each<Row>([
    ['نيروبي - 14 - 2 (كونا) -- غرق قارب في بحيرة فيكتوريا.', [['2024-02-14']]],
    ['الخرطوم - 28 - 2 (أ ف ب) - قتل ثلاثة أشخاص في قصف.', [['2024-02-28']]],
    ['وقتل 3 - 5 أشخاص (بحسب الشرطة) في الاشتباكات.', []],
  ])('ar: %s', check('ar'));
});

describe('a year after "في" that ends its phrase: "في 2023،"', () => {
  it.each<Row>([
    ['وكانت الوزارة قد أعلنت، في 2021، عن خطة لتجديد الطرق.', [['2021-01-01..2021-12-31']]],
    ['وتضرر السد في 2019.', [['2019-01-01..2019-12-31']]],
    ['وتضررت الجدران في 2000 منزل.', []],
  ])('ar: %s', check('ar'));
});

describe('a range "من ... إلى غاية ..." and a day of the same month ("25 منه", "of the same month")', () => {
  it.each<Row>([
    ['وتمتد موجة الحر من الأحد 18 فبراير إلى غاية الخميس 22 منه.', [['2024-02-18..2024-02-22']]],
    ['ويستمر المعرض من 3 آذار لغاية 9 منه.', [['2024-03-03..2024-03-09']]],
    ['وقع الانفجار الأول في 3 شباط والثاني في 9 من الشهر نفسه.', [['2024-02-03'], ['2024-02-09']]],
    ['وقال إن 25 منه قتلوا في القصف.', []],
  ])('ar: %s', check('ar'));
  it.each<Row>([
    ['The first blast was on February 3 and the second on the 9th of the same month.', [['2024-02-03'], ['2024-02-09']]],
  ])('en: %s', check('en'));
});

describe('"the past week" is a duration; "this weekend" said on a weekday is the coming one; "until" with an infinitive', () => {
  // Published on Thursday 2024-02-29.
  const onThursday = (text: string, expected: string[][]) => {
    // Act
    const found = values(dates(text, 'en', '2024-02-29'));
    // Assert
    expect(found).toEqual(expected);
  };
  it.each<Row>([
    ['Troops detained dozens of suspects over the past week.', []],
    ['Prices have doubled in the past year.', []],
    ['Prices rose last week.', [['2024-02-19..2024-02-25']]],
    ['The cyclone could make landfall this weekend.', [['2024-03-02..2024-03-03']]],
    ['Two people drowned over the weekend.', [['2024-02-24..2024-02-25']]],
    ['Schools have been told to keep classes online until Monday.', [['2024-03-04']]],
    ['Roads are closed until Saturday.', [['2024-03-02']]],
    ['The road remained closed until Tuesday.', [['2024-02-27']]],
  ])('en: %s', onThursday);
});

describe('two years named with the dual ("خلال عامي 2022 و2023"), and "وقبل يومين"', () => {
  it.each<Row>([
    ['وسجلت خلال عامي 2022 و2023 زيادة في الحوادث.', [['2022-01-01..2023-12-31']]],
    ['وبين عامي 2019 و2021 تضاعفت الأرقام.', [['2019-01-01..2021-12-31']]],
    ['وفي عام 2022 تضاعفت الأرقام.', [['2022-01-01..2022-12-31']]],
    ['وقبل يومين قتل 3 أشخاص في حادث مماثل.', [['2024-02-29']]],
    ['وقبل ساعات أعلن الجيش انتهاء العملية.', []],
  ])('ar: %s', check('ar'));
});

describe('a coming weekday after "through"/"by" in English and after "حتى"/"إلى غاية" with a future in Arabic', () => {
  // Published on Wednesday 2024-03-06.
  const onWednesday = (lang: 'ar' | 'en') => (text: string, expected: string[][]) => {
    // Act
    const found = values(dates(text, lang, '2024-03-06'));
    // Assert
    expect(found).toEqual(expected);
  };
  it.each<Row>([
    ['Rain is expected to continue through Friday.', [['2024-03-08']]],
    ['The repairs will be finished by Friday.', [['2024-03-08']]],
    ['Forty bodies had been recovered by Monday night.', [['2024-03-04']]],
    ['Rain fell through Monday.', [['2024-03-04']]],
  ])('en: %s', onWednesday('en'));
  it.each<Row>([
    ['وستبقى المدارس مغلقة حتى الخميس.', [['2024-03-07']]],
    ['ومن المقرر أن تستمر الحملة حتى السبت.', [['2024-03-09']]],
    ['وسيستمر الحداد إلى غاية الأحد.', [['2024-03-10']]],
    ['وبقيت المدارس مغلقة حتى الاثنين.', [['2024-03-04']]],
    ['وانتشرت السيول حتى الثلاثاء.', [['2024-03-05']]],
    ['وستة أشخاص بقوا في المستشفى حتى الخميس.', [['2024-02-29']]],
  ])('ar: %s', onWednesday('ar'));
});
