import { describe, expect, it } from 'vitest';
import { casualties, counts } from '../support/extract.ts';

describe('casualties in Arabic', () => {
  it.each([
    ['أسفر الهجوم عن مقتل 14 شرطياً في الموصل.', [['killed', 14, 14, 'exact']]],
    ['قتل سبعة مدنيين وأصيب عشرون آخرون في انفجار سيارة.', [['killed', 7, 7, 'exact'], ['injured', 20, 20, 'exact']]],
    ['ارتفعت حصيلة القتلى إلى 61 شخصاً.', [['killed', 61, 61, 'exact']]],
    ['سقط 45 قتيلاً و120 جريحاً في الزلزال.', [['killed', 45, 45, 'exact'], ['injured', 120, 120, 'exact']]],
    ['نزح أكثر من 12 ألف شخص من المدينة.', [['displaced', 12000, null, 'more_than']]],
    ['اعتقلت الشرطة نحو 40 متظاهراً.', [['arrested', 40, 40, 'approx']]],
    ['لا يزال ٣ صيادين في عداد المفقودين.', [['missing', 3, 3, 'exact']]],
    ['أعلن الجيش تدمير خمس دبابات وإسقاط مروحيتين.', [['destroyed', 5, 5, 'exact'], ['destroyed', 2, 2, 'exact']]],
    ['أصيب ما لا يقل عن 30 شخصاً بجروح.', [['injured', 30, null, 'at_least']]],
    ['قتل عشرات المسلحين في الاشتباكات.', [['killed', 24, 99, 'vague']]],
    ['تسبب الإعصار بتشريد عشرات الآلاف من السكان.', [['displaced', 20000, 99999, 'vague']]],
    ['قضى بين 20 و30 مهاجراً غرقاً قبالة السواحل.', [['killed', 20, 30, 'range']]],
    ['بلغ عدد الوفيات 3 آلاف و215 حالة.', [['killed', 3215, 3215, 'exact']]],
    ['قتل خمسة جنود وأصيب مثلهم.', [['killed', 5, 5, 'exact'], ['injured', 5, 5, 'exact']]],
  ])('%s', (text, expected) => {
    // Act
    const found = casualties(text, 'ar');
    // Assert
    expect(counts(found)).toEqual(expected);
  });

  it.each([
    ['استشهد 3 فلسطينيين برصاص الاحتلال.', [['killed', 3, 3, 'exact']]],
    ['أصيب نحو مئة شخص بحالات اختناق.', [['injured', 100, 100, 'approx']]],
    ['قتل جنديان وأصيب ثلاثة آخرون.', [['killed', 2, 2, 'exact'], ['injured', 3, 3, 'exact']]],
    ['أعلنت الوزارة مقتل طفلين في القصف.', [['killed', 2, 2, 'exact']]],
    ['أسفر الحادث عن مقتل شخص وإصابة آخرين.', [['killed', 1, 1, 'exact']]],
    ['قتل رجل يبلغ من العمر 45 عاما.', [['killed', 1, 1, 'exact']]],
    ['أسفر الانفجار عن مقتل وإصابة 20 شخصاً.', []],
    ['قتل ثلاثة أشخاص على الأقل في الهجوم.', [['killed', 3, null, 'at_least']]],
    ['انتشلت فرق الإنقاذ جثث 12 شخصاً من تحت الأنقاض.', [['killed', 12, 12, 'exact']]],
    ['أودى الحريق بحياة 11 شخصاً.', [['killed', 11, 11, 'exact']]],
    ['وبعد ثلاثة أيام، عثر على جثتين.', [['killed', 2, 2, 'exact']]],
    ['وأكدت السلطات تسجيل 14 حالة وفاة ونقل 30 آخرين إلى المستشفيات.', [['killed', 14, 14, 'exact'], ['injured', 30, 30, 'exact']]],
    ['قتل خمسة جنود وثلاثة مدنيين في الهجوم.', [['killed', 5, 5, 'exact'], ['killed', 3, 3, 'exact']]],
    ['ووقع التفجير في الثالث من كانون الثاني وأسفر عن مقتل 103 أشخاص.', [['killed', 103, 103, 'exact']]],
    ['أعلنت الشرطة مقتل الصحفي في منزله.', []],
  ])('counts without digits, and refuses mixed kinds: %s', (text, expected) => {
    expect(counts(casualties(text, 'ar'))).toEqual(expected);
  });

  it('keeps the victim group as written and the span on the original text', () => {
    const text = 'وبعد مقتل ٣٣ جنديًّا تركيًّا في غارة، عقد اجتماع.';
    const [c] = casualties(text, 'ar');
    expect(c.casualty).toMatchObject({ kind: 'killed', min: 33, max: 33, group: 'جنديًّا تركيًّا' });
    expect(text.slice(c.start, c.end)).toBe(c.text);
    expect(c.text).toBe('مقتل ٣٣ جنديًّا تركيًّا');
  });

  it.each([
    'يبلغ عدد سكان المدينة 200 ألف نسمة.',
    'أطلقت القوات 40 قذيفة على القرية.',
    'استمرت المعارك 72 ساعة.',
    'نفذت الطائرات 15 غارة على المنطقة.',
    'شارك 300 من عمال الإنقاذ في البحث.',
    'ارتفعت الأسعار بنسبة 20 بالمئة.',
    'عقد الاجتماع في 5 آذار 2020.',
  ])('no casualty in: %s', (text) => {
    expect(casualties(text, 'ar')).toEqual([]);
  });
});

describe('casualties in English', () => {
  it.each([
    ['Twelve people were killed and 40 injured in the blast.', [['killed', 12, 12, 'exact'], ['injured', 40, 40, 'exact']]],
    ['The attack killed at least 17 civilians.', [['killed', 17, null, 'at_least']]],
    ['The death toll rose to 212 on Sunday.', [['killed', 212, 212, 'exact']]],
    ['The storm left 20 dead and 29 injured.', [['killed', 20, 20, 'exact'], ['injured', 29, 29, 'exact']]],
    ['Police arrested more than 300 protesters.', [['arrested', 300, null, 'more_than']]],
    ['Some 4,500 families were displaced by the floods.', [['displaced', 4500, 4500, 'approx']]],
    ['Dozens of people were wounded.', [['injured', 24, 99, 'vague']]],
    ['Thirty-three sailors are still missing.', [['missing', 33, 33, 'exact']]],
    ['Between 20 and 30 migrants died at sea.', [['killed', 20, 30, 'range']]],
    ['The army said it destroyed 14 tanks, 9 trucks and two drones.', [['destroyed', 14, 14, 'exact'], ['destroyed', 9, 9, 'exact'], ['destroyed', 2, 2, 'exact']]],
    ['Up to 50 people may have died.', [['killed', null, 50, 'at_most']]],
    ['Hundreds of thousands have been displaced.', [['displaced', 200000, 999999, 'vague']]],
  ])('%s', (text, expected) => {
    expect(counts(casualties(text, 'en'))).toEqual(expected);
  });

  it.each([
    ['A policeman was killed in the attack.', [['killed', 1, 1, 'exact']]],
    ['A woman has been wounded by a stray bullet.', [['injured', 1, 1, 'exact']]],
    ['At least nine people, including four children, were killed.', [['killed', 9, null, 'at_least'], ['killed', 4, 4, 'exact']]],
    ['Seven soldiers and two civilians were wounded.', [['injured', 7, 7, 'exact'], ['injured', 2, 2, 'exact']]],
    ['The blast killed 12 and wounded 30.', [['killed', 12, 12, 'exact'], ['injured', 30, 30, 'exact']]],
    ['Hundreds were arrested during the protests.', [['arrested', 200, 999, 'vague']]],
    ['The storm left 3,000 people homeless.', [['displaced', 3000, 3000, 'exact']]],
    ['The toll stands at 61, officials said.', [['killed', 61, 61, 'exact']]],
    ['The man was killed and a hundred people fled.', [['killed', 1, 1, 'exact'], ['displaced', 100, 100, 'exact']]],
    ['More than a million people have fled their homes.', [['displaced', 1_000_000, null, 'more_than']]],
    ['Twenty people or more were hurt.', [['injured', 20, null, 'at_least']]],
    ['The 2011 uprising killed hundreds of thousands.', [['killed', 200_000, 999_999, 'vague']]],
    ['Authorities confirmed 14 deaths and said another 30 people were hospitalized.', [['killed', 14, 14, 'exact'], ['injured', 30, 30, 'exact']]],
    ['The military said it had killed "dozens of militants" in the raid.', [['killed', 24, 99, 'vague']]],
    ['The bombing on Jan. 3 killed 103 people.', [['killed', 103, 103, 'exact']]],
  ])('%s', (text, expected) => {
    expect(counts(casualties(text, 'en'))).toEqual(expected);
  });

  it('records the group of a passive sentence', () => {
    const [c] = casualties('Forty-one Kenyan police officers were killed on Friday.', 'en');
    expect(c.casualty).toMatchObject({ kind: 'killed', min: 41, group: 'Kenyan police officers' });
  });

  it('reads "killings of N" as a count of the killed, like "killing of N"', () => {
    expect(counts(casualties('The killings of at least 23 villagers near the dam drew condemnation.', 'en'))).toEqual([['killed', 23, null, 'at_least']]);
  });

  it.each([
    ['The shelling of 9 apartment blocks destroyed 40 cars parked outside.', 'cars'],
    ['The killing of 12 miners angered the union.', 'miners'],
    ['The raid killed 6 herders grazing cattle.', 'herders grazing cattle'],
    ['Five heavily armed men were arrested.', 'heavily armed men'],
  ])('ends the group where a verb in the past follows a plural noun: %s', (text, group) => {
    expect(casualties(text, 'en').at(-1)!.casualty!.group).toBe(group);
  });

  it.each([
    'A 6.1-magnitude earthquake struck at 3 am.',
    'The 45-year-old man was later released.',
    'Rebels fired 120 rockets at the town.',
    'More than 500 rescuers were searching the rubble.',
    'The city has a population of 1.2 million.',
    'Prices rose 8 percent in 2023.',
    'The ceasefire lasted 72 hours.',
  ])('no casualty in: %s', (text) => {
    expect(casualties(text, 'en')).toEqual([]);
  });

  it('does not carry "destroyed" over to what was only damaged', () => {
    expect(counts(casualties('The quake destroyed 300 homes and damaged 1,000 others.', 'en'))).toEqual([['destroyed', 300, 300, 'exact']]);
  });
});
