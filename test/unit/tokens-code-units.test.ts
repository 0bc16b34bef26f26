/**
 * codeUnits hands out a view of one array kept from call to call (valid until its next call); copyCodeUnits and
 * tokenize's own units (when none are given) are arrays of their own. A text tokenized sentence by sentence with
 * codeUnits' answer gives the tokens of the text tokenized alone, whatever other texts went through
 * sentences() and copyCodeUnits meanwhile.
 */
import { describe, expect, it } from 'vitest';
import { codeUnits, copyCodeUnits, sentences } from '../../lambdas/domain/text/normalize.ts';
import { tokenize } from '../../lambdas/domain/text/tokens.ts';

const units = (text: string) => Array.from({ length: text.length }, (_, i) => text.charCodeAt(i));
const plain = (tokens: { t: string; s: number; e: number; kind: string }[]) => tokens.map(({ t, s, e, kind }) => ({ t, s, e, kind }));

describe('codeUnits', () => {
  it("is the text's code units, until its next call; copyCodeUnits' answer stays the text's", () => {
    // Arrange
    const a = 'first text, 12 words.';
    const b = 'قتل 5 أشخاص';
    // Act
    const fromA = codeUnits(a);
    const copyA = copyCodeUnits(a);
    const before = Array.from(fromA);
    const fromB = codeUnits(b);
    // Assert
    expect(before).toEqual(units(a));
    expect(Array.from(fromB)).toEqual(units(b));
    expect(fromB.length).toBe(b.length);
    expect(Array.from(copyA)).toEqual(units(a));
    expect(Array.from(fromA.subarray(0, b.length))).toEqual(units(b)); // (the same array: a's view now reads b)
  });

  it('read sentence by sentence gives the tokens of each sentence, other texts cut and copied meanwhile', () => {
    // Arrange: a text longer than the first array (4,096 code units), and others between its sentences
    const text = Array.from({ length: 400 }, (_, k) => `Sentence ${k} has ${k * 7} words, and “quotes”.`).join(' ');
    const cuts = [...text.matchAll(/[^.]+\./g)].map((m) => [m.index, m.index + m[0].length]);
    // Act
    const all = codeUnits(text);
    const got = cuts.map(([from, to], k) => {
      sentences(`Other text ${k}. It is cut too.`);
      copyCodeUnits(`and copied ${k}`);
      tokenize(`another ${k} tokenized alone`);
      return plain(tokenize(text, from, to, true, all));
    });
    // Assert
    expect(got).toEqual(cuts.map(([from, to]) => plain(tokenize(text, from, to))));
    expect(got.flat().length).toBeGreaterThan(3000);
  });
});
