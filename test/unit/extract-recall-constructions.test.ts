/**
 * Constructions missed on blind sets (blind5..blind8 under /work/notes), fixed as constructions, not sentences: one table
 * per construction, in both languages where it exists, with sentences written for this test (none from those
 * articles). [kind, min, max, qualifier] of each count in order; [] where no number is a casualty count.
 */
import { describe, expect, it } from 'vitest';
import { checkCounts, type CountRow } from '../support/extract.ts';
import { extractClaims } from '../../lambdas/domain/extract/index.ts';

type Row = CountRow;
const check = checkCounts;

describe('collapse, demolition, blowing up and fire of buildings and vehicles counted by a number', () => {
  it.each<Row>([
    ['وأدى الزلزال إلى انهيار 12 مبنى في المدينة القديمة.', [['destroyed', 12, 12, 'exact']]],
    ['وتسببت الأمطار في انهيار 25 منزلاً طينياً بشكل كامل.', [['destroyed', 25, 25, 'exact']]],
    ['وقال الدفاع المدني إن 60 منزلاً تهدمت بالكامل.', [['destroyed', 60, 60, 'exact']]],
    ['وأسفرت السيول عن تهدم 33 منزلاً بشكل كلي.', [['destroyed', 33, 33, 'exact']]],
    ['ونسفت قوات الاحتلال 4 منازل في البلدة.', [['destroyed', 4, 4, 'exact']]],
    ['وفجّر الجيش فجر اليوم خمسة منازل في القرية.', [['destroyed', 5, 5, 'exact']]],
    ['وأتلفت النيران 15 منزلاً و4 سيارات.', [['destroyed', 15, 15, 'exact'], ['destroyed', 4, 4, 'exact']]],
    // Not buildings nor vehicles, no number, or dawn: no tally.
    ['وقتل 4 أشخاص في تفجير 3 عبوات ناسفة.', [['killed', 4, 4, 'exact']]],
    ['وأتلفت الأمطار 200 دونم من المزروعات.', []],
    ['وأدى انهيار مبنى سكني إلى مقتل 6 أشخاص.', [['killed', 6, 6, 'exact']]],
    ['واستشهد 3 شبان فجر اليوم.', [['killed', 3, 3, 'exact']]],
    ['لقي 7 أشخاص مصرعهم، بينهم 3 أطفال وامرأة، جراء انهيار مبنى سكني.', [['killed', 7, 7, 'exact'], ['killed', 3, 3, 'exact'], ['killed', 1, 1, 'exact']]],
    ['وأضرم مجهولون النار في منزلين فجر أمس.', []],
  ])('ar: %s', check('ar'));
  it.each<Row>([
    ['The river burst its banks, washing away 14 houses and a bridge.', [['destroyed', 14, 14, 'exact']]],
    ['Floods swept the valley, sweeping away 60 homes.', [['destroyed', 60, 60, 'exact']]],
    ['Arsonists burnt 11 houses in the village.', [['destroyed', 11, 11, 'exact']]],
    ['Eleven houses were burned overnight.', [['destroyed', 11, 11, 'exact']]],
    ['Rioters burned 8 cars and two buses.', [['destroyed', 8, 8, 'exact'], ['destroyed', 2, 2, 'exact']]],
    ['Protesters burned 40 tyres on the highway.', []],
    ['Three people were burned in the blaze.', []],
  ])('en: %s', check('en'));
});

describe('Arabic: the victims of a verbal noun, one person and their kin, are one count', () => {
  it.each<Row>([
    ['وأسفر القصف عن مقتل رجل وابنه.', [['killed', 2, 2, 'exact']]],
    ['وأعلنت الصحة وفاة سيدة وطفلها متأثرين بجروحهما.', [['killed', 2, 2, 'exact']]],
    ['وأسفر الحادث عن وفاة سيدة وطفليها.', [['killed', 3, 3, 'exact']]],
    ['وأدى الانفجار إلى إصابة مواطن ونجله بجروح.', [['injured', 2, 2, 'exact']]],
    ['وشهدت البلدة أمس اعتقال شاب وشقيقه.', [['arrested', 2, 2, 'exact']]],
    // Two events, or a verb with its subjects: each victim counts on its own.
    ['مقتل رجل وإصابة زوجته.', [['killed', 1, 1, 'exact'], ['injured', 1, 1, 'exact']]],
    ['ولقيت امرأة وطفلتها حتفهما في الحريق.', [['killed', 1, 1, 'exact'], ['killed', 1, 1, 'exact']]],
  ])('ar: %s', check('ar'));
});

describe('the victims as the subject of a count ("victims numbered 11", "the victims were three men"): the dead', () => {
  it.each<Row>([
    ['The child victims numbered 11.', [['killed', 11, 11, 'exact']]],
    ['The victims numbered at least 14, police said.', [['killed', 14, null, 'at_least']]],
    ['The other victims were three adult men.', [['killed', 3, 3, 'exact']]],
    ['Among the victims were two children.', [['killed', 2, 2, 'exact']]],
    ['The victims included four soldiers.', [['killed', 4, 4, 'exact']]],
    // A predicate of their own decides: the victims treated were hurt.
    ['Three victims were treated for burns.', [['injured', 3, 3, 'exact']]],
    ['The victims were 5 people hurt in the crash.', [['injured', 5, 5, 'exact']]],
    ['Victims of the scam were 40 pensioners.', []],
  ])('en: %s', check('en'));
  it.each<Row>([
    ['وكان الضحايا ثلاثة رجال.', [['killed', 3, 3, 'exact']]],
    ['ومن بين الضحايا طفلان.', [['killed', 2, 2, 'exact']]],
  ])('ar: %s', check('ar'));
});

describe('abductions are missing people, in English as in Arabic', () => {
  it.each<Row>([
    ['Gunmen abducted 39 students from a school in Kaduna.', [['missing', 39, 39, 'exact']]],
    ['At least 2,000 people were kidnapped last year.', [['missing', 2000, null, 'at_least']]],
    ['The kidnapping of 25 schoolgirls sparked protests.', [['missing', 25, 25, 'exact']]],
    ['Bandits killed 12 villagers and abducted 30 others.', [['killed', 12, 12, 'exact'], ['missing', 30, 30, 'exact']]],
    // The kidnappers arrested are arrests.
    ['Police arrested 11 suspected kidnappers.', [['arrested', 11, 11, 'exact']]],
  ])('en: %s', check('en'));
  it.each<Row>([
    ['وخطف مسلحون 25 طالباً من مدرستهم.', [['missing', 25, 25, 'exact']]],
    ['واعتقلت الشرطة 11 خاطفاً.', [['arrested', 11, 11, 'exact']]],
  ])('ar: %s', check('ar'));
});

describe('raising a toll from one value to another gives both values, not a range', () => {
  it.each<Row>([
    ['The discovery of two more bodies raised the toll from 16 to 18.', [['killed', 2, 2, 'exact'], ['killed', 16, 16, 'exact'], ['killed', 18, 18, 'exact']]],
    ['Rescuers found another body, raising the death toll from 16 to 18.', [['killed', 1, 1, 'exact'], ['killed', 16, 16, 'exact'], ['killed', 18, 18, 'exact']]],
    ['Two more deaths were reported, bringing the toll from 40 to 42.', [['killed', 2, 2, 'exact'], ['killed', 40, 40, 'exact'], ['killed', 42, 42, 'exact']]],
    // Not a toll: no count.
    ['Organisers raised the number of beds from 20 to 40.', []],
  ])('en: %s', check('en'));
  it.each<Row>([
    ['وعثرت فرق الإنقاذ على جثتين، ما رفع الحصيلة من 16 إلى 18 قتيلاً.', [['killed', 2, 2, 'exact'], ['killed', 16, 16, 'exact'], ['killed', 18, 18, 'exact']]],
    ['وتوفي أحد الجرحى، رافعاً عدد القتلى من 5 إلى 6.', [['killed', 1, 1, 'exact'], ['killed', 5, 5, 'exact'], ['killed', 6, 6, 'exact']]],
  ])('ar: %s', check('ar'));
});

describe('Arabic: the active "أصاب" with its object, and one unnamed victim named by age or occupation', () => {
  it.each<Row>([
    ['وقتلت الغارة 5 أشخاص وأصابت العشرات.', [['killed', 5, 5, 'exact'], ['injured', 24, 99, 'vague']]],
    ['كما أصابت الشظايا طفلين.', [['injured', 2, 2, 'exact']]],
    ['وأصاب القصف 12 مدنياً بجروح.', [['injured', 12, 12, 'exact']]],
    // What a shell hits is no casualty.
    ['وأصابت القذيفة منزلين.', []],
    ['وتوفي كهل إثر سقوطه في بئر.', [['killed', 1, 1, 'exact']]],
    ['وقتلت شابة برصاص طائش.', [['killed', 1, 1, 'exact']]],
    ['وأصيب تلميذ بجروح طفيفة.', [['injured', 1, 1, 'exact']]],
  ])('ar: %s', check('ar'));
  it.each<Row>([
    ['The strike killed five people and wounded dozens.', [['killed', 5, 5, 'exact'], ['injured', 24, 99, 'vague']]],
  ])('en: %s', check('en'));
});

describe('English: plural nouns of deaths ("the murders of two journalists", "Five murders were recorded")', () => {
  it.each<Row>([
    ['The murders of two journalists drew outrage.', [['killed', 2, 2, 'exact']]],
    ['Five murders were recorded in May.', [['killed', 5, 5, 'exact']]],
    ['The drownings of 30 migrants prompted calls for rescue ships.', [['killed', 30, 30, 'exact']]],
    // "murder" before a noun describes it: the suspects were arrested, nobody killed.
    ['Police arrested 3 murder suspects.', [['arrested', 3, 3, 'exact']]],
  ])('en: %s', check('en'));
});

describe('a count restated in other units after "، أي" / ", or" takes the kind of the count it restates', () => {
  it.each<Row>([
    ['ونزح نحو 80 ألف أسرة من المخيم خلال اليومين الماضيين، أي ما يعادل نحو 400 ألف شخص.', [['displaced', 80000, 80000, 'approx'], ['displaced', 400000, 400000, 'approx']]],
    ['ونزحت 500 عائلة، أي قرابة 3 آلاف شخص، من القرى.', [['displaced', 500, 500, 'exact'], ['displaced', 3000, 3000, 'approx']]],
    // No number after "أي": nothing restated.
    ['وأصيب 12 شخصاً، أي ضعف العدد المسجل أمس.', [['injured', 12, 12, 'exact']]],
  ])('ar: %s', check('ar'));
  it.each<Row>([
    ['Some 60,000 families fled the camp, or about 300,000 people.', [['displaced', 60000, 60000, 'approx'], ['displaced', 300000, 300000, 'approx']]],
    ['Twelve people were injured, or twice as many as last year.', [['injured', 12, 12, 'exact']]],
  ])('en: %s', check('en'));
});

describe('referred to a hospital is an injury, as taken to one is', () => {
  it.each<Row>([
    ['Medics treated 58 people, eight of whom were referred to hospitals.', [['injured', 58, 58, 'exact'], ['injured', 8, 8, 'exact']]],
    ['Nine people were referred to the district hospital.', [['injured', 9, 9, 'exact']]],
    ['Police referred 3 suspects to the court.', []],
  ])('en: %s', check('en'));
  it.each<Row>([
    ['وأحيل 9 أشخاص إلى المستشفى.', [['injured', 9, 9, 'exact']]],
    ['وأصيب 20 شخصاً، أحيل 8 منهم إلى المستشفيات.', [['injured', 20, 20, 'exact'], ['injured', 8, 8, 'exact']]],
    ['ونقل 5 منهم إلى المستشفى.', [['injured', 5, 5, 'exact']]],
    ['وأحيل 4 متهمين إلى النيابة.', []],
  ])('ar: %s', check('ar'));
});

/** The sources of a text's attributions, in order (every attribution, on a count, a date or a statement). */
const sources = (text: string, language: 'ar' | 'en') => {
  const seen = new Map<number, string>();
  for (const c of extractClaims(text, { language, publishedAt: '2024-03-02' })) if (c.attribution) seen.set(c.attribution.start, c.attribution.source);
  return [...seen.entries()].sort((a, b) => a[0] - b[0]).map(([, s]) => s);
};
/** The attribution phrase of each claim whose text holds `needle`. */
const phrases = (text: string, language: 'ar' | 'en', needle: string) =>
  extractClaims(text, { language, publishedAt: '2024-03-02' }).filter((c) => c.type !== 'statement' && c.text.includes(needle))
    .map((c) => (c.attribution ? text.slice(c.attribution.start, c.attribution.end) : null));

describe('Arabic: a participle of saying goes on with the speaker of its sentence', () => {
  it.each([
    ['وقالت الوزارة إن 5 أشخاص قتلوا، مشيرة إلى أن 12 آخرين أصيبوا.', '12 آخرين', 'مشيرة'],
    ['وأكد المتحدث أن فرق الإنقاذ انتشلت 4 جثث، مضيفاً أن 7 أشخاص ما زالوا مفقودين.', '7 أشخاص', 'مضيفاً'],
    ['وأعلن الجيش مقتل جنديين، لافتاً إلى أن 3 آخرين أصيبوا بجروح.', '3 آخرين', 'لافتاً'],
    ['وأفاد مصدر طبي بوصول 9 جرحى، مبيناً أن حالة اثنين منهم حرجة.', 'اثنين', 'مبيناً'],
    ['وقالت المنظمة إن الوضع خطير، محذرةً من أن 40 ألف شخص قد ينزحون.', '40 ألف', 'محذرةً'],
    ['وأعلنت الشرطة انتشال 6 جثث، مرجحةً أن 10 أشخاص ما زالوا مفقودين.', '10 أشخاص', 'مرجحةً'],
  ] as const)('%s', (text, needle, phrase) => {
    expect(phrases(text, 'ar', needle)).toEqual([phrase]);
    expect(new Set(sources(text, 'ar')).size).toBe(1);
  });

  it.each([
    // No speaker before it, or no clause of saying after it: no source.
    ['مشيراً إلى أن 3 أشخاص قتلوا.', []],
    ['وكان المتحدث مشيرا بيده إلى 3 جثث.', []],
    // "المؤكد أن": it is certain that, nobody said it.
    ['ومن المؤكد أن 3 أشخاص قتلوا.', []],
  ] as const)('no source: %s', (text, expected) => {
    expect(sources(text, 'ar')).toEqual(expected);
  });
});

describe('Arabic: sources in quotes, statements with the article, "والي" after نقل, more verbs', () => {
  it.each([
    ['نفت «الدعم السريع» مقتل 20 مدنياً.', ['الدعم السريع']],
    ['وأفاد "الدفاع المدني" بمقتل 3 أشخاص.', ['الدفاع المدني']],
    ['وأعلنت «لجنة الإغاثة المحلية» نزوح 300 أسرة.', ['لجنة الإغاثة المحلية']],
    ['وأضاف البيان أن 12 شخصاً اعتقلوا.', ['البيان']],
    ['وذكر التقرير أن 40 منزلاً دمرت.', ['التقرير']],
    ['نقلت وكالة الأنباء عن والي المدينة أن 4 أشخاص قتلوا.', ['وكالة الأنباء']],
    ['وتشير تقديرات الأمم المتحدة إلى نزوح 2000 شخص.', ['تقديرات الأمم المتحدة']],
    ['فيما توقع المركز الوطني للأرصاد استمرار هطول الأمطار حتى الجمعة.', ['المركز الوطني للأرصاد']],
    // Still no source: a transfer to hospital, and "في بيان" with no speaker before it.
    ['ونقلت سيارات الإسعاف 5 جرحى إلى المستشفى.', []],
    ['وقال في بيان إن 3 جنود قتلوا.', []],
  ] as const)('%s', (text, expected) => {
    expect(sources(text, 'ar')).toEqual(expected);
  });
});

describe('English: a gerund of saying goes on with the speaker of its sentence', () => {
  it.each([
    ['"We have pulled out 42 bodies," said Amadou Diallo, a rescuer, adding that 19 injured miners had been taken to a clinic.', '19 injured', 'adding'],
    ['The ministry said 12 people died, noting that 30 others were hurt.', '30 others', 'noting'],
    ['The agency reported six deaths, warning that 20 fishermen were still missing.', '20 fishermen', 'warning'],
    ['Police confirmed the arrests, saying four more suspects had been detained overnight.', 'four more', 'saying'],
  ] as const)('%s', (text, needle, phrase) => {
    expect(phrases(text, 'en', needle)).toEqual([phrase]);
    expect(new Set(sources(text, 'en')).size).toBe(1);
  });

  it.each([
    ['Adding that 3 people died, he left.', []],
    ['The crowd kept warning that 5 people were trapped.', []],
  ] as const)('only after a comma, and with a speaker before: %s', (text, expected) => {
    expect(sources(text, 'en')).toEqual(expected);
  });
});

describe('English: records and studies as sources ("figures show", "data showed", "recorded", "found", "forecast")', () => {
  it.each([
    ['More than 8,000 people have crossed the Channel since January, Home Office figures show.', ['Home Office figures']],
    ['Of the 300 deaths recorded this year, 120 were caused by floods, NDMA data showed.', ['NDMA data']],
    ['The Road Safety Centre recorded 253 deaths during the holiday.', ['The Road Safety Centre']],
    ['Gun deaths fell 6 percent, researchers at the university found.', ['researchers at the university']],
    ['The weather office has forecast heavy rain until Friday.', ['The weather office']],
    // A passive, a casualty word before the verb, or "show" after no plural of records: no source.
    ['Three bodies have been found in the river.', []],
    ['Twelve deaths recorded in March were later reclassified.', []],
    ['The show drew 40 people.', []],
  ] as const)('%s', (text, expected) => {
    expect(sources(text, 'en')).toEqual(expected);
  });
});

describe('English: ", which said" and "and said" name the source before them', () => {
  // Two attributions each: "according to X" (or "X put") and the verb after it.
  it.each([
    ['At least 1,200 people were killed last year, according to Amnesty International, which said in a report that 300 more were abducted.', ['Amnesty International', 'Amnesty International']],
    ['More than 1,300 people were moved to shelters, according to the Royal Oman Police, which said it had rescued 40 motorists.', ['the Royal Oman Police', 'the Royal Oman Police']],
    ['The army put the number of dead at 23, and said 70 were missing.', ['The army', 'The army']],
  ] as const)('%s', (text, expected) => {
    expect(sources(text, 'en')).toEqual(expected);
  });
});
