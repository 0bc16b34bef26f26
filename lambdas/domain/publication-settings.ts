/**
 * What a desk sets for publishing, not code: the organization that signs its fact-checks and its rating
 * scale. lambdas/config.ts reads them from the environment (FACTCHECK_PUBLISHER, FACTCHECK_RATING_SCALE,
 * JSON); the CDK app passes them from its context (cdk.json: "factcheck:publisher", "factcheck:ratingScale").
 * Pure: the schema, the defaults and the rules that follow from a scale.
 */
import { z } from 'zod';

const httpUrl = z.string().max(2048).url().refine((u) => /^https?:\/\//i.test(u), 'must be an http or https URL');
const label = z.string().trim().min(1).max(80);

export const organizationSchema = z.object({
  name: z.string().trim().min(1).max(200),
  /** The organization's home page; empty: the public site's own address. */
  url: httpUrl.optional(),
  /** A logo image (Google asks for one); empty: none. */
  logo: httpUrl.optional(),
}).strict();
export type Organization = z.infer<typeof organizationSchema>;

export const ratingSchema = z.object({
  /** What reviewers send as `rating` (PUT /claims/{id}/verdict). */
  id: z.string().regex(/^[a-z][a-z0-9-]{0,39}$/, 'lower-case letters, digits and dashes'),
  labels: z.object({ en: label, ar: label }).strict(),
  /** On the ordered scale (true ... false): gets a ratingValue. Off it ("unverifiable", "missing context"): a label only. */
  numeric: z.boolean(),
}).strict();
export type RatingLevel = z.infer<typeof ratingSchema>;

/** Best first; the numeric ones in order from best to worst. */
export const ratingScaleSchema = z.array(ratingSchema).min(1).max(20)
  .refine((s) => new Set(s.map((r) => r.id)).size === s.length, 'rating ids must be unique')
  .refine((s) => s.some((r) => r.numeric), 'at least one rating must be on the numeric scale');
export type RatingScale = z.infer<typeof ratingScaleSchema>;

export interface PublicationSettings {
  organization: Organization;
  ratingScale: RatingScale;
}

/**
 * The scale of DESIGN.md section 6, a contract: ClaimReview ratingValue 5 (true) to 1 (unverifiable), the label as
 * alternateName. A desk that wants "unverifiable" off the ordered scale (a label only, as Google suggests for
 * ratings that are no point between true and false) sets it `numeric: false` in FACTCHECK_RATING_SCALE.
 */
export const DEFAULT_RATING_SCALE: RatingScale = [
  { id: 'true', labels: { en: 'True', ar: 'صحيح' }, numeric: true },
  { id: 'mostly-true', labels: { en: 'Mostly true', ar: 'صحيح في معظمه' }, numeric: true },
  { id: 'misleading', labels: { en: 'Misleading', ar: 'مضلل' }, numeric: true },
  { id: 'false', labels: { en: 'False', ar: 'خاطئ' }, numeric: true },
  { id: 'unverifiable', labels: { en: 'Unverifiable', ar: 'لا يمكن التحقق منه' }, numeric: true },
];
export const DEFAULT_ORGANIZATION: Organization = { name: 'factcheck' };

/**
 * schema.org Rating for a rating id: `alternateName` always (in the language asked for); ratingValue,
 * bestRating and worstRating only for ratings on the ordered scale (worst = 1).
 */
export function ratingOf(scale: RatingScale, id: string, language: 'ar' | 'en') {
  const level = scale.find((r) => r.id === id);
  const numeric = scale.filter((r) => r.numeric);
  const alternateName = level?.labels[language] ?? id;
  if (!level?.numeric) return { '@type': 'Rating' as const, alternateName };
  return {
    '@type': 'Rating' as const,
    ratingValue: numeric.length - numeric.indexOf(level),
    bestRating: numeric.length,
    worstRating: 1,
    alternateName,
  };
}

export const ratingLabel = (scale: RatingScale, id: string, language: 'ar' | 'en') =>
  scale.find((r) => r.id === id)?.labels[language] ?? id;

/** Parses a setting given as JSON text, naming the variable on failure (config fails fast with it). */
export function parseSetting<T>(name: string, raw: string | undefined, schema: z.ZodType<T>, fallback: T): T {
  if (raw === undefined || raw.trim() === '') return fallback;
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch (e) {
    throw new Error(`${name} must be JSON: ${(e as Error).message}`);
  }
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new Error(`${name} is not valid: ${parsed.error.issues.map((i) => `${i.path.join('.') || '(value)'}: ${i.message}`).join('; ')}`);
  return parsed.data;
}
