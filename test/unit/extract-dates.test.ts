import { describe, expect, it } from 'vitest';
import { dates, values } from '../support/extract.ts';

// PUB = 2024-03-02, a Saturday.
describe('dates in Arabic', () => {
  it.each([
    ['قصفت الطائرات البلدة مساء الخميس.', [['2024-02-29']]],
    ['وصل الوفد صباح الجمعة إلى أنقرة.', [['2024-03-01']]],
    ['عقد الاجتماع يوم السبت.', [['2024-03-02']]],
    ['وقع الانفجار الثلاثاء الماضي.', [['2024-02-27']]],
    ['سيصل الوزير الأحد المقبل.', [['2024-03-03']]],
    ['أعلنت الوزارة أمس عن الحصيلة.', [['2024-03-01']]],
    ['قال المتحدث اليوم إن البحث مستمر.', [['2024-03-02']]],
    ['سيعقد اللقاء يومي 8 أو 9 نيسان.', [['2024-04-08', '2024-04-09']]],
    ['انتهت المهلة نهاية شباط.', [['2024-02-21..2024-02-29']]],
    ['تبدأ الحملة مطلع آذار.', [['2024-03-01..2024-03-10']]],
    ['وقعت الحادثة منتصف كانون الثاني.', [['2024-01-11..2024-01-20']]],
    ['وصلت القافلة في 12 جانفي 2024.', [['2024-01-12']]],
    ['نشر التقرير في 3 أفريل.', [['2024-04-03']]],
    ['بدأت المعارك في 20 جويلية 2023.', [['2023-07-20']]],
    ['زار الرئيس المدينة في 15 أوت الماضي.', [['2023-08-15']]],
    ['تضاعفت الأعداد خلال العام الماضي.', [['2023-01-01..2023-12-31']]],
    ['أعلنت الوزارة اليوم الجمعة (1 مارس 2024) النتائج.', [['2024-03-01']]],
    ['ارتفعت الأسعار خلال شهر تشرين الأول.', [['2023-10-01..2023-10-31']]],
    ['وقع الهجوم في 12 من الشهر الجاري.', [['2024-03-12']]],
    ['وقع الهجوم في 20 من الشهر الماضي.', [['2024-02-20']]],
    ['عقد الاجتماع في الخامس من آذار.', [['2024-03-05']]],
    ['بدأ الإضراب في الحادي والعشرين من شباط.', [['2024-02-21']]],
    ['صدر القرار يوم 3 أيار/مايو 2023.', [['2023-05-03']]],
    ['تراجعت الأسعار في أواخر عام 2023.', [['2023-09-01..2023-12-31']]],
    ['وقع الحادث صباح يوم الإثنين 12 شباط/فبراير.', [['2024-02-12']]],
    ['واعتقل 60 شخصاً بين الأول والخامس عشر من آذار.', [['2024-03-01..2024-03-15']]],
    ['نزح السكان منذ الثامن من تشرين الأول.', [['2023-10-08']]],
  ])('%s', (text, expected) => {
    expect(values(dates(text, 'ar'))).toEqual(expected);
  });

  it.each([
    'استمرت المعارك 72 ساعة.',
    'تصاعد القصف خلال الأيام الماضية.',
    'قتل 33 جنديا في الهجوم.',
    'مارس الوفد ضغوطا كبيرة على الحكومة.',
    'تأجل الاجتماع لمدة أسبوعين.',
  ])('no date in: %s', (text) => {
    expect(dates(text, 'ar')).toEqual([]);
  });

  it('keeps offsets on the original text, time of day included', () => {
    const text = 'وقع القصف مساءَ الخميس الماضي.';
    const [d] = dates(text, 'ar');
    expect(d.text).toBe('مساءَ الخميس الماضي');
    expect(text.slice(d.start, d.end)).toBe(d.text);
  });
});

describe('dates in English', () => {
  it.each([
    ['Shelling resumed on Thursday evening.', [['2024-02-29']]],
    ["Monday's attack was the deadliest.", [['2024-02-26']]],
    ['The talks will be held on 5 or 6 March.', [['2024-03-05', '2024-03-06']]],
    ['The talks will be held on March 5 or 6.', [['2024-03-05', '2024-03-06']]],
    ['The deadline expired at the end of February.', [['2024-02-21..2024-02-29']]],
    ['Elections are planned for mid-April.', [['2024-04-11..2024-04-20']]],
    ['The mudslide last year destroyed the village.', [['2023-01-01..2023-12-31']]],
    ['Officials said yesterday that the road was closed.', [['2024-03-01']]],
    ['The ministry said on Feb. 27 that talks had failed.', [['2024-02-27']]],
    ['The strike happened on 2024-02-14, officials said.', [['2024-02-14']]],
    ['The protests began in January.', [['2024-01-01..2024-01-31']]],
    ['The flood of July 23, 2013 killed dozens.', [['2013-07-23']]],
    ['The army will withdraw next Tuesday.', [['2024-03-05']]],
    ['The meeting was held on the 3rd of March.', [['2024-03-03']]],
    ['The war began in early 2020.', [['2020-01-01..2020-04-30']]],
    ['Prices fell in late 2023.', [['2023-09-01..2023-12-31']]],
    ['It happened on the 9th of this month.', [['2024-03-09']]],
    ['The accident happened on Monday morning, February 12.', [['2024-02-12']]],
    ['People have been displaced since Oct. 8.', [['2023-10-08']]],
    ['Between March 1 and March 15, 60 people were arrested.', [['2024-03-01..2024-03-15']]],
  ])('%s', (text, expected) => {
    expect(values(dates(text, 'en'))).toEqual(expected);
  });

  it.each([
    'The ceasefire lasted 72 hours.',
    'Fighting has raged for the past few weeks.',
    'He may resign at 5 pm.',
    'Troops march toward the border.',
  ])('no date in: %s', (text) => {
    expect(dates(text, 'en')).toEqual([]);
  });
});

// PUB = 2024-03-02, a Saturday.
describe('date constructions: relative days, numeric forms, nights, holidays, names', () => {
  it.each([
    ['وصلت التعزيزات فجر اليوم إلى الحدود.', 'ar', [['2024-03-02']]],
    ['عقدت اللجنة اجتماعها اليوم السبت في الوزارة.', 'ar', [['2024-03-02']]],
    ['وصل الوفد أمس الجمعة إلى المطار.', 'ar', [['2024-03-01']]],
    ['غادرت السفينة الميناء أمس الأول.', 'ar', [['2024-02-29']]],
    ['انهار الجسر قبل يومين.', 'ar', [['2024-02-29']]],
    ['انقطعت الكهرباء قبل ثلاثة أيام.', 'ar', [['2024-02-28']]],
    ['سقطت الأمطار ليل الخميس الجمعة.', 'ar', [['2024-02-29..2024-03-01']]],
    ['نشر القرار بتاريخ 14/02/2024 في الجريدة.', 'ar', [['2024-02-14']]],
    ['صدر البيان بتاريخ ١٤/٢/٢٠٢٤.', 'ar', [['2024-02-14']]],
    ['وقع الاتفاق في 7 شباط/فبراير 2024.', 'ar', [['2024-02-07']]],
    ['بدأت المواجهات منذ 4 فبراير/شباط الماضي.', 'ar', [['2024-02-04']]],
    ['جرت الانتخابات يوم الجمعة 1 آذار/مارس.', 'ar', [['2024-03-01']]],
    ['The bridge collapsed the day before yesterday.', 'en', [['2024-02-29']]],
    ['The levee gave way three days ago.', 'en', [['2024-02-28']]],
    ['Gunfire was heard overnight Thursday into Friday.', 'en', [['2024-02-29..2024-03-01']]],
    ['The roads were closed on February 20-22.', 'en', [['2024-02-20..2024-02-22']]],
    ['The ruling was dated 21.02.2024.', 'en', [['2024-02-21']]],
    ['A market fire broke out on Christmas Eve.', 'en', [['2023-12-24']]],
    ['The dispute goes back to November.', 'en', [['2023-11-01..2023-11-30']]],
  ])('%s', (text, lang, expected) => {
    expect(values(dates(text, lang as 'ar' | 'en'))).toEqual(expected);
  });

  it('takes the last weekend before a Monday', () => {
    expect(values(dates('Storms battered the coast over the weekend.', 'en', '2024-03-04'))).toEqual([['2024-03-02..2024-03-03']]);
  });

  it.each([
    ['نقل الجريح إلى أحد المستشفيات القريبة.', 'ar'],
    ['وقال واحد من الشهود إن الدخان غطى الحي.', 'ar'],
    ['ودخل اللاعبون الأحد عشر أرض الملعب.', 'ar'],
    ['وأصيب اثنين من المارة بجروح طفيفة.', 'ar'],
    ['وتظاهر أنصار قوى 8 آذار أمام البرلمان.', 'ar'],
    ['The Sunday Times published the letter.', 'en'],
    ['Supporters of the March 14 alliance gathered in the square.', 'en'],
  ])('no date in: %s', (text, lang) => {
    expect(dates(text, lang as 'ar' | 'en')).toEqual([]);
  });
});

describe('a month or day without a year: the latest on or before publication, the coming one only within six weeks', () => {
  it.each([
    ['Officials said 5 people died in mid-February.', 'en', '2026-11-29', [['2026-02-11..2026-02-20']]],
    ['The quake struck on 3 February.', 'en', '2026-11-29', [['2026-02-03']]],
    ['قتل 4 أشخاص في منتصف شباط.', 'ar', '2026-11-29', [['2026-02-11..2026-02-20']]],
    ['The trial opens on December 5.', 'en', '2026-11-29', [['2026-12-05']]],
    ['Floods in November displaced 300 families.', 'en', '2024-09-01', [['2023-11-01..2023-11-30']]],
    ['The ministers meet on 24 or 25 March.', 'en', '2025-03-18', [['2025-03-24', '2025-03-25']]],
  ] as const)('%s (published %s)', (text, language, pub, expected) => {
    expect(values(dates(text, language, pub))).toEqual(expected);
  });
});
