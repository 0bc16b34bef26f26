import { expect } from 'vitest';
import { extractClaims, type Claim } from '../../lambdas/domain/extract/index.ts';

export const PUB = '2024-03-02'; // a Saturday

export function casualties(text: string, language?: 'ar' | 'en', publishedAt = PUB) {
  return extractClaims(text, { language, publishedAt }).filter((c) => c.type === 'casualty');
}
export function dates(text: string, language?: 'ar' | 'en', publishedAt = PUB) {
  return extractClaims(text, { language, publishedAt }).filter((c) => c.type === 'date');
}
/** [kind, min, max, qualifier] of each casualty, in order. */
export const counts = (cs: Claim[]) => cs.map((c) => [c.casualty!.kind, c.casualty!.min, c.casualty!.max, c.casualty!.qualifier]);
export const values = (cs: Claim[]) => cs.map((c) => c.date!.values.map((v) => (v.from === v.to ? v.from : `${v.from}..${v.to}`)));

/** A row of a construction table: a sentence written for the test and [kind, min, max, qualifier] of each count. */
export type CountRow = [string, (string | number | null)[][]];
/** The check of a construction table's row: the counts the extractor finds in the sentence, in order. */
export const checkCounts = (language: 'ar' | 'en') => (text: string, expected: unknown) => {
  expect(counts(casualties(text, language))).toEqual(expected);
};
const open = (q: string) => q === 'at_least' || q === 'more_than';
const row = (kind: string) => (n: number, q = 'exact') => [kind, n, open(q) ? null : n, q];
/** [kind, n, n, qualifier] (max null for at_least / more_than): K(3), I(12, 'at_least') … */
export const K = row('killed');
export const I = row('injured');
export const M = row('missing');
export const A = row('arrested');
export const D = row('displaced');
export const X = row('destroyed');
