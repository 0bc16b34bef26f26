/**
 * One table per construction family, in both languages, as Duckling keeps a corpus per rule: each row is a
 * sentence written for this test and the counts it must give ([kind, min, max, qualifier], in order).
 * Negative rows ([]) are numbers that are no casualty count.
 */
import { describe, expect, it } from 'vitest';
import { casualties, counts, dates, values } from '../support/extract.ts';

type Row = [string, (string | number | null)[][]];
const check = (lang: 'ar' | 'en') => (text: string, expected: unknown) => {
  // Act
  const found = counts(casualties(text, lang));
  // Assert
  expect(found).toEqual(expected);
};

describe('tolls that rise or are restated', () => {
  it.each<Row>([
    ['ارتفعت حصيلة ضحايا الانهيار الأرضي إلى 73 شخصاً.', [['killed', 73, 73, 'exact']]],
    ['وارتفع عدد المصابين من 12 إلى 19 مصاباً.', [['injured', 12, 12, 'exact'], ['injured', 19, 19, 'exact']]],
    ['وبلغت حصيلة القتلى 40 قتيلاً بعد أن كانت 31 مساء أمس.', [['killed', 40, 40, 'exact'], ['killed', 31, 31, 'exact']]],
    ['تجاوز عدد الجرحى 800 جريح.', [['injured', 800, null, 'more_than']]],
    ['ولم يتجاوز عدد الموقوفين سبعة أشخاص.', [['arrested', null, 7, 'at_most']]],
  ])('ar: %s', check('ar'));
  it.each<Row>([
    ['The death toll has climbed to 58.', [['killed', 58, 58, 'exact']]],
    ['The number of dead rose from 23 to 27 overnight.', [['killed', 23, 23, 'exact'], ['killed', 27, 27, 'exact']]],
    ['Officials put the toll at 16 dead.', [['killed', 16, 16, 'exact']]],
    ['The number of people injured has exceeded 300.', [['injured', 300, null, 'more_than']]],
    ['The toll stood at 12, up from 9 on Monday.', [['killed', 12, 12, 'exact'], ['killed', 9, 9, 'exact']]],
  ])('en: %s', check('en'));
});

describe('"others" and coordinated counts', () => {
  it.each<Row>([
    ['قتل أربعة مدنيين وجرح 11 آخرون في القصف.', [['killed', 4, 4, 'exact'], ['injured', 11, 11, 'exact']]],
    ['سقط 9 قتلى وعشرات الجرحى في الانفجار.', [['killed', 9, 9, 'exact'], ['injured', 24, 99, 'vague']]],
    ['وأصيب أكثر من 150 آخرين بجروح متفاوتة.', [['injured', 150, null, 'more_than']]],
    ['قتل شرطي وأصيب آخر في الهجوم.', [['killed', 1, 1, 'exact'], ['injured', 1, 1, 'exact']]],
    ['وقالت الوزارة إن شابين وامرأة وثلاثة أطفال قتلوا في الغارة.', [['killed', 2, 2, 'exact'], ['killed', 1, 1, 'exact'], ['killed', 3, 3, 'exact']]],
  ])('ar: %s', check('ar'));
  it.each<Row>([
    ['Two guards died and 14 others were wounded.', [['killed', 2, 2, 'exact'], ['injured', 14, 14, 'exact']]],
    ['The driver was killed along with 3 others injured.', [['killed', 1, 1, 'exact'], ['injured', 3, 3, 'exact']]],
    ['Five miners were killed and nine others rescued.', [['killed', 5, 5, 'exact']]],
    ['Eight people died and dozens more were hurt.', [['killed', 8, 8, 'exact'], ['injured', 24, 99, 'vague']]],
  ])('en: %s', check('en'));
});

describe('arrests', () => {
  it.each<Row>([
    ['اعتقلت قوات الأمن 18 طالباً في الجامعة.', [['arrested', 18, 18, 'exact']]],
    ['وشنت الشرطة حملة اعتقالات طالت 27 ناشطاً.', [['arrested', 27, 27, 'exact']]],
    ['أوقفت الأجهزة الأمنية 4 مشتبهين.', [['arrested', 4, 4, 'exact']]],
    ['وألقت السلطات القبض على نحو 35 شخصاً.', [['arrested', 35, 35, 'approx']]],
    ['واعتقلت الشرطة فجر اليوم خمسة مطلوبين.', [['arrested', 5, 5, 'exact']]],
    ['أفرجت السلطات عن 40 معتقلاً.', []],
  ])('ar: %s', check('ar'));
  it.each<Row>([
    ['Police rounded up about 45 protesters.', [['arrested', 45, 45, 'approx']]],
    ['Nineteen suspects were taken into custody.', [['arrested', 19, 19, 'exact']]],
    ['Authorities released 60 detainees on Friday.', []],
  ])('en: %s', check('en'));
});

describe('breakdowns whose kind is in the head clause', () => {
  it.each<Row>([
    ['قتل 15 شخصاً، منهم (8) في إدلب و(5) في حلب وشخصان في حماة.', [['killed', 15, 15, 'exact'], ['killed', 8, 8, 'exact'], ['killed', 5, 5, 'exact'], ['killed', 2, 2, 'exact']]],
    ['ونقل 30 مصاباً إلى المستشفيات، 18 منهم إلى مستشفى النور و12 إلى مستشفى الأمل.', [['injured', 30, 30, 'exact'], ['injured', 18, 18, 'exact'], ['injured', 12, 12, 'exact']]],
    ['قتل 20 شخصاً في ثلاث قرى.', [['killed', 20, 20, 'exact']]],
  ])('ar: %s', check('ar'));
  it.each<Row>([
    ['The storms killed 40 people: 22 dead in Kano, 11 in Kaduna and seven in Jos.', [['killed', 40, 40, 'exact'], ['killed', 22, 22, 'exact'], ['killed', 11, 11, 'exact'], ['killed', 7, 7, 'exact']]],
    ['Sixteen (16) of the victims died at the scene and two (2) in hospital.', [['killed', 16, 16, 'exact'], ['killed', 2, 2, 'exact']]],
    ['The fire killed 12 people in three districts.', [['killed', 12, 12, 'exact']]],
  ])('en: %s', check('en'));
});

describe('parenthesised numbers and single victims', () => {
  it.each<Row>([
    ['وبلغ عدد الوفيات (21) حالة.', [['killed', 21, 21, 'exact']]],
    ['لقي رجل مصرعه في حادث سير.', [['killed', 1, 1, 'exact']]],
    ['وقتل طفل واحد في القصف.', [['killed', 1, 1, 'exact']]],
    ['وعثر على جثتي رجلين قرب النهر.', [['killed', 2, 2, 'exact']]],
  ])('ar: %s', check('ar'));
  it.each<Row>([
    ['Seven (7) persons were confirmed dead.', [['killed', 7, 7, 'exact']]],
    ['(23) suspects have been arrested.', [['arrested', 23, 23, 'exact']]],
    ['Four firefighters were injured battling the blaze.', [['injured', 4, 4, 'exact']]],
    ['A 63-year-old man was stabbed to death.', [['killed', 1, 1, 'exact']]],
    ['A mother of four was wounded by shrapnel.', [['injured', 1, 1, 'exact']]],
    ['Both drivers were killed instantly.', [['killed', 2, 2, 'exact']]],
    ['The gunman was also killed.', [['killed', 1, 1, 'exact']]],
    ['The two nurses required hospitalisation.', [['injured', 2, 2, 'exact']]],
    ['Half a dozen journalists were detained.', [['arrested', 6, 6, 'exact']]],
    ['Three dozen homes were destroyed.', [['destroyed', 36, 36, 'exact']]],
  ])('en: %s', check('en'));
});

describe('subsets, qualities and bounds', () => {
  it.each<Row>([
    ['قتل 30 شخصاً، بينهم 6 أشخاص مجهولو الهوية.', [['killed', 30, 30, 'exact'], ['killed', 6, 6, 'exact']]],
    ['تجاوز عدد المصابين ألفي شخص.', [['injured', 2000, null, 'more_than']]],
    ['وأكد المتحدث أن عدد القتلى لا يتجاوز ستة.', [['killed', null, 6, 'at_most']]],
    ['وقد يصل عدد المفقودين إلى 50 شخصاً على أقصى تقدير.', [['missing', null, 50, 'at_most']]],
    ['دمرت أربع آليات عسكرية على الأكثر.', [['destroyed', null, 4, 'at_most']]],
  ])('ar: %s', check('ar'));
  it.each<Row>([
    ['Two of the injured later died in hospital.', [['killed', 2, 2, 'exact']]],
    ['No more than six people were killed, the army said.', [['killed', null, 6, 'at_most']]],
    ['Up to 40 people are feared missing.', [['missing', null, 40, 'at_most']]],
    ['Between 10 and 15 fighters were captured.', [['arrested', 10, 15, 'range']]],
    ['Rebels downed between two and four drones.', [['destroyed', 2, 4, 'range']]],
  ])('en: %s', check('en'));
});

describe('numbers that are no casualty count', () => {
  it.each<Row>([
    ['ضرب زلزال بقوة 5.8 درجة المنطقة.', []],
    ['غرق قارب كان يقل 90 مهاجراً.', []],
    ['وتضررت 40 سيارة في الحريق.', []],
    ['وأحرقت النيران مئات الهكتارات من الغابات.', []],
    ['ودخل اللاعبون الأحد عشر إلى الملعب رغم الإصابات.', []],
  ])('ar: %s', check('ar'));
  it.each<Row>([
    ['A magnitude-5.9 quake struck at dawn.', []],
    ['Hundreds of hectares of forest burned.', []],
    ['The COVID-19 ward has 40 beds.', []],
    ['Police dismissed reports of dozens dead as rumours.', []],
    ['The quake destroyed 200 homes and damaged 900 others.', [['destroyed', 200, 200, 'exact']]],
    ['The injured were taken to three hospitals.', []],
    ['A boat carrying 70 migrants sank off the coast.', []],
  ])('en: %s', check('en'));
});

describe('dates that are words of something else', () => {
  it.each([
    ['ar', 'وقال أحد الشهود إن الشرطة وصلت متأخرة.'],
    ['ar', 'وأصيب اثنين من العمال.'],
    ['en', 'The officials said the official death toll could rise.'],
  ] as const)('%s: %s', (lang, text) => {
    expect(values(dates(text, lang))).toEqual([]);
  });
});

describe('sets named in the sentence before, and appositions', () => {
  it.each<Row>([
    ['Eleven people were injured in the blast. Three of them are in intensive care.', [['injured', 11, 11, 'exact'], ['injured', 3, 3, 'exact']]],
    ['Rescuers recovered nine bodies on Monday. Two more were found on Tuesday.', [['killed', 9, 9, 'exact'], ['killed', 2, 2, 'exact']]],
    ['The toll stood at 12, including four children and a pregnant woman.', [['killed', 12, 12, 'exact'], ['killed', 4, 4, 'exact'], ['killed', 1, 1, 'exact']]],
    ['Two more, a farmer and his son, died in hospital on Friday.', [['killed', 2, 2, 'exact']]],
    ['Among the dead were a nurse and two teachers.', [['killed', 1, 1, 'exact'], ['killed', 2, 2, 'exact']]],
    ['Nine people drowned.\n\nTwo of them were tourists, police said.', [['killed', 9, 9, 'exact']]],
  ])('en: %s', check('en'));
  it.each<Row>([
    ['أصيب 14 شخصاً في الحريق. وثلاثة منهم في حالة حرجة.', [['injured', 14, 14, 'exact'], ['injured', 3, 3, 'exact']]],
  ])('ar: %s', check('ar'));
});

describe('the condition of the injured', () => {
  it.each<Row>([
    ['Doctors said the condition of three was critical.', [['injured', 3, 3, 'exact']]],
    ['The condition of two of them is serious.', [['injured', 2, 2, 'exact']]],
  ])('en: %s', check('en'));
});
