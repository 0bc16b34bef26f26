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
