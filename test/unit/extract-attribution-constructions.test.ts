/**
 * Attribution constructions, one table per family: sentences written for this test and the sources they must give
 * (every attribution of the sentence, on a count, a date or a statement), or none.
 */
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../lambdas/domain/extract/index.ts';

const sources = (text: string, language: 'ar' | 'en') => {
  const seen = new Map<number, string>();
  for (const c of extractClaims(text, { language, publishedAt: '2024-03-02' })) if (c.attribution) seen.set(c.attribution.start, c.attribution.source);
  return [...seen.entries()].sort((a, b) => a[0] - b[0]).map(([, s]) => s);
};

describe('English: the speaker after the verb, following a quote or a clause', () => {
  it.each([
    ['"The water came up to our roofs in minutes," said Amina Yusuf, 38, a tailor whose shop was swept away.', ['Amina Yusuf']],
    ['"We have recovered nine bodies so far," said district commissioner Peter Otieno.', ['district commissioner Peter Otieno']],
    ['"The hill just slid away," says Rosa Delgado, who lives below it.', ['Rosa Delgado']],
    ['Four people were hurt in the blast, said a spokesman for the fire brigade.', ['a spokesman for the fire brigade']],
    ['The search will resume at dawn, added Lt. Col. Mark Haines.', ['Lt. Col. Mark Haines']],
  ] as const)('%s', (text, expected) => {
    expect(sources(text, 'en')).toEqual(expected);
  });

  it.each([
    // The time after the verb is no speaker, and the speaker before it stays the source.
    ['The coast guard said on Friday that 14 fishermen were missing.', ['The coast guard']],
    ['Police said Monday that three men had been detained.', ['Police']],
    // No quote or clause before the verb: "said" is not inverted.
    ['She said nothing about the 20 injured.', ['She']],
  ] as const)('keeps the subject before the verb: %s', (text, expected) => {
    expect(sources(text, 'en')).toEqual(expected);
  });
});

describe('English: present-tense and belief verbs', () => {
  it.each([
    ['At least 38 people have died, officials say.', ['officials']],
    ['Residents say the river rose two metres overnight.', ['Residents']],
    ['Investigators believe at least two gunmen opened fire.', ['Investigators']],
  ] as const)('%s', (text, expected) => {
    expect(sources(text, 'en')).toEqual(expected);
  });

  it('does not take "say" in "needless to say" or a modal phrase as a source', () => {
    expect(sources('It is too early to say how many homes were lost.', 'en')).toEqual([]);
  });
});

describe('English: a source that names the toll', () => {
  it.each([
    ['Local activists put the death toll at 51.', ['Local activists']],
    ['The regional governor raised the toll to 23 on Sunday.', ['The regional governor']],
    ['Hospital officials gave a higher figure of 40 dead.', ['Hospital officials']],
    ['The interior ministry on Saturday put the toll at 320.', ['The interior ministry']],
  ] as const)('%s', (text, expected) => {
    expect(sources(text, 'en')).toEqual(expected);
  });

  it('does not read other objects of "put" as a toll', () => {
    expect(sources('Firefighters put out the blaze after 12 hours.', 'en')).toEqual([]);
  });
});

describe('English: an acronym in parentheses between the source and its verb', () => {
  it.each([
    ['Seven people died, the State Emergency Management Agency (SEMA) said on Tuesday.', ['the State Emergency Management Agency (SEMA)']],
    ['The Human Rights Commission (HRC) reported 16 arrests.', ['The Human Rights Commission (HRC)']],
  ] as const)('%s', (text, expected) => {
    expect(sources(text, 'en')).toEqual(expected);
  });
});

describe('Arabic: a verb after a clause opener', () => {
  it.each([
    ['قتل 12 شخصا في القصف، فيما قدّرت مصادر محلية عدد الجرحى بنحو 40.', ['مصادر محلية']],
    ['أعلن الجيش في بيان سيطرته على البلدة، بينما نفى المتمردون ذلك.', ['الجيش', 'المتمردون']],
    ['غرق 7 صيادين، في حين قال خفر السواحل إن البحث مستمر.', ['خفر السواحل']],
    ['وكانت وزارة الصحة قد أحصت أمس وفاة 9 أشخاص.', ['وزارة الصحة']],
    ['وكانت السلطات قد أعلنت في حصيلة سابقة مقتل 31 شخصا.', ['السلطات']],
    ['وقال الجيش إنه دمر ثلاث دبابات.', ['الجيش']],
    ['وذكرت الشرطة أنها اعتقلت 5 أشخاص.', ['الشرطة']],
  ] as const)('%s', (text, expected) => {
    expect(sources(text, 'ar')).toEqual(expected);
  });
});

describe('Arabic: present-tense verbs and more verbs of saying', () => {
  it.each([
    ['ويقدّر زعماء محليون عدد النازحين بأكثر من 3 آلاف.', ['زعماء محليون']],
    ['وتحذر منظمات الإغاثة من تفشي الكوليرا بين 20 ألف نازح.', ['منظمات الإغاثة']],
    ['ويؤكد ناشطون أن 15 معتقلا ما زالوا في السجن.', ['ناشطون']],
    ['وأعربت وزارة الخارجية في بيان عن تعازيها لأسر الضحايا الـ12.', ['وزارة الخارجية']],
    ['ودعت المديرية العامة للدفاع المدني إلى إخلاء 30 منزلا.', ['المديرية العامة للدفاع المدني']],
  ] as const)('%s', (text, expected) => {
    expect(sources(text, 'ar')).toEqual(expected);
  });

  it('does not take a verb of estimating inside a noun phrase as a source', () => {
    expect(sources('بلغت الأضرار المقدرة 400 ألف دولار.', 'ar')).toEqual([]);
  });
});

describe('no attribution', () => {
  it.each([
    ['en', 'The police spokesperson, Ali Musa, said the suspects would be charged in court.', ['The police spokesperson']],
    ['en', 'A community leader, John Bako, told reporters that 52 people were taken away.', ['A community leader']],
    ['en', 'Officials could not say how many of the 40 houses were insured.', []],
    ['en', '"My son said his chest hurt and he died that night," said Grace Obi.', ['Grace Obi']],
    ['ar', 'نُقل المصابون الـ12 إلى مستشفى المدينة.', []],
    ['ar', 'وأضاف أن من بين الضحايا 3 نساء.', []],
    ['ar', 'ويذكر أن 40 شخصا قتلوا في حادث مماثل العام الماضي.', []],
  ] as const)('%s: %s', (language, text, expected) => {
    expect(sources(text, language)).toEqual(expected);
  });
});

describe('Arabic: a verb with no subject goes on with the speaker before it', () => {
  it('gives "وأضاف أن" the source of the sentence before, within its paragraph only', () => {
    const text = 'وقال مدير المستشفى إن 14 جريحا وصلوا صباحا. وأضاف أن 3 منهم في حالة حرجة.\n\nوأشار إلى أن 20 منزلا دمرت بالكامل.';
    const claims = extractClaims(text, { language: 'ar', publishedAt: '2024-03-02' });
    const bySentence = (needle: string) => claims.filter((c) => text.slice(c.sentence.start, c.sentence.end).includes(needle)).map((c) => c.attribution?.source ?? null);
    expect(bySentence('وصلوا')).toEqual(['مدير المستشفى']);
    expect(bySentence('حرجة')).toEqual(['مدير المستشفى']);
    expect(bySentence('دمرت')).toEqual([null]);
  });

  it.each([
    ['وقال والي الولاية في مؤتمر صحافي إن 5 أشخاص قتلوا.', ['والي الولاية']],
    ['وأفاد مصدر من السلطات المحلية بأن 6 أشخاص أصيبوا.', ['مصدر من السلطات المحلية']],
  ] as const)('keeps a source that starts like a preposition or holds من: %s', (text, expected) => {
    expect(sources(text, 'ar')).toEqual(expected);
  });
});

describe('English: a clause after "said" is what was said, not who', () => {
  it.each([
    ['Maria Lopez, a spokeswoman for the ministry, said six villages have been destroyed.', ['Maria Lopez']],
    ['The governor, speaking in the capital, said nine people died, according to the state radio.', ['The governor', 'the state radio']],
  ] as const)('%s', (text, expected) => {
    expect(sources(text, 'en')).toEqual(expected);
  });
});

describe('sources named in full, and no more (found by a new user)', () => {
  it.each([
    // "of" and "for" inside a name, with words on both sides.
    ['The Yemen Monitor for Civil Liberties said 14 people were detained.', ['The Yemen Monitor for Civil Liberties']],
    ['The head of the regional water authority said 6 people drowned.', ['The head of the regional water authority']],
    ['A spokeswoman for the port authority said 3 workers were hurt.', ['A spokeswoman for the port authority']],
  ] as const)('%s', (text, expected) => {
    expect(sources(text, 'en')).toEqual(expected);
  });

  it.each([
    // When it was said is no part of who said it.
    ['أعلنت مديرية الدفاع المدني مساء السبت انتشال 8 جثث.', ['مديرية الدفاع المدني']],
    ['قالت هيئة الإسعاف صباح الأحد إن 5 أشخاص أصيبوا.', ['هيئة الإسعاف']],
    // A source named by its post, then where it serves; not the outlet it spoke to.
    ['قتل 9 أشخاص، بحسب ما أفاد مصدر في الهلال الأحمر.', ['مصدر في الهلال الأحمر']],
    ['وقال مسؤول في مديرية الصحة للتلفزيون الرسمي إن 11 شخصاً أصيبوا.', ['مسؤول في مديرية الصحة']],
    ['وقال متحدث باسم الشرطة إن 4 أشخاص اعتقلوا.', ['متحدث باسم الشرطة']],
    // "بين" after a noun is "between", no verb of saying with that noun as its subject.
    ['ناقش الاجتماع التحضير للقاء محتمل بين الرئيسين، وقتل 3 أشخاص.', []],
  ] as const)('%s', (text, expected) => {
    expect(sources(text, 'ar')).toEqual(expected);
  });
});
