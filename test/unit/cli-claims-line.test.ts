/**
 * The output line of `factcheck extract --jsonl` is written per claim type (bin/cli/extract-line.ts claimsLine),
 * not by JSON.stringify: the two must give the same bytes for every claim the extractor makes, and for strings
 * JSON has to escape.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { claimsLine } from '../../bin/cli/extract-line.ts';
import { extractClaims, type Claim } from '../../lambdas/domain/extract/index.ts';

const stringify = (id: string | number, claims: Claim[]) => `${JSON.stringify({ id, claims })}\n`;

const WRITTEN = join(import.meta.dirname, '../corpus/written');

describe('claimsLine', () => {
  it('writes what JSON.stringify writes for every claim of the written corpus, of every shape', () => {
    // Arrange
    const docs = readdirSync(WRITTEN).filter((f) => f.endsWith('.json')).map((f) => JSON.parse(readFileSync(join(WRITTEN, f), 'utf8')));
    const shapes = new Set<string>();
    let compared = 0;
    for (const d of docs) {
      const claims = extractClaims(d.text, { language: d.lang, publishedAt: d.publishedAt });
      for (const c of claims) {
        shapes.add(`${c.type}${c.attribution ? '+attribution' : ''}`);
        if (c.casualty && c.casualty.min === null) shapes.add('a count without a number');
        if (c.date && c.date.values.length > 1) shapes.add('a date of two values');
      }
      // Act + Assert
      expect(claimsLine(d.id, claims)).toBe(stringify(d.id, claims));
      compared += claims.length;
    }
    // The corpus holds every shape the serializer writes (else this test would prove less than it says).
    expect([...shapes].sort()).toEqual(expect.arrayContaining([
      'casualty', 'casualty+attribution', 'date', 'date+attribution', 'statement+attribution', 'a count without a number', 'a date of two values',
    ]));
    expect(compared).toBeGreaterThan(1000);
  });

  it('escapes quotes, backslashes, control characters and lone surrogates as JSON.stringify does', () => {
    // Arrange: sentences of our own with what JSON must escape, inside the claims' text and sources.
    const texts = [
      'The ministry said "12 soldiers were killed" on Monday.\tA second line\\ followed.',
      'Police said 7 people were wounded\u0001 in the blast on 3 March, the agency "Reuters" reported.',
      'At least 40 people died \ud83d\ude00 in the floods on Friday, officials said \ud800 later.',
      'قال المتحدث "الرسمي" إن 5 جنود قُتلوا\u2028 يوم الخميس.',
    ];
    for (const [i, text] of texts.entries()) {
      const claims = extractClaims(text, { publishedAt: '2024-03-07' });
      expect(claims.length).toBeGreaterThan(0);
      // Act + Assert
      expect(claimsLine(`row "${i}"\\`, claims)).toBe(stringify(`row "${i}"\\`, claims));
      expect(claimsLine(i, claims)).toBe(stringify(i, claims));
    }
  });

  it('writes null counts and a non-finite number as JSON does, and an article without claims', () => {
    // Arrange: claims made by hand in the extractor's shapes and key order.
    const sentence = { start: 0, end: 30 };
    const casualty: Claim = {
      id: 'casualty-0-9', type: 'casualty', text: 'dozens "\u001f" killed', start: 0, end: 9, sentence,
      casualty: { kind: 'killed', min: null, max: null, qualifier: 'vague', group: 'a \\ group' }, checkworthiness: Number.NaN,
    };
    const date: Claim = {
      id: 'date-1-2', type: 'date', text: 'x', start: 1, end: 2, sentence, date: { values: [] }, checkworthiness: 0.3,
      attribution: { source: '\ud800', start: 3, end: 4 },
    };
    // Act + Assert
    expect(claimsLine('a', [casualty, date])).toBe(stringify('a', [casualty, date]));
    expect(claimsLine(-0, [])).toBe(stringify(-0, []));
    expect(claimsLine(1.5e300, [])).toBe(stringify(1.5e300, []));
  });
});
