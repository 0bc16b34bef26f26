import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../lambdas/domain/extract/index.ts';
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
