/**
 * A word longer than a call can take as arguments (here 130,000 letters, or 40,000 ligatures of four letters each, an
 * article under the service's 100,000 characters) is one more word: its line gets its claims, and the lines after it
 * theirs. It once threw on the word and left the table of words half-written, so that every later line with a word
 * not seen before failed until the process ended. Through the built CLI, as users run it.
 */
import { describe, expect, it } from 'vitest';
import { cli } from './support.ts';

const line = (o: object) => JSON.stringify(o);
const rows = (stdout: string) => stdout.trimEnd().split('\n').map((l) => JSON.parse(l));
const kinds = (row: { claims: { type: string; casualty?: { kind: string; min: number } }[] }) =>
  row.claims.filter((c) => c.type === 'casualty').map((c) => [c.casualty!.kind, c.casualty!.min]);

describe('factcheck extract --jsonl: a very long word', () => {
  it('extracts its line and every line after it', async () => {
    // Arrange: the lines after the long words carry words the process has not seen before them
    const input = [
      { id: 'before', text: 'Four soldiers were killed on Tuesday.' },
      { id: 'long', text: `Five people were killed ${'a'.repeat(130_000)} on Monday.` },
      { id: 'ligatures', text: `قتل 5 أشخاص يوم الاثنين. ${'\uFDF2'.repeat(40_000)}` },
      { id: 'after-en', text: 'In Gorvale, 3 quarrymen were injured in a landslip, the company said.' },
      { id: 'after-ar', text: 'أصيب سبعة صيادين في العاصفة يوم الثلاثاء.' },
    ].map((o) => line({ ...o, publishedAt: '2024-03-02' })).join('\n');
    // Act
    const r = await cli(['extract', '--jsonl'], { input });
    // Assert
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const out = rows(r.stdout);
    expect(out.map((x) => x.id)).toEqual(['before', 'long', 'ligatures', 'after-en', 'after-ar']);
    expect(kinds(out[1])).toEqual([['killed', 5]]);
    expect(kinds(out[2])).toEqual([['killed', 5]]);
    expect(kinds(out[3])).toEqual([['injured', 3]]);
    expect(kinds(out[4])).toEqual([['injured', 7]]);
  });
});

describe('factcheck extract --jsonl: a byte-order mark', () => {
  it('is no part of the first line', async () => {
    const input = '\uFEFF' + [{ id: 'b', text: 'Two soldiers were killed.' }, { id: 'c', text: 'Three soldiers were injured.' }]
      .map((o) => line({ ...o, publishedAt: '2024-03-02' })).join('\n');
    const r = await cli(['extract', '--jsonl'], { input });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(rows(r.stdout).map(kinds)).toEqual([[['killed', 2]], [['injured', 3]]]);
  });
});
