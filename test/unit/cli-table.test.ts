import { describe, expect, it } from 'vitest';
import { stateOf, table } from '../../bin/cli/common.ts';
import { whyItMatched } from '../../bin/cli/find.ts';

describe('the CLI tables', () => {
  it('cut long cells at the width given, but never an id, which is pasted into the next command', () => {
    // Arrange
    const id = 'art-a9c77cb96d4b2629d32c.casualty-1043-1165';
    const text = 'thirty-three soldiers were killed in an air strike on the road to the town, the ministry said';
    // Act
    const out = table(['claim id', 'text'], [[id, text]], 40);
    // Assert
    const row = out.split('\n')[1];
    expect(row.startsWith(`${id}  `)).toBe(true);
    expect(row).toContain(`${text.slice(0, 39)}…`);
    expect(row).not.toContain(text);
  });
});

describe('the sentence cell of factcheck search (trial 6, finding 4)', () => {
  /** A search result whose excerpt is the whole `sentence`, at offset 200 of its article, with `words` marked wherever they stand. */
  const result = (sentence: string, words: string[]) => {
    const marks = words.flatMap((w) => [...sentence.matchAll(new RegExp(w, 'g'))].map((m) => ({ start: 200 + m.index!, end: 200 + m.index! + w.length })));
    return { text: '(the claim)', sentence: { start: 200, end: 200 + sentence.length }, excerpt: { start: 200, text: sentence, marks } };
  };
  const long = 'Nine people were killed on Thursday when shells struck the covered market of Tolvan at midday, and the hospital said it had treated many of the injured through the night.';

  it('shows every matched word, "…" between them, when the first and last are too far apart for one stretch', () => {
    const cell = whyItMatched(result(long, ['killed', 'injured']), 40);
    expect([...cell].length).toBeLessThanOrEqual(40);
    expect(cell).toMatch(/^….*\bkilled\b.* … .*\binjured\b/);
  });

  it('shows one stretch from the first matched word to the last, context on both sides, when it fits', () => {
    const cell = whyItMatched(result(long, ['struck', 'market']), 40);
    expect([...cell].length).toBeLessThanOrEqual(40);
    expect(cell).toMatch(/^…\S.* struck the covered market \S.*…$/);
  });

  it('keeps a word near the end of a short sentence with what comes before it, and a short sentence whole', () => {
    expect(whyItMatched(result('Seven dead after market strike', ['strike']), 40)).toBe('Seven dead after market strike');
    const cell = whyItMatched(result(long, ['night']), 40);
    expect(cell).toMatch(/^….* through the night\.$/);
    expect([...cell].length).toBeLessThanOrEqual(40);
  });

  it('shows a word once, at its first place, and leaves out words that do not fit rather than cutting one', () => {
    const cell = whyItMatched(result(`${long} They were killed again.`, ['killed', 'hospital', 'injured', 'night']), 40);
    expect(cell.match(/killed/g)).toHaveLength(1);
    expect(cell).toMatch(/^….*\bkilled\b.* … .*\bhospital\b/);
    expect([...cell].length).toBeLessThanOrEqual(40);
    for (const piece of cell.split('…').map((s) => s.trim()).filter(Boolean)) expect(long).toContain(piece);
  });

  it('does the same in Arabic', () => {
    const ar = 'قال مسؤول محلي إن سبعة مدنيين قتلوا وأصيب اثنا عشر آخرون عندما سقطت قذيفة على السوق في البلدة صباح الثلاثاء';
    const cell = whyItMatched(result(ar, ['مدنيين', 'السوق']), 40);
    expect(cell).toMatch(/مدنيين.* … .*السوق/);
    expect([...cell].length).toBeLessThanOrEqual(40);
  });
});

describe('a verdict whose fact-check was withdrawn (trial 8, finding 35)', () => {
  const claim = { type: 'casualty', text: '9 women', status: 'DECIDED', verdict: { rating: 'mostly-true' } };
  it('says so where the CLI lists claims (status, search)', () => {
    expect(stateOf({ ...claim, version: 2, publication: { state: 'withdrawn', version: 2 } })).toBe('mostly-true (v2, withdrawn)');
    expect(stateOf({ ...claim, version: 2, publication: { state: 'published', version: 2 } })).toBe('mostly-true (v2)');
    // Revised since the withdrawal: the current verdict was never withdrawn.
    expect(stateOf({ ...claim, version: 3, publication: { state: 'withdrawn', version: 2 } })).toBe('mostly-true (v3)');
  });
});
