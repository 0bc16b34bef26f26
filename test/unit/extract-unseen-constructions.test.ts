/**
 * Constructions seen missed on articles the extractor was not written from (issue 10c), one table per family,
 * in both languages where the construction exists in both: sentences written for this test, [kind, min, max,
 * qualifier] of each count in order; [] where no number is a casualty count.
 */
import { describe, expect, it } from 'vitest';
import { checkCounts, type CountRow } from '../support/extract.ts';

type Row = CountRow;
const check = checkCounts;

describe('Arabic singular victims and equipment, ordinals, duals in agreement', () => {
  it.each<Row>([
    ['قتل شرطيان وأصيب ثالث بجروح في الهجوم.', [['killed', 2, 2, 'exact'], ['injured', 1, 1, 'exact']]],
    ['وقال الجيش إنه دمر دبابة ومدفعا ثقيلا للمسلحين.', [['destroyed', 1, 1, 'exact'], ['destroyed', 1, 1, 'exact']]],
    ['ودمرت الغارة دبابة.', [['destroyed', 1, 1, 'exact']]],
    ['واشترى دبابة جديدة.', []],
    ['ومن بين القتلى امرأتان ورضيعا.', [['killed', 2, 2, 'exact'], ['killed', 1, 1, 'exact']]],
    ['ومن بين القتلى زوجان مسنان.', [['killed', 2, 2, 'exact']]],
    ['وأصيب طفلان شقيقان بجروح.', [['injured', 2, 2, 'exact']]],
    ['وأوقفت الشرطة 6 أشخاص، بينهم قاصر.', [['arrested', 6, 6, 'exact'], ['arrested', 1, 1, 'exact']]],
    ['وارتفع عدد القتلى إلى 20 قتيلا، بينهم خمسة عمال، فيما أصيب 30 آخرون.', [['killed', 20, 20, 'exact'], ['killed', 5, 5, 'exact'], ['injured', 30, 30, 'exact']]],
  ])('ar: %s', check('ar'));
  it.each<Row>([
    ['Two police officers were killed and a third was wounded in the attack.', [['killed', 2, 2, 'exact'], ['injured', 1, 1, 'exact']]],
    ['Twenty people died, among them four workers, while 30 others were injured.', [['killed', 20, 20, 'exact'], ['killed', 4, 4, 'exact'], ['injured', 30, 30, 'exact']]],
  ])('en: %s', check('en'));
});

describe('Arabic predicates: فارق الحياة, أتت على, أحرقوا, الاحتفاظ ب, إيواء, بلا مأوى', () => {
  it.each<Row>([
    ['قبل أن يفارق ثلاثة من الجرحى الحياة.', [['killed', 3, 3, 'exact']]],
    ['وأتت النيران على 25 منزلا.', [['destroyed', 25, 25, 'exact']]],
    ['وأتى الوزير على ذكر 5 مشاريع.', []],
    ['وأحرقوا سيارتين للشرطة.', [['destroyed', 2, 2, 'exact']]],
    ['وأمرت النيابة بالاحتفاظ بأربعة أشخاص.', [['arrested', 4, 4, 'exact']]],
    ['وتم إيواء 45 أسرة في مدرسة.', [['displaced', 45, 45, 'exact']]],
    ['وكان المنزل تقطنه ثلاث أسر.', []],
    ['وبات 300 شخص بلا مأوى.', [['displaced', 300, 300, 'exact']]],
  ])('ar: %s', check('ar'));
  it.each<Row>([
    ['The fire destroyed 25 homes.', [['destroyed', 25, 25, 'exact']]],
    ['Some 300 people were left homeless.', [['displaced', 300, 300, 'approx']]],
    ['The house was home to three families.', []],
  ])('en: %s', check('en'));
});

describe('a toll compared with another time, a list continued by "إلى جانب"/"as well as", the dual of a million', () => {
  it.each<Row>([
    ['وقتل 30 شخصا هذا العام مقارنة بـ 25 في العام الماضي.', [['killed', 30, 30, 'exact'], ['killed', 25, 25, 'exact']]],
    ['وارتفع سعر الخبز إلى 30 مقارنة بـ 25 العام الماضي.', []],
    ['ودمر القصف 5 منازل إلى جانب سيارتين.', [['destroyed', 5, 5, 'exact'], ['destroyed', 2, 2, 'exact']]],
    ['وأتت النيران على 37 منزلا، إلى جانب 12 مركبة.', [['destroyed', 37, 37, 'exact'], ['destroyed', 12, 12, 'exact']]],
    ['فيما فر نحو مليوني شخص إلى دول الجوار.', [['displaced', 2000000, 2000000, 'approx']]],
    ['وبلغت الخسائر مليوني دولار.', []],
  ])('ar: %s', check('ar'));
  it.each<Row>([
    ['The city recorded 97 homicides this year, compared with 84 last year.', [['killed', 97, 97, 'exact'], ['killed', 84, 84, 'exact']]],
    ['Floods killed 30 people this year, compared to 25 last year.', [['killed', 30, 30, 'exact'], ['killed', 25, 25, 'exact']]],
    ['Prices rose 30 percent, compared with 25 last year.', []],
    ['Police arrested 12 people, compared with 40 officers on duty.', [['arrested', 12, 12, 'exact']]],
    ['The fire destroyed 37 homes, as well as 12 vehicles.', [['destroyed', 37, 37, 'exact'], ['destroyed', 12, 12, 'exact']]],
  ])('en: %s', check('en'));
});

describe('a leader named in a subset is one victim', () => {
  it.each<Row>([
    ['وقتل المسلحون ستة أشخاص، بينهم طفل.', [['killed', 6, 6, 'exact'], ['killed', 1, 1, 'exact']]],
  ])('ar: %s', check('ar'));
  it.each<Row>([
    ['Gunmen killed six people, among them a village chief, in the raid.', [['killed', 6, 6, 'exact'], ['killed', 1, 1, 'exact']]],
    ['Bandits killed four men, including a community leader.', [['killed', 4, 4, 'exact'], ['killed', 1, 1, 'exact']]],
    ['The village chief said six people were killed.', [['killed', 6, 6, 'exact']]],
    ['The chief of police said 3 people died.', [['killed', 3, 3, 'exact']]],
  ])('en: %s', check('en'));
});

describe('N millions: a scale after a number, "millions" alone vague', () => {
  it.each<Row>([
    ['ونزح أكثر من 3 ملايين شخص.', [['displaced', 3000000, null, 'more_than']]],
    ['ونزح 3 ملايين و200 ألف شخص.', [['displaced', 3200000, 3200000, 'exact']]],
    ['ونزح ملايين الأشخاص.', [['displaced', 2000000, 9999999, 'vague']]],
    ['وبلغت الخسائر 3 ملايين دولار.', []],
  ])('ar: %s', check('ar'));
  it.each<Row>([
    ['More than 3 million people fled their homes.', [['displaced', 3000000, null, 'more_than']]],
    ['Millions were displaced.', [['displaced', 2000000, 9999999, 'vague']]],
  ])('en: %s', check('en'));
});

describe('a toll estimated at its value, far from it', () => {
  it.each<Row>([
    ['وقدّرت المنظمة عدد النازحين داخلياً في البلاد بأكثر من 3 ملايين شخص منذ بدء الحرب.', [['displaced', 3000000, null, 'more_than']]],
    ['وقدرت الأمم المتحدة عدد القتلى في الإقليم بنحو 400 شخص.', [['killed', 400, 400, 'approx']]],
    ['وقدرت الحكومة قيمة الأضرار في الإقليم بنحو 400 مليون دولار.', []],
    ['وقدرت الشرطة عدد المشاركين في المسيرة بنحو 5000 شخص.', []],
  ])('ar: %s', check('ar'));
  it.each<Row>([
    ['The agency estimated the number of displaced people in the country at more than 3 million.', [['displaced', 3000000, null, 'more_than']]],
    ['The UN put the number of dead in the region at about 400.', [['killed', 400, 400, 'approx']]],
    ['Police estimated the number of marchers in the city at 5,000.', []],
  ])('en: %s', check('en'));
});
