import { afterEach, describe, expect, it } from 'vitest';
import { extractClaims } from '../../lambdas/domain/extract/index.ts';
import { setWordTableLimit } from '../../lambdas/domain/text/tokens.ts';

// The attribution rules read each token's kind and word classes (tokenizedBits) and their words' bits (wordBits, at
// tokenizedRows) from arrays of the sentence's tokenize: the answers must be the same whatever the word table holds.
const DEFAULT_LIMIT = setWordTableLimit(200_000);
afterEach(() => setWordTableLimit(DEFAULT_LIMIT));

const sources = (text: string, language: 'ar' | 'en') =>
  extractClaims(text, { language, publishedAt: '2024-03-02' }).map((c) => [c.type, c.text, c.attribution?.source ?? null]);

const ENGLISH = [
  // A verb inside a quote reports the quoted words; the one after the closing quote is the article's.
  '"My son said 3 people died," said Grace Obi, 38.',
  // Quotes before the verb, counted over a hit that ends past its cue ("confirmed by the provincial governor").
  'The deaths of 12 people were confirmed by the provincial governor, "a tragedy", he said of the "flood".',
  '"We lost 40 homes," the mayor said, adding that 200 people were displaced.',
  'The Syrian Observatory for Human Rights said on Saturday that 23 people were killed.',
  'Officials earlier this week had put the toll at 30, while police said 12 were missing.',
  'At least 40 people were killed, according to figures released by the Interior Ministry.',
].join(' ');
const ARABIC = [
  'وقال الدفاع المدني إن 12 شخصاً قتلوا في القصف.',
  'وأضاف أن 4 جنود أصيبوا، مشيراً إلى أن 3 منهم في حالة خطرة.',
  'وكانت وزارة الصحة قد أحصت 17 حالة وفاة.',
  'أصيب 9 أشخاص وفقا لمصادر طبية محلية.',
].join(' ');

describe('attribution on the tokens\' bits', () => {
  it('counts the quotation marks before a verb on the bits (a quoted verb reports nothing)', () => {
    expect(sources('"My son said 3 people died," said Grace Obi, 38.', 'en')).toEqual([
      ['casualty', '3 people died', 'Grace Obi'],
    ]);
  });

  it.each([
    ['en', ENGLISH],
    ['ar', ARABIC],
  ] as const)('gives the same claims with the word table cleared every few sentences (%s)', (language, text) => {
    const once = sources(text, language);
    expect(once.some((c) => c[2] !== null)).toBe(true);
    // A small table: cleared at the tokenize of a later sentence, so the words' rows and answers are made again.
    setWordTableLimit(40);
    for (let k = 0; k < 3; k++) expect(sources(text, language)).toEqual(once);
  });
});
