/**
 * The date scanner and phraseAt read each token's kind, word classes and memo answers from the tokenizer's arrays
 * (bitsOf, rowsOf, wordBits in tokens.ts) where they read `t.kind`, mayStartDate(t), dateRoles(t) and phraseForms(t).
 * Their answers must not depend on which array of tokens they are given: the last tokenize's own, or a copy of an
 * earlier sentence's tokens (whose arrays are computed: the tokenizer's hold another sentence by then).
 */
import { describe, expect, it } from 'vitest';
import { scanDates } from '../../lambdas/domain/extract/dates.ts';
import { phraseAt } from '../../lambdas/domain/extract/lexicon.ts';
import { normalizeForMatching } from '../../lambdas/domain/text/normalize.ts';
import { tokenize } from '../../lambdas/domain/text/tokens.ts';

const PUB = '2024-03-15';
const SENTENCES = [
  'Two people were killed on Monday, 12 March, and 3 more were shot and killed last week in mid-February 2023.',
  'قتل 5 أشخاص يوم الاثنين 12 آذار 2024 وأصيب آخرون أمس',
  'On Christmas Eve 2021 a man was stabbed to death; 14 others suffered minor injuries two days ago.',
  'The 7 soldiers, 2 of them wounded, were knocked down and killed in 2019 (on the 3rd of May).',
];

describe('dates and phrases from the tokenizer arrays', () => {
  it('are the same for the last tokenize\'s tokens and for a copy of an earlier sentence\'s', () => {
    const norms = SENTENCES.map((s) => normalizeForMatching(s).norm);
    for (let k = 0; k < norms.length; k++) {
      // Arrange: this sentence's tokens, scanned as tokenized; then a copy scanned after another sentence's tokenize
      const own = tokenize(norms[k]);
      const datesOwn = JSON.stringify(scanDates(own, PUB, norms[k]));
      const phrasesOwn = own.map((_, i) => phraseAt(own, i));
      const copy = own.slice();
      tokenize(norms[(k + 1) % norms.length]);
      // Act
      const datesCopy = JSON.stringify(scanDates(copy, PUB, norms[k]));
      const phrasesCopy = copy.map((_, i) => phraseAt(copy, i));
      // Assert
      expect(datesOwn).not.toBe('[]');
      expect(datesCopy).toBe(datesOwn);
      expect(phrasesCopy).toEqual(phrasesOwn);
    }
  });

  it('find the phrases of English sentences', () => {
    const norm = normalizeForMatching(SENTENCES[2]).norm;
    const tokens = tokenize(norm);
    const found = tokens.map((_, i) => phraseAt(tokens, i)).filter((p) => p !== undefined);
    expect(found.map((p) => p!.kind)).toEqual(['killed', 'injured']);
  });
});
