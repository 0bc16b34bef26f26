/**
 * What a worker thread of `factcheck extract --jsonl` does with a batch (bin/cli/extract-line.ts): the
 * output lines of the rows it could extract, in order, and the rows the extractor failed on, by index.
 */
import { describe, expect, it } from 'vitest';
import { extractBatch, extractLine, type Row } from '../../bin/cli/extract-line.ts';

describe('extractBatch', () => {
  it('joins the good rows\' lines and reports a failing row by its index without stopping', () => {
    // Arrange: the CLI never sends a text that is not a string; here one makes the extractor throw.
    const ok = (id: string | number, text: string): Row => ({ id, text, language: 'en', publishedAt: '2024-03-02' });
    const rows = [ok('a', 'At least 20 people were killed on Thursday.'), { ...ok('b', ''), text: 42 as unknown as string }, ok(3, 'Five soldiers were wounded.')];
    // Act
    const done = extractBatch({ seq: 4, rows });
    // Assert
    expect(done.seq).toBe(4);
    expect(done.out).toBe(`${extractLine(rows[0])}${extractLine(rows[2])}`);
    expect(done.out.trimEnd().split('\n').map((l) => JSON.parse(l).id)).toEqual(['a', 3]);
    expect(done.failures).toHaveLength(1);
    expect(done.failures[0][0]).toBe(1);
    expect(done.failures[0][1]).toBe((extractLine(rows[1]) as { error: string }).error);
    expect(done.failures[0][1]).not.toBe('');
  });
});
