/**
 * Arabic casualty constructions seen missed on articles the extractor was not written from (issue 10e), one table
 * per family, with English rows where the construction exists in English too: sentences written for this test,
 * [kind, min, max, qualifier] of each count in order; [] where no number is a casualty count.
 */
import { describe, expect, it } from 'vitest';
import { checkCounts, type CountRow } from '../support/extract.ts';

type Row = CountRow;
const check = checkCounts;

describe('a toll that rises "إلى N" over an aside in commas, and over a noun whose و is of its root ("وباء")', () => {
  it.each<Row>([
    ['وارتفع عدد الوفيات في حادث التسمم الذي شهده عرس بقرية أولاد علي، التابعة لولاية سطيف، إلى ثلاث.', [['killed', 3, 3, 'exact']]],
    ['وارتفعت حصيلة ضحايا الفيضانات، وفق الدفاع المدني، إلى 41 قتيلا.', [['killed', 41, 41, 'exact']]],
    ['وأعلنت الوزارة ارتفاع عدد الوفيات جراء تفشي وباء الحمى في البلاد إلى 90 حالة.', [['killed', 90, 90, 'exact']]],
    ['وارتفع سعر القمح، في الأسواق، إلى 300 دينار.', []],
    ['وارتفع عدد الزوار، بحسب الوزارة، إلى 3 آلاف.', []],
  ])('ar: %s', check('ar'));
});

describe('a manner of death after the count ("اختناقا", "حرقا") is no predicate of its own', () => {
  it.each<Row>([
    ['وأدى الحريق إلى وفاة طفلين اختناقا.', [['killed', 2, 2, 'exact']]],
    ['وتوفي ثلاثة عمال اختناقا داخل بئر.', [['killed', 3, 3, 'exact']]],
    ['وأصيب 4 أشخاص اختناقا بالدخان.', [['injured', 4, 4, 'exact']]],
    ['وأصيب 5 أشخاص بحالات اختناق.', [['injured', 5, 5, 'exact']]],
  ])('ar: %s', check('ar'));
});

describe('numbers that are no count: the hundred of a percentage, "مرة واحدة" (once), "واحد" after its noun', () => {
  it.each<Row>([
    ['وقال إن 70 في المئة من الجرحى أطفال.', []],
    ['وأكد أن 90% من السكان نزحوا مرة واحدة على الأقل.', []],
    ['وقتل شخص واحد على الأقل في الانفجار.', [['killed', 1, null, 'at_least']]],
    ['وأصيب طفل واحد بجروح.', [['injured', 1, 1, 'exact']]],
    ['ونزح مئة شخص من القرية.', [['displaced', 100, 100, 'exact']]],
  ])('ar: %s', check('ar'));
  it.each<Row>([
    ['Officials said 70 per cent of the injured were children.', []],
  ])('en: %s', check('en'));
});

describe('"ضبط" (seized) is an arrest of people, not of things; an arrest in order to or ordered is not made', () => {
  it.each<Row>([
    ['وأسفرت الحملة عن ضبط 9 متهمين.', [['arrested', 9, 9, 'exact']]],
    ['وضبطت الشرطة 3 أشخاص بحوزتهم أسلحة.', [['arrested', 3, 3, 'exact']]],
    ['وقامت الشرطة بضبط 4 متهمين.', [['arrested', 4, 4, 'exact']]],
    ['وتم ضبط 5 بنادق آلية.', []],
    ['وضبطت الجمارك 200 كيلوغرام من المخدرات.', []],
    ['وتواصل الأجهزة جهودها لضبط 4 متهمين آخرين.', []],
    ['وشنت الشرطة حملة لاعتقال 3 مطلوبين.', []],
    ['وطالب المحتجون باعتقال 5 ضباط.', []],
    ['وأمرت النيابة بالاحتفاظ بأربعة أشخاص.', [['arrested', 4, 4, 'exact']]],
    ['واعتقلت الشرطة 3 مطلوبين.', [['arrested', 3, 3, 'exact']]],
  ])('ar: %s', check('ar'));
});

describe('two of one\'s kin in the dual with a possessive ending ("ابنتيها", "طفلاه")', () => {
  it.each<Row>([
    ['وأسفر الانفجار عن مقتل رجل وإصابة ابنتيه.', [['killed', 1, 1, 'exact'], ['injured', 2, 2, 'exact']]],
    ['وقتل مسن وأصيب طفلاه.', [['killed', 1, 1, 'exact'], ['injured', 2, 2, 'exact']]],
    ['وأصيب شقيقيها بجروح طفيفة.', [['injured', 2, 2, 'exact']]],
    ['وقال إن ولديه معلومات عن الحادث.', []],
    ['وأصيب مواطنيه.', []],
  ])('ar: %s', check('ar'));
  it.each<Row>([
    ['A man was killed and his two daughters were injured.', [['killed', 1, 1, 'exact'], ['injured', 2, 2, 'exact']]],
  ])('en: %s', check('en'));
});

describe('the first member of a set the sentence opens on ("ومن بين الضحايا الثلاثة، شاب ...")', () => {
  it.each<Row>([
    ['ومن بين الضحايا الثلاثة، شاب يبلغ من العمر 19 عاما كان عائدا إلى منزله.', [['killed', 3, 3, 'exact'], ['killed', 1, 1, 'exact']]],
    ['ومن بين المصابين، طفل في حالة حرجة.', [['injured', 1, 1, 'exact']]],
    ['ومن بين الحضور، رجل قال إن الوضع صعب.', []],
  ])('ar: %s', check('ar'));
});

describe('an age between commas inside a list of victims is stepped over', () => {
  it.each<Row>([
    ['وتبين أن من بين الضحايا سائق الحافلة، ويبلغ من العمر 50 عاماً، وطفلين شقيقين.', [['killed', 1, 1, 'exact'], ['killed', 2, 2, 'exact']]],
    ['وقتل سائق، يبلغ من العمر 40 عاما، وأصيب 3 آخرون.', [['killed', 1, 1, 'exact'], ['injured', 3, 3, 'exact']]],
  ])('ar: %s', check('ar'));
});

describe('the rest moved to a hospital: "فيما نقل البقية (9) إلى مستشفى"', () => {
  it.each<Row>([
    ['وأوضح أن 15 مصابا نقلوا إلى مستشفى محمد بن عبد الله بالمدينة، فيما نقل البقية (9) إلى مستشفى الجامعة.', [['injured', 15, 15, 'exact'], ['injured', 9, 9, 'exact']]],
    ['ونقل البقية (4) إلى مستشفى المدينة.', [['injured', 4, 4, 'exact']]],
    ['ونقل البقية (4) إلى مقر البلدية.', []],
  ])('ar: %s', check('ar'));
});

describe('an exact subset after a set that was not counted belongs to the counted set before it', () => {
  it.each<Row>([
    ['وقتل 28 شخصا وأصيب العشرات في قصف على السوق، بينهم 11 طفلا.', [['killed', 28, 28, 'exact'], ['injured', 24, 99, 'vague'], ['killed', 11, 11, 'exact']]],
    ['وقتل 5 أشخاص وأصيب العشرات، بينهم 11 طفلا.', [['killed', 5, 5, 'exact'], ['injured', 24, 99, 'vague'], ['injured', 11, 11, 'exact']]],
    ['وقتل 28 شخصا وأصيب 40 آخرون، بينهم 11 طفلا.', [['killed', 28, 28, 'exact'], ['injured', 40, 40, 'exact'], ['injured', 11, 11, 'exact']]],
  ])('ar: %s', check('ar'));
  it.each<Row>([
    ['Twenty-eight people were killed and dozens injured, including 11 children.', [['killed', 28, 28, 'exact'], ['injured', 24, 99, 'vague'], ['killed', 11, 11, 'exact']]],
  ])('en: %s', check('en'));
});

describe('families and residents who leave ("غادرت") are displaced; a delegation or a team is not', () => {
  it.each<Row>([
    ['وأفاد ناشطون بأن عشرات العائلات غادرت القرية نحو المخيمات.', [['displaced', 24, 99, 'vague']]],
    ['وغادرت 40 أسرة منازلها خشية القصف.', [['displaced', 40, 40, 'exact']]],
    ['وغادر 3 لاعبين معسكر المنتخب.', []],
    ['وغادر الوفد المؤلف من 12 شخصا العاصمة.', []],
    ['وقال إن حالة ثلاثة من المصابين مستقرة وغادروا المستشفى.', [['injured', 3, 3, 'exact']]],
  ])('ar: %s', check('ar'));
});

describe('one casualty named by its noun: "سقوط قتيل", "أن مصاباً فارق الحياة", "وتوفي جريح"', () => {
  it.each<Row>([
    ['واستهدفت مسيرة سيارة ما أدى إلى سقوط قتيل.', [['killed', 1, 1, 'exact']]],
    ['ما أدى إلى سقوط قتيل وجريحين.', [['killed', 1, 1, 'exact'], ['injured', 2, 2, 'exact']]],
    ['وأضاف أن مصاباً فارق الحياة بعد وصوله.', [['killed', 1, 1, 'exact']]],
    ['وتوفي جريح في المستشفى.', [['killed', 1, 1, 'exact']]],
    ['وزار الوزير جريحا في المستشفى.', []],
  ])('ar: %s', check('ar'));
});

describe('one of them ("أحدهما", "إحداهن") is a subset of one; not after a verb of saying', () => {
  it.each<Row>([
    ['وأسفرت الغارة عن إصابة شخصين، أحدهما طفل يبلغ من العمر 9 أعوام.', [['injured', 2, 2, 'exact'], ['injured', 1, 1, 'exact']]],
    ['وأصيب 3 أشخاص، وأن أحدهم في حالة حرجة.', [['injured', 3, 3, 'exact'], ['injured', 1, 1, 'exact']]],
    ['وأضافت المصادر أن المصابات نقلن إلى مستشفى المدينة، وأن إحداهن فقدت ساقها.', [['injured', 1, 1, 'exact']]],
    ['وقال أحدهم إن الوضع صعب.', []],
  ])('ar: %s', check('ar'));
});

describe('kin with a possessive ending is one person ("والدتهما", "وطفلتها", "وابنه")', () => {
  it.each<Row>([
    ['وأسفر الانفجار عن وفاة طفلتين وإصابة والدتهما بحروق.', [['killed', 2, 2, 'exact'], ['injured', 1, 1, 'exact']]],
    ['ولقيت امرأة وطفلتها حتفهما.', [['killed', 1, 1, 'exact'], ['killed', 1, 1, 'exact']]],
    ['وقتل رجل وابنه في القصف.', [['killed', 1, 1, 'exact'], ['killed', 1, 1, 'exact']]],
    ['وقال إن عمره 40 عاما.', []],
  ])('ar: %s', check('ar'));
  it.each<Row>([
    ['A man and his son were killed in the strike.', [['killed', 1, 1, 'exact'], ['killed', 1, 1, 'exact']]],
  ])('en: %s', check('en'));
});

describe('predicates: "قضى على" (eliminated), "راح ضحيتها", "ارتقى" (martyred), "الذين قتلتهم"; a toll with its verb after it', () => {
  it.each<Row>([
    ['وقال الجيش إنه قضى على عنصر في الحزب.', [['killed', 1, 1, 'exact']]],
    ['وقضى على 3 مسلحين في الكمين.', [['killed', 3, 3, 'exact']]],
    ['وقضى على 3 أيام في المستشفى.', []],
    ['وشهد الحي مشاجرة راح ضحيتها 3 أشخاص.', [['killed', 3, 3, 'exact']]],
    ['وارتقى سبعة فلسطينيين بينهم طفلتان.', [['killed', 7, 7, 'exact'], ['killed', 2, 2, 'exact']]],
    ['وقال إن عدد الصحفيين الذين قتلتهم القوات منذ بدء الحرب ارتفع إلى 120.', [['killed', 120, 120, 'exact']]],
    ['وقالت السلطات إن عدد ضحايا انهيار السد ارتفع إلى 30 قتيلا على الأقل.', [['killed', 30, null, 'at_least']]],
  ])('ar: %s', check('ar'));
});

describe('clauses: a count that closes its own clause, "وإنه" after an aside, nominative others, compared cases', () => {
  it.each<Row>([
    ['ولقي مواطن عشريني مصرعه وأصيب ثلاثة من رفاقه.', [['killed', 1, 1, 'exact'], ['injured', 3, 3, 'exact']]],
    ['وقال إن القارب كان يقل قرابة 70 شخصا، بينهم نساء وأطفال، وإنه غرق بعد ساعتين.', []],
    ['وأوضح أن المصابين نقلوا إلى المستشفى، واحد منهم يعاني حروقا، في حين غادر الأربعة الآخرون المستشفى.', [['injured', 1, 1, 'exact'], ['injured', 4, 4, 'exact']]],
    ['ونقل 30 آخرين إلى المستشفيات.', [['injured', 30, 30, 'exact']]],
    ['وسجلت الإمارة 4 حالات وفاة غرقا، مقارنة بسبع حالات خلال العام الماضي.', [['killed', 4, 4, 'exact'], ['killed', 7, 7, 'exact']]],
    ['وقتل 4 أشخاص مقارنة بسبعة عمال في مصنع آخر.', [['killed', 4, 4, 'exact']]],
    ['وأصيب رجل إطفاء بحروق خلال إخماد حريق، حيث تم إنقاذ أسرة مكونة من 5 أفراد، بينهم 3 أطفال، ونقلهم إلى بر الأمان.', [['injured', 1, 1, 'exact']]],
    ['وقتل 5 أشخاص، بينهم 3 أطفال.', [['killed', 5, 5, 'exact'], ['killed', 3, 3, 'exact']]],
    ['وضبطت الدوريات 19 حدثا يقودون دون رخصة.', [['arrested', 19, 19, 'exact']]],
    ['وفارقت وافدة آسيوية الحياة دهسا.', [['killed', 1, 1, 'exact']]],
  ])('ar: %s', check('ar'));
});

describe('a dual told by a verb in the past dual after its adjective ("مواطنين لبنانيين اجتازا")', () => {
  it.each<Row>([
    ['وقال إنه اعتقل خلال الأسبوع الماضي مواطنين لبنانيين اجتازا الحدود.', [['arrested', 2, 2, 'exact']]],
    ['واعتقل مواطنين لبنانيين أيضا.', []],
    ['واعتقلت الشرطة مدنيين فلسطينيين كانوا في المكان.', []],
    ['وأسفر الحريق عن وفاة عاملين اثنين اختناقا.', [['killed', 2, 2, 'exact']]],
  ])('ar: %s', check('ar'));
});

describe('a predicate, a preposition of time and its date, then the count ("اعتقلت خلال الأسبوع الماضي 12")', () => {
  it.each<Row>([
    ['واعتقلت القوات خلال الأسبوع الماضي 12 شخصا.', [['arrested', 12, 12, 'exact']]],
    ['وقتل منذ الأحد 5 أشخاص.', [['killed', 5, 5, 'exact']]],
    ['وقال إن عدد الذين سقطوا بنيران القوات منذ دخول اتفاق وقف إطلاق النار حيز التنفيذ في 27 تشرين الثاني 2024 تجاوز 180 شخصا.', [['killed', 180, null, 'more_than']]],
    ['وسقطوا في الفخ.', []],
  ])('ar: %s', check('ar'));
});

describe('abductions count as missing ("خطف", "اختطاف"); those freed are no claim', () => {
  it.each<Row>([
    ['وخطف مسلحون 25 طالبا من مدرستهم.', [['missing', 25, 25, 'exact']]],
    ['وأعلنت السلطات اختطاف 12 شخصا على الطريق.', [['missing', 12, 12, 'exact']]],
    ['وتمكنت الشرطة من تحرير 4 مختطفين.', []],
    ['وأفرج الخاطفون عن 10 مختطفين.', []],
    ['وخطف الفريق 3 نقاط من المتصدر.', []],
  ])('ar: %s', check('ar'));
});

describe('predicates of care and harm: "تم إسعاف", "تلقى ... العلاج", "تسمم", "تشردت"; "سيارات إسعاف" are ambulances', () => {
  it.each<Row>([
    ['وتم إسعاف 6 أشخاص في موقع الحادث.', [['injured', 6, 6, 'exact']]],
    ['وتلقى 30 شخصا العلاج في المستشفى.', [['injured', 30, 30, 'exact']]],
    ['وتسمم 45 تلميذا بعد تناول وجبة.', [['injured', 45, 45, 'exact']]],
    ['وتشردت 50 عائلة بعد الفيضان.', [['displaced', 50, 50, 'exact']]],
    ['وشارك 40 متطوعا و3 سيارات إسعاف في البحث.', []],
    ['وبلغت تكاليف العلاج 5000 دينار.', []],
  ])('ar: %s', check('ar'));
});

describe('a verb before the number says what happened to the wounded named after it; "لفظ أنفاسه", "إيداع" in custody', () => {
  it.each<Row>([
    ['وتوفي 3 جرحى في المستشفى.', [['killed', 3, 3, 'exact']]],
    ['وفارق 4 مصابين الحياة.', [['killed', 4, 4, 'exact']]],
    ['واعتقل 5 جرحى من المستشفى.', [['arrested', 5, 5, 'exact']]],
    ['وسقط 14 قتيلا وعشرات الجرحى.', [['killed', 14, 14, 'exact'], ['injured', 24, 99, 'vague']]],
    ['وأسفر الحادث عن مقتل 3 وإصابة 7 جرحى.', [['killed', 3, 3, 'exact'], ['injured', 7, 7, 'exact']]],
    ['ولفظ رجل أنفاسه الأخيرة في المستشفى.', [['killed', 1, 1, 'exact']]],
    ['وتم إيداع 3 متهمين الحبس المؤقت.', [['arrested', 3, 3, 'exact']]],
    ['وتم إيداع 3 ملايين دينار في البنك.', []],
  ])('ar: %s', check('ar'));
});

describe('a list after a count keeps its own noun ("60 قتيلا وأكثر من 100 جريح"); more persons ("قائد", "مصور")', () => {
  it.each<Row>([
    ['وبلغت حصيلة الضحايا 60 قتيلا وأكثر من 100 جريح.', [['killed', 60, 60, 'exact'], ['injured', 100, null, 'more_than']]],
    ['وأعلن الجيش مقتل قائد ميداني.', [['killed', 1, 1, 'exact']]],
    ['وأصيب صحفي ومصور بجروح.', [['injured', 1, 1, 'exact'], ['injured', 1, 1, 'exact']]],
    ['وقال قائد الشرطة إن 5 أشخاص قتلوا.', [['killed', 5, 5, 'exact']]],
  ])('ar: %s', check('ar'));
});
