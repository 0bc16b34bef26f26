/** zod schemas for every edge: HTTP bodies, query strings, path ids, state-machine inputs. */
import { z } from 'zod';
import { ARTICLE_ID, CLAIM_ID, FEED_ID, WEBHOOK_ID } from '../adapters/keys.ts';
import { EVENT_TYPES } from '../domain/intake/records.ts';
import { ARTICLE_STATUSES, RATINGS, type Rating } from '../domain/model.ts';

/**
 * Bidirectional embeddings, overrides (U+202A..U+202E) and isolates (U+2066..U+2069) can make a text display
 * other than it reads (Trojan Source): refused. The plain marks (U+200E, U+200F, U+061C) stay: Arabic text
 * uses them.
 */
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/;
/** C0 controls but tab and line breaks, DEL and the C1 controls. */
const CONTROLS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
const wellFormed = (s: string) => (s as string & { isWellFormed(): boolean }).isWellFormed();

const safeString = (max: number) =>
  z.string()
    .max(max, `at most ${max} characters`)
    .refine(wellFormed, 'contains an unpaired UTF-16 surrogate')
    .refine((s) => !BIDI_CONTROLS.test(s), 'contains bidirectional control characters (U+202A..U+202E, U+2066..U+2069)')
    .refine((s) => !CONTROLS.test(s), 'contains control characters (C0, DEL or C1)')
    .refine((s) => !s.includes('\uFFFD'), 'contains U+FFFD, a character lost in decoding: send the text as UTF-8');

/**
 * An http(s) URL as a link a reader can follow and trust: printable, no spaces, no control, format or bidi
 * characters, no credentials (user:pass@), a host.
 */
export const httpUrl = z.string().max(2048, 'at most 2048 characters')
  .refine(wellFormed, 'contains an unpaired UTF-16 surrogate')
  .refine((u) => !/[\p{Cc}\p{Cf}\p{Z}\s\uFFFD]/u.test(u), 'contains spaces, control, format or bidirectional characters')
  .refine((u) => /^https?:\/\//i.test(u), 'must be an http or https URL')
  .superRefine((u, ctx) => {
    let url: URL;
    try {
      url = new URL(u);
    } catch {
      ctx.addIssue({ code: z.ZodIssueCode.custom, message: 'must be an absolute URL' });
      return;
    }
    if (url.username || url.password) ctx.addIssue({ code: z.ZodIssueCode.custom, message: 'must not carry credentials (user:password@)' });
    if (!url.hostname) ctx.addIssue({ code: z.ZodIssueCode.custom, message: 'must name a host' });
    if (url.port === '0') ctx.addIssue({ code: z.ZodIssueCode.custom, message: 'must not name port 0 (no server listens there)' });
  });

/** YYYY-MM-DD or an ISO date-time; a real calendar day between 1900 and next year. */
export const isoDate = z.string().max(40).refine((s) => {
  const m = /^(\d{4})-(\d{2})-(\d{2})(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/.exec(s);
  if (!m) return false;
  const t = Date.parse(m[4] ? s : `${s}T00:00:00Z`);
  const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  return !Number.isNaN(t) && d.getUTCDate() === +m[3] && +m[1] >= 1900 && +m[1] <= new Date().getUTCFullYear() + 1;
}, 'must be an ISO date (YYYY-MM-DD) or date-time (YYYY-MM-DDTHH:MM[:SS][Z or ±HH:MM]) of a real day between 1900 and next year');

/** `{text, ...}`, or `{url}` alone (the workflow fetches the page); what is given wins over what the page says. */
export const submitBody = (maxTextChars: number) => z.object({
  text: safeString(maxTextChars).refine((s) => /[\p{L}\p{N}]/u.test(s), 'must hold words: it is empty, or only spaces, punctuation or invisible characters').optional(),
  language: z.enum(['ar', 'en']).optional(),
  publishedAt: isoDate.optional(),
  url: httpUrl.optional(),
  title: safeString(500).optional(),
  source: safeString(200).optional(),
}).strict().refine((b) => b.text !== undefined || b.url !== undefined, { message: 'send the text, or a url to fetch it from', path: ['text'] });

/** `ratings`: the ids of the desk's rating scale (publication settings; by default the five of DESIGN.md). */
export const verdictBody = (ratings: readonly string[] = RATINGS) => z.object({
  rating: z.string().max(40).refine((r) => ratings.includes(r), `must be one of ${ratings.join(', ')}`) as unknown as z.ZodType<Rating>,
  note: safeString(5000).optional(),
  publicExplanation: safeString(5000).optional(),
  evidence: z.array(httpUrl).max(20, 'at most 20 evidence links').optional(),
  expectedVersion: z.number().int().min(0).max(1_000_000),
}).strict();

/**
 * A whole number in a query string (limit, min, max), written in digits: Number() also reads "0x10", " 1", "1e2",
 * "1.0" and "Infinity", which no client means as a page size. A sign is read, so "-1" is told its bound.
 */
const wholeNumber = (min: number, max: number) => z.string()
  .regex(/^-?[0-9]+$/, 'must be a whole number')
  .transform(Number)
  .pipe(z.number().min(min).max(max));

export const queueQuery = z.object({
  language: z.enum(['ar', 'en']).optional(),
  limit: wholeNumber(1, 100).default('20'),
  cursor: z.string().max(2048).optional(),
}).strict();

export const publicationBody = z.object({ expectedVersion: z.number().int().min(0).max(1_000_000) }).strict();

/** A page of a list: ?limit=&cursor= only. */
export const pageQuery = z.object({
  limit: wholeNumber(1, 100).default('20'),
  cursor: z.string().max(2048).optional(),
}).strict();

/** The desk: GET /articles, GET /claims, POST /claims/{claimId}/lease. */
const day = z.string().max(10).regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a day, YYYY-MM-DD').pipe(isoDate);
/**
 * A '%' before a letter or digit that does not make a %XX escape: a URL like ?q=%ZZ that neither API Gateway
 * nor the local server could decode reaches the handler as it was sent (both pass an undecodable escape
 * through): refused rather than searched for as the letters "ZZ". A '%' before a space, a sign or the end
 * ("50% of", "100%", sent as %25) is text. Query text parameters are read through this.
 */
const MALFORMED_ESCAPE = /%(?=[\p{L}\p{N}])(?![0-9A-Fa-f]{2})/u;
const queryText = (max: number) => safeString(max)
  .refine((s) => !MALFORMED_ESCAPE.test(s), 'has a malformed percent-escape (% not followed by two hex digits): percent-encode the value as UTF-8 (a literal % is %25)');
const searchText = queryText(200).refine((s) => s.trim().length > 0, 'must not be empty');
const cursorParam = z.string().max(2048).regex(/^[A-Za-z0-9_-]+$/, 'is not one this API gave out');
export const articleListQuery = z.object({
  status: z.enum(ARTICLE_STATUSES).optional(),
  language: z.enum(['ar', 'en']).optional(),
  from: day.optional(),
  to: day.optional(),
  q: searchText.optional(),
  limit: wholeNumber(1, 100).default('20'),
  cursor: cursorParam.optional(),
}).strict();
const count = wholeNumber(0, 100_000_000);

/**
 * What two parameters of a desk list say together (from after to, min above max), read from their raw values
 * beside the schema, so that one 400 names these with every other problem of the query (trial 7, finding 28:
 * `?min=10&max=2&foo=1` named foo only, and the fixed request then got a second 400). A parameter already
 * refused on its own is not judged again. The service (lambdas/app/desk.ts) checks the same on parsed values.
 */
export function crossQueryIssues(given: Record<string, string>, refused: ReadonlySet<string>): { path: string; message: string }[] {
  const issues: { path: string; message: string }[] = [];
  const judged = (...names: string[]) => names.every((n) => given[n] !== undefined && !refused.has(`query.${n}`));
  if (judged('from', 'to') && given.from > given.to) issues.push({ path: 'query.from', message: `must not be after to (${given.to})` });
  if (judged('min', 'max') && Number(given.min) > Number(given.max)) issues.push({ path: 'query.min', message: `must not be above max (${Number(given.max)})` });
  return issues;
}
export const claimSearchQuery = z.object({
  q: searchText.optional(),
  type: z.enum(['casualty', 'date']).optional(),
  kind: z.enum(['killed', 'injured', 'missing', 'displaced', 'arrested', 'destroyed']).optional(),
  status: z.enum(['PENDING_REVIEW', 'DECIDED']).optional(),
  language: z.enum(['ar', 'en']).optional(),
  from: day.optional(),
  to: day.optional(),
  min: count.optional(),
  max: count.optional(),
  limit: wholeNumber(1, 50).default('20'),
  cursor: cursorParam.optional(),
}).strict();
export const leaseBody = z.object({
  ttlSeconds: z.number().int().min(30, 'at least 30 seconds').max(8 * 3600, 'at most 8 hours (28800 seconds)').default(900),
}).strict();

/** GET /articles/{id}: a page of its claims. */
export const articlePageQuery = z.object({
  limit: wholeNumber(1, 500).optional(),
  cursor: z.string().max(200).regex(/^[A-Za-z0-9_-]+$/, 'is not one this API gave out').optional(),
}).strict();

/**
 * A path parameter or a header refused: its zod issues, which handlers/http.ts names `path.<name>` or `header.<name>`
 * (as the query's are `query.<name>`).
 */
export class ParameterError extends Error {
  constructor(readonly where: 'path' | 'header', readonly issues: z.ZodError) {
    super(issues.message);
    this.name = 'ParameterError';
  }
}

/**
 * A path parameter (or a header): parsed on its own, its errors are named after it ("articleId: is not an article id",
 * `errors` path `path.articleId`; `header.Idempotency-Key`), not after the body, which a client would look for in vain.
 */
function param<T>(where: 'path' | 'header', name: string, schema: z.ZodType<T>) {
  const named = z.object({ [name]: schema });
  return {
    parse: (value: unknown): T => {
      const parsed = named.safeParse({ [name]: value });
      if (!parsed.success) throw new ParameterError(where, parsed.error);
      return parsed.data[name] as T;
    },
  };
}
const pathParam = <T>(name: string, schema: z.ZodType<T>) => param('path', name, schema);

export const articleIdSchema = z.string().regex(ARTICLE_ID, 'is not an article id');
export const articleIdParam = pathParam('articleId', articleIdSchema);
export const claimIdParam = pathParam('claimId', z.string().max(100).regex(CLAIM_ID, 'is not a claim id'));
/** The Idempotency-Key header: its errors name the header (`header.Idempotency-Key`), not the body. */
export const idempotencyKey = param('header', 'Idempotency-Key', z.string().min(1).max(128).regex(/^[A-Za-z0-9._:-]+$/, 'may hold letters, digits and . _ : - only'));

export const webhookBody = z.object({
  url: httpUrl,
  events: z.array(z.enum(EVENT_TYPES)).min(1, 'name at least one event type').max(EVENT_TYPES.length * 2),
}).strict();
export const webhookIdParam = pathParam('webhookId', z.string().regex(WEBHOOK_ID, 'is not a webhook id'));
/**
 * GET /feeds and GET /webhooks: ?limit=&cursor= as the other lists; 100 a page unless asked (a desk's
 * subscriptions fit one page, as the unpaged lists answered before).
 */
export const subscriptionsQuery = z.object({
  limit: wholeNumber(1, 100).default('100'),
  cursor: cursorParam.optional(),
}).strict();
export const deliveriesQuery = z.object({
  limit: wholeNumber(1, 100).default('50'),
  cursor: cursorParam.optional(),
}).strict();

/** GET /articles/{articleId}/claimreview: the rest of a long list, from its Link header (rel="next"). */
export const claimReviewQuery = z.object({ cursor: cursorParam.optional() }).strict();
/** GET /fact-checks/sitemap.xml: the index (no cursor) or one of the pages it lists. */
export const sitemapQuery = z.object({ cursor: cursorParam.optional() }).strict();

/** GET /claims/{claimId}/history: a page of the history, newest first, from a claim's historyCursor or a page's nextCursor. */
export const historyQuery = z.object({
  limit: wholeNumber(1, 100).default('25'),
  cursor: cursorParam.optional(),
}).strict();

export const feedBody = z.object({ url: httpUrl }).strict();
export const feedIdParam = pathParam('feedId', z.string().regex(FEED_ID, 'is not a feed id'));

/** POST /search-index/rebuild: the next page (a nextCursor given before) and how many articles a page takes. */
export const rebuildBody = z.object({
  cursor: z.string().max(400).regex(/^[A-Za-z0-9_-]+$/, 'is not one this API gave out').optional(),
  limit: z.number().int('must be a whole number').min(1).max(50).default(10),
}).strict();

export const publishedAtBody = z.object({ publishedAt: isoDate }).strict();

export const stepInput = z.object({ articleId: articleIdSchema }).passthrough();
export const awaitInput = z.object({ articleId: articleIdSchema, taskToken: z.string().min(1).max(4096) });
export const finalizeInput = z.object({ articleId: articleIdSchema, outcome: z.enum(['CHECKED', 'PARTIALLY_CHECKED']) });
export const failedInput = z.object({
  articleId: articleIdSchema,
  error: z.object({ Error: z.string().optional(), Cause: z.string().optional() }).passthrough().optional(),
});
