/**
 * One table per construction family, in both languages, as Duckling keeps a corpus per rule: each row is a
 * sentence written for this test and the counts it must give ([kind, min, max, qualifier], in order).
 * Negative rows ([]) are numbers that are no casualty count.
 */
import { describe, expect, it } from 'vitest';
import { checkCounts, dates, values, type CountRow } from '../support/extract.ts';

type Row = CountRow;
const check = checkCounts;

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
    ['Half a dozen journalists were detained.', [['arrested', 6, 6, 'approx']]],
    ['Three dozen homes were destroyed.', [['destroyed', 36, 36, 'approx']]],
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

describe('"N more" and "another N" add to the set counted before, however far', () => {
  it.each<Row>([
    ['Rescuers had recovered six bodies by Monday afternoon and three more were found in the evening.', [['killed', 6, 6, 'exact'], ['killed', 3, 3, 'exact']]],
    ['Four miners were killed on Sunday. By Tuesday afternoon, after the rain had stopped, two more had been brought out of the shaft.', [['killed', 4, 4, 'exact'], ['killed', 2, 2, 'exact']]],
    ['Eleven people were arrested at the rally and police said on Friday that another 6 had been identified from video footage.', [['arrested', 11, 11, 'exact'], ['arrested', 6, 6, 'exact']]],
    ['Five climbers died on the ridge; two more were rescued alive by the helicopter crew.', [['killed', 5, 5, 'exact']]],
    ['Six people died and officials said they moved another 40 to a school.', [['killed', 6, 6, 'exact']]],
    ['Six people died and paramedics rushed 14 others to hospital.', [['killed', 6, 6, 'exact'], ['injured', 14, 14, 'exact']]],
  ])('en: %s', check('en'));
  it.each<Row>([
    ['قتل ثمانية عمال في انهيار منجم في مارس الماضي، وثلاثة آخرون في حادث مماثل يوم الخميس.', [['killed', 8, 8, 'exact'], ['killed', 3, 3, 'exact']]],
    ['وأنقذت فرق الدفاع المدني 12 شخصا، وثلاثة آخرين في وقت لاحق.', []],
    ['قتل خمسة أشخاص في الحريق، وأنقذت الفرق 3 آخرين.', [['killed', 5, 5, 'exact']]],
    ['وقتل 6 أشخاص، ونقل 20 آخرين إلى المستشفيات.', [['killed', 6, 6, 'exact'], ['injured', 20, 20, 'exact']]],
    ['ونقلت الحافلة 20 آخرين إلى المدينة.', []],
  ])('ar: %s', check('ar'));
});

describe('bodies pulled from the water, recovered, retrieved', () => {
  it.each<Row>([
    ['Officials first spoke of eight bodies, before the coastguard said on Friday evening that 15 had been pulled from the water.', [['killed', 8, 8, 'exact'], ['killed', 15, 15, 'exact']]],
    ['Twelve migrants drowned off the coast. Divers later pulled 4 from the sunken boat.', [['killed', 12, 12, 'exact'], ['killed', 4, 4, 'exact']]],
    ['Nine people died in the flood. By nightfall 30 had been pulled from the water alive.', [['killed', 9, 9, 'exact']]],
    ['Police arrested four men. Officers later recovered 12 stolen cars.', [['arrested', 4, 4, 'exact']]],
    ['The crew pulled 20 people from the water after the ferry capsized.', []],
  ])('en: %s', check('en'));
});

describe('a subset of a set named by a noun ("among them", "منهم")', () => {
  it.each<Row>([
    ['Most of the dead were pilgrims, among them five women from the same village.', [['killed', 5, 5, 'exact']]],
    ['At least 20 people, among them seven children, were injured when the roof collapsed.', [['injured', 20, null, 'at_least'], ['injured', 7, 7, 'exact']]],
    ['The hospital was treating 40 people, among them a 9-year-old girl hit by shrapnel.', [['injured', 40, 40, 'exact'], ['injured', 1, 1, 'exact']]],
    ['Most of the visitors were foreigners, among them six Germans.', []],
  ])('en: %s', check('en'));
  it.each<Row>([
    ['وقال إن معظم النازحين من النساء، وقد وصل نحو 4 آلاف منهم إلى المخيم.', [['displaced', 4000, 4000, 'approx']]],
    ['وقال إن معظم الزوار من النساء، وقد وصل نحو 4 آلاف منهم إلى المخيم.', []],
  ])('ar: %s', check('ar'));
});

describe('a subject set off by an apposition before its verb', () => {
  it.each<Row>([
    ['A second victim, a 60-year-old farmer, died in hospital on Monday.', [['killed', 1, 1, 'exact']]],
    ['He said the three nurses, from the district clinic, were in a stable condition.', [['injured', 3, 3, 'exact']]],
    ['Four guards, all of them veterans, were wounded in the attack.', [['injured', 4, 4, 'exact']]],
    ['A third man, a local shopkeeper, told reporters he heard two blasts.', []],
    ['The two ministers, from the ruling party, were in a meeting at the time.', []],
  ])('en: %s', check('en'));
});

describe('single victims with a possessive, in a list', () => {
  it.each<Row>([
    ['Among the dead are a man from Kisumu and his five-year-old daughter.', [['killed', 1, 1, 'exact'], ['killed', 1, 1, 'exact']]],
    ['His brother was also killed in the blast.', [['killed', 1, 1, 'exact']]],
    ['Her son was wounded in the leg.', [['injured', 1, 1, 'exact']]],
    ['His brother said the family was in shock.', []],
  ])('en: %s', check('en'));
});

describe('the condition of one', () => {
  it.each<Row>([
    ['Eight were hurt and the condition of one man is critical.', [['injured', 8, 8, 'exact'], ['injured', 1, 1, 'exact']]],
    ['The family of one victim said they would sue.', []],
  ])('en: %s', check('en'));
});

describe('a search for a count: missing', () => {
  it.each<Row>([
    ['The search is continuing for the remaining 14 crew members.', [['missing', 14, 14, 'exact']]],
    ['Divers are still looking for 6 fishermen.', [['missing', 6, 6, 'exact']]],
    ['Police searched 30 homes in the district.', []],
  ])('en: %s', check('en'));
  it.each<Row>([
    ['وتواصل فرق الإنقاذ البحث عن 14 بحارا.', [['missing', 14, 14, 'exact']]],
    ['وفتشت الشرطة 30 منزلا في الحي.', []],
  ])('ar: %s', check('ar'));
});

describe('Arabic duals told by agreement', () => {
  it.each<Row>([
    ['وتبحث الفرق عن عاملين لا يزالان مفقودين تحت الأنقاض.', [['missing', 2, 2, 'exact']]],
    ['واعتقلت القوات 5 شبان، بينهم شقيقان وطالبان جامعيان.', [['arrested', 5, 5, 'exact'], ['arrested', 2, 2, 'exact'], ['arrested', 2, 2, 'exact']]],
    ['وسيطرت حركة طالبان على المدينة.', []],
    ['وقال إن عاملين في المصنع أصيبوا بجروح.', []],
  ])('ar: %s', check('ar'));
});

describe('a toll subject before an exceeding verb', () => {
  it.each<Row>([
    ['وقال إن عدد المصابين في صفوف المتظاهرين لم يتجاوز ثلاثة.', [['injured', null, 3, 'at_most']]],
    ['وأكد أن عدد الموقوفين في المدينة تجاوز 60.', [['arrested', 60, null, 'more_than']]],
  ])('ar: %s', check('ar'));
  it.each<Row>([
    ['He said the number of injured among the protesters did not exceed three.', [['injured', null, 3, 'at_most']]],
    ['The number of people arrested in the capital has exceeded 60.', [['arrested', 60, null, 'more_than']]],
  ])('en: %s', check('en'));
});

describe('a count after "and" is not governed by a rescue before it', () => {
  it.each<Row>([
    ['Of the 40 passengers, 12 were rescued and 28 drowned.', [['killed', 28, 28, 'exact']]],
    ['Police freed 10 hostages and 3 were killed.', [['killed', 3, 3, 'exact']]],
    ['Rescuers freed 12 hikers and 3 escaped on their own.', []],
  ])('en: %s', check('en'));
  it.each<Row>([
    ['وأنقذت الفرق 12 راكبا وغرق 28 آخرون.', [['killed', 28, 28, 'exact']]],
  ])('ar: %s', check('ar'));
});

describe('a single victim coordinated with another subject shares its predicate', () => {
  it.each<Row>([
    ['A man and a boy were injured.', [['injured', 1, 1, 'exact'], ['injured', 1, 1, 'exact']]],
    ['A woman and her two children were killed in the strike.', [['killed', 1, 1, 'exact'], ['killed', 2, 2, 'exact']]],
    ['Eight people, including two women and a 6-year-old girl, died in the fire.', [['killed', 8, 8, 'exact'], ['killed', 2, 2, 'exact'], ['killed', 1, 1, 'exact']]],
    ['Five people died, including a child, and several others were injured.', [['killed', 5, 5, 'exact'], ['killed', 1, 1, 'exact']]],
    ['The coastguard said 18 migrants were rescued and 7 bodies recovered.', [['killed', 7, 7, 'exact']]],
    ['A man and his wife said they had heard the blast.', []],
  ])('en: %s', check('en'));
  it.each<Row>([
    ['واعتقلت القوات 9 شبان، بينهم ثلاثة أشقاء وطالبان جامعيان.', [['arrested', 9, 9, 'exact'], ['arrested', 3, 3, 'exact'], ['arrested', 2, 2, 'exact']]],
  ])('ar: %s', check('ar'));
});

describe('a breakdown past a relative aside, by hospital, or of a set named by a noun', () => {
  it.each<Row>([
    ['Officials said 30 were killed in the capital, where 12 buildings collapsed, and 8 in the port.', [['killed', 30, 30, 'exact'], ['destroyed', 12, 12, 'exact'], ['killed', 8, 8, 'exact']]],
    ['The injured were taken to three hospitals: 11 to the district hospital and 6 to the general hospital.', [['injured', 11, 11, 'exact'], ['injured', 6, 6, 'exact']]],
    ['The minister visited two towns: 11 in the north and 6 in the south.', []],
  ])('en: %s', check('en'));
  it.each<Row>([
    ['قتل 30 شخصا في العاصمة، حيث انهار 12 مبنى، و8 في الميناء.', [['killed', 30, 30, 'exact'], ['destroyed', 12, 12, 'exact'], ['killed', 8, 8, 'exact']]],
    ['وتوزع المصابون على مستشفيين: 18 مصابا بمستشفى الجامعة، و9 بمستشفى المدينة.', [['injured', 18, 18, 'exact'], ['injured', 9, 9, 'exact']]],
    ['ونقل المصابون إلى مستشفيين: 12 بمستشفى حمص، و8 بمستشفى حماة.', [['injured', 12, 12, 'exact'], ['injured', 8, 8, 'exact']]],
    ['وزار الوزير المدينتين: 12 في حمص و8 في حماة.', []],
    ['وتضم المدينة 3 بمستشفيات خاصة.', []],
  ])('ar: %s', check('ar'));
});

describe('the main predicate after a relative clause', () => {
  it.each<Row>([
    ['Up to 12 residents who stayed behind to defend their homes have yet to be accounted for.', [['missing', null, 12, 'at_most']]],
    ['Three workers who were repairing the roof were killed.', [['killed', 3, 3, 'exact']]],
    ['The two men who fled the scene were arrested on Monday.', [['arrested', 2, 2, 'exact']]],
    ['Five people who witnessed the attack were questioned by police.', []],
    ['All 30 passengers have been accounted for.', []],
  ])('en: %s', check('en'));
});

describe('a measure word that starts like a preposition is still a measure', () => {
  it.each<Row>([
    ['وضبطت الشرطة 40 كيلوغراماً من المخدرات واعتقلت 3 أشخاص.', [['arrested', 3, 3, 'exact']]],
    ['وأصيب 4 أشخاص بعد سقوط 5 لترات من الوقود.', [['injured', 4, 4, 'exact']]],
  ])('ar: %s', check('ar'));
});

describe('ordinal victims and a set that opens the sentence', () => {
  it.each<Row>([
    ['Two soldiers died on the spot. A third later succumbed to his wounds.', [['killed', 2, 2, 'exact'], ['killed', 1, 1, 'exact']]],
    ['Police confirmed a second death on Tuesday.', [['killed', 1, 1, 'exact']]],
    ['A third of the victims were children.', []],
    ['The storm hit the coast for a second day on Tuesday.', []],
    ['The ministry said 23 people had died. Of those, 15 were women and children.', [['killed', 23, 23, 'exact'], ['killed', 15, 15, 'exact']]],
    ['Of the dead, 9 were children.', [['killed', 9, 9, 'exact']]],
    ['Of these, 3 were foreigners.', []],
    ['The dead were identified as a 56-year-old man and his 52-year-old wife.', [['killed', 1, 1, 'exact'], ['killed', 1, 1, 'exact']]],
    ['The suspects were identified as a 23-year-old man and his brother.', []],
  ])('en: %s', check('en'));
  it.each<Row>([
    ['قتل 23 شخصا في القصف. ومن بين هؤلاء، 15 امرأة.', [['killed', 23, 23, 'exact'], ['killed', 15, 15, 'exact']]],
    ['ومن بين القتلى، 9 أطفال.', [['killed', 9, 9, 'exact']]],
    ['ومن بين الزوار، 9 أطفال.', []],
  ])('ar: %s', check('ar'));
});

describe('a single victim of a noun predicate, or among a named set', () => {
  it.each<Row>([
    ['Police said they found the body of a man believed to be in his 60s.', [['killed', 1, 1, 'exact']]],
    ['The death of a child sparked protests in the town.', [['killed', 1, 1, 'exact']]],
    ['A 14-year-old girl is among the dead.', [['killed', 1, 1, 'exact']]],
    ['A local journalist was among those injured.', [['injured', 1, 1, 'exact']]],
    ['A woman was among the protesters.', []],
    ['The body of evidence is growing.', []],
  ])('en: %s', check('en'));
  it.each<Row>([
    ['وعثرت الشرطة على جثة رجل في الأربعينات من عمره.', [['killed', 1, 1, 'exact']]],
    ['ووصل رجل إلى المستشفى لزيارة قريبه.', []],
  ])('ar: %s', check('ar'));
});

describe('a count after an auxiliary starts a clause of its own', () => {
  it.each<Row>([
    ['Eight persons, including a woman, were booked and five of them arrested.', [['arrested', 5, 5, 'exact']]],
    ['Police said five people were questioned and two of them detained.', [['arrested', 2, 2, 'exact']]],
    ['Seven soldiers and two civilians were wounded.', [['injured', 7, 7, 'exact'], ['injured', 2, 2, 'exact']]],
    ['Three jawans were martyred and two injured in the encounter.', [['killed', 3, 3, 'exact'], ['injured', 2, 2, 'exact']]],
  ])('en: %s', check('en'));
  it.each<Row>([
    ['وقالت الشرطة إن خمسة أشخاص استجوبوا واعتقل اثنان منهم.', [['arrested', 2, 2, 'exact']]],
  ])('ar: %s', check('ar'));
});

describe('"more", "another" and subsets with a verb of their own continue no claim', () => {
  it.each<Row>([
    ['Three protesters were arrested. Another 40 gathered outside the court.', [['arrested', 3, 3, 'exact']]],
    ['Nine people were killed on Monday. Two more buses were attacked on Tuesday.', [['killed', 9, 9, 'exact']]],
    ['The floods killed 30 people. More than 20 teams were deployed, and 5 more are on the way.', [['killed', 30, 30, 'exact']]],
    ['Four people were injured. Among them, 2 journalists were filming.', [['injured', 4, 4, 'exact']]],
    ['Ten people died in the fire. The company pulled 3 products from shelves.', [['killed', 10, 10, 'exact']]],
    ['Five people died. Two more are in critical condition.', [['killed', 5, 5, 'exact'], ['injured', 2, 2, 'exact']]],
  ])('en: %s', check('en'));
});

describe('"another" as an adjective of a count', () => {
  it.each<Row>([
    ['وانتشلت فرق الدفاع المدني 3 جثث أخرى.', [['killed', 3, 3, 'exact']]],
    ['وقتل 3 أشخاص وأصيب آخر.', [['killed', 3, 3, 'exact'], ['injured', 1, 1, 'exact']]],
  ])('ar: %s', check('ar'));
  it.each<Row>([
    ['Divers recovered 3 other bodies.', [['killed', 3, 3, 'exact']]],
    ['Three people were killed and another was injured.', [['killed', 3, 3, 'exact'], ['injured', 1, 1, 'exact']]],
  ])('en: %s', check('en'));
});

describe('a count among a counted set', () => {
  it.each<Row>([
    ['Police said 4 officers were among the 15 people hurt.', [['injured', 4, 4, 'exact'], ['injured', 15, 15, 'exact']]],
    ['Three children were among the 40 people who attended.', []],
  ])('en: %s', check('en'));
  it.each<Row>([
    ['وكان 4 من رجال الشرطة بين المصابين الخمسة عشر.', [['injured', 4, 4, 'exact'], ['injured', 15, 15, 'exact']]],
  ])('ar: %s', check('ar'));
});

describe('two verbs for one victim, and more people nouns', () => {
  it.each<Row>([
    ['A police officer was shot and killed, and two others were wounded.', [['killed', 1, 1, 'exact'], ['injured', 2, 2, 'exact']]],
    ['A pedestrian was hit and killed by a truck.', [['killed', 1, 1, 'exact']]],
    ['A security guard and a passer-by were killed.', [['killed', 1, 1, 'exact'], ['killed', 1, 1, 'exact']]],
    ['A man was arrested and charged with theft.', [['arrested', 1, 1, 'exact']]],
    ['A man was questioned and released.', []],
  ])('en: %s', check('en'));
  it.each<Row>([
    ['وأصيب حارس أمن ومارة بجروح.', [['injured', 1, 1, 'exact']]],
  ])('ar: %s', check('ar'));
});

describe('a person whose loss is the object', () => {
  it.each<Row>([
    ['"Nobody came," said a 50-year-old farmer who lost four relatives in the flood.', [['killed', 4, 4, 'exact']]],
    ['A soldier who lost his life in the blast was buried on Monday.', [['killed', 1, 1, 'exact']]],
  ])('en: %s', check('en'));
});

describe('suspended from work is no arrest', () => {
  it.each<Row>([
    ['وتقرر إيقاف سائق القطار ومساعده عن العمل وإحالتهما إلى التحقيق.', []],
    ['وأوقفت الوزارة 3 موظفين عن العمل.', []],
    ['وأوقفت الشرطة 3 مشتبهين عند نقطة تفتيش.', [['arrested', 3, 3, 'exact']]],
  ])('ar: %s', check('ar'));
  it.each<Row>([
    ['Police detained 3 men on their way home from work.', [['arrested', 3, 3, 'exact']]],
  ])('en: %s', check('en'));
});

describe('a relative clause with a predicate of its own', () => {
  it.each<Row>([
    ['Two civilians who were wounded in the clash were evacuated by helicopter.', [['injured', 2, 2, 'exact']]],
    ['Five people who died in the fire were buried on Friday.', [['killed', 5, 5, 'exact']]],
  ])('en: %s', check('en'));
});

describe('a list of people before one predicate', () => {
  it.each<Row>([
    ['A 5-year-old boy, his mother and two neighbours were among the dead.', [['killed', 1, 1, 'exact'], ['killed', 1, 1, 'exact'], ['killed', 2, 2, 'exact']]],
    ['A nurse, a driver and three patients were injured when the ambulance overturned.', [['injured', 1, 1, 'exact'], ['injured', 1, 1, 'exact'], ['injured', 3, 3, 'exact']]],
    ['A spokesman, his deputy and two aides said they were safe.', []],
  ])('en: %s', check('en'));
});

describe('a subset aside before a clause of its own', () => {
  it.each<Row>([
    ['Over 300 people were hurt, about 40 of them seriously, and some 2,000 residents had been moved to shelters.', [['injured', 300, null, 'more_than'], ['injured', 40, 40, 'approx'], ['displaced', 2000, 2000, 'approx']]],
  ])('en: %s', check('en'));
});

describe('a subset with a verb of its own past an apposition', () => {
  it.each<Row>([
    ['Four people died in the blast. Two of them, both women, had travelled from Lagos.', [['killed', 4, 4, 'exact']]],
  ])('en: %s', check('en'));
});

describe('"at the time" between a predicate and its count', () => {
  it.each<Row>([
    ['وهدمت قوات الاحتلال في حينه منزلين بحجة البناء دون ترخيص.', [['destroyed', 2, 2, 'exact']]],
    ['واعتقلت الشرطة آنذاك 12 متظاهرا.', [['arrested', 12, 12, 'exact']]],
    ['وزار الوزير في حينه 3 مدارس.', []],
  ])('ar: %s', check('ar'));
});

describe('money after a qualifier is no count', () => {
  it.each<Row>([
    ['وعرضت الشرطة مكافأة تصل إلى 5000 دولار لمن يدلي بمعلومات تقود إلى اعتقال الجناة.', []],
    ['واعتقلت الشرطة ما يصل إلى 40 شخصاً.', [['arrested', null, 40, 'at_most']]],
  ])('ar: %s', check('ar'));
  it.each<Row>([
    ['The city offers up to $5,000 for information leading to an arrest.', []],
    ['A reward of more than £2,000 was offered for tips on the killing.', []],
    ['Police arrested up to 40 people.', [['arrested', null, 40, 'at_most']]],
  ])('en: %s', check('en'));
});

describe('an age by decade is no count; the person is one victim', () => {
  it.each<Row>([
    ['وتوفي رجل في السبعينات من عمره.', [['killed', 1, 1, 'exact']]],
  ])('ar: %s', check('ar'));
  it.each<Row>([
    ['A man in his 70s died after his car was swept away.', [['killed', 1, 1, 'exact']]],
    ['One woman in her 80s remains unaccounted for.', [['missing', 1, 1, 'exact']]],
    ['A woman in her early 60s was injured.', [['injured', 1, 1, 'exact']]],
    ['Two men in their 30s were arrested.', [['arrested', 2, 2, 'exact']]],
    ['A man in his 70s said the water rose fast.', []],
    ['Most of the houses were built in the 1990s.', []],
  ])('en: %s', check('en'));
});

describe('ages in an apposition between the subject and its verb', () => {
  it.each<Row>([
    ['Two men, ages 19 and 22, were taken into custody.', [['arrested', 2, 2, 'exact']]],
    ['Three teenagers, aged 15 and 16, were wounded.', [['injured', 3, 3, 'exact']]],
    ['Two men, ages 40 and 45, said they saw the fire.', []],
  ])('en: %s', check('en'));
});

describe('English predicates: pronounced dead, in hospital, minor injuries, forced from homes, relief centres', () => {
  it.each<Row>([
    ['A 12-year-old girl was pronounced dead at the scene.', [['killed', 1, 1, 'exact']]],
    ['The blast put more than 60 people in hospital.', [['injured', 60, null, 'more_than']]],
    ['The hospital has 40 doctors in hospital wards.', []],
    ['Three workers suffered minor injuries.', [['injured', 3, 3, 'exact']]],
    ['Two other passengers in the van suffered minor injuries.', [['injured', 2, 2, 'exact']]],
    ['Thousands were forced from homes by the floods.', [['displaced', 2000, 9999, 'vague']]],
    ['About 250 residents spent the night in rest centres.', [['displaced', 250, 250, 'approx']]],
    ['Sixty residents spent Friday and Saturday nights at evacuation centres.', [['displaced', 60, 60, 'exact']]],
    ['Three students spent the night at a friend\'s house.', []],
    ['The storm lasted three nights.', []],
    ['Four of the climbers who survived were in hospital on Monday.', [['injured', 4, 4, 'exact']]],
    ['Five of the workers who escaped said the fire spread fast.', []],
  ])('en: %s', check('en'));
});

describe('"both" restating the count before it', () => {
  it.each<Row>([
    ['Four people died in the blast. Two of them, both women, were buried on Friday.', [['killed', 4, 4, 'exact'], ['killed', 2, 2, 'exact']]],
    ['Both pilots were killed.', [['killed', 2, 2, 'exact']]],
  ])('en: %s', check('en'));
});
