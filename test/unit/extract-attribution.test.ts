import { describe, expect, it } from 'vitest';
import { extractClaims, REVIEWED_TYPES } from '../../lambdas/domain/extract/index.ts';
import { detectLanguage } from '../../lambdas/domain/language.ts';

const sourceOf = (text: string, language: 'ar' | 'en') =>
  extractClaims(text, { language, publishedAt: '2024-03-02' }).map((c) => c.attribution?.source ?? null);

describe('attribution', () => {
  it.each([
    ['وقال الدفاع المدني إن 12 شخصاً قتلوا في القصف.', 'الدفاع المدني'],
    ['قتل 12 شخصاً في القصف، بحسب ما أعلنت وزارة الصحة.', 'وزارة الصحة'],
    ['ذكر بيان صادر عن الجيش أن 4 جنود أصيبوا.', 'الجيش'],
    ['و أكدت الأمم المتحدة نزوح 5 آلاف شخص.', 'الأمم المتحدة'],
    ['أصيب 9 أشخاص وفقا لمصادر طبية محلية.', 'مصادر طبية محلية'],
  ])('%s', (text, source) => {
    expect(sourceOf(text, 'ar')).toEqual([source]);
  });

  it.each([
    ['The health ministry said 40 people were killed.', 'The health ministry'],
    ['At least 40 people were killed, according to local officials.', 'local officials'],
    ['Twelve soldiers were wounded, the army said.', 'the army'],
    ['The report also claims that rebels killed 1,200 soldiers.', 'The report'],
  ])('%s', (text, source) => {
    expect(sourceOf(text, 'en')).toEqual([source]);
  });

  it('does not read "reported missing" as an attribution', () => {
    expect(sourceOf('Two fishermen were reported missing off the coast.', 'en')).toEqual([null]);
  });

  it('gives each claim the nearest attribution in its sentence', () => {
    const text = 'قالت الوكالة إن 300 شخص قتلوا، وسجلت 90 وفاة في المستشفيات وفقا لمصادر طبية.';
    expect(sourceOf(text, 'ar')).toEqual(['الوكالة', 'مصادر طبية']);
  });
});

describe('language detection', () => {
  it.each([
    ['قتل 33 جنديا في إدلب', 'ar'],
    ['33 soldiers were killed in Idlib', 'en'],
    ['قال مسؤول لوكالة AFP إن 5 أشخاص قتلوا في الهجوم على القرية', 'ar'],
  ])('%s -> %s', (text, lang) => {
    expect(detectLanguage(text)).toBe(lang);
  });
});

describe('statements: who said what where no count or date carries it', () => {
  it.each([
    ['The spokesman said the search would continue through the night.', 'en', 'The spokesman'],
    ['"We are doing everything we can," he said.', 'en', 'he'],
    ['وقال المتحدث باسم الدفاع المدني إن فرق الإنقاذ تواصل عملها.', 'ar', 'المتحدث باسم الدفاع المدني'],
  ] as const)('%s', (text, lang, source) => {
    // Act
    const claims = extractClaims(text, { language: lang, publishedAt: '2024-03-02' });
    // Assert
    expect(claims.map((c) => [c.type, c.attribution?.source])).toEqual([['statement', source]]);
    expect(claims[0].text).toBe(text.slice(claims[0].start, claims[0].end));
    expect(REVIEWED_TYPES.has(claims[0].type)).toBe(false);
  });

  it('gives no statement where a count already carries the attribution', () => {
    const claims = extractClaims('Police said 12 people were killed.', { language: 'en', publishedAt: '2024-03-02' });
    expect(claims.map((c) => c.type)).toEqual(['casualty']);
    expect(claims[0].attribution?.source).toBe('Police');
  });

  it('gives none for a sentence that reports nothing', () => {
    expect(extractClaims('The rain stopped before dawn.', { language: 'en', publishedAt: '2024-03-02' })).toEqual([]);
  });
});
