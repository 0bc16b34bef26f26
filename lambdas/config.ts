/**
 * The one place that reads the environment for the Lambda code. Read lazily on first use, so the
 * local stack can set variables before handlers run, and fail fast with the variable's name.
 */
import { getNumberFromEnv, getStringFromEnv } from '@aws-lambda-powertools/commons/utils/env';
import { parseAllowList, type AllowList } from './domain/intake/address.ts';
import {
  DEFAULT_ORGANIZATION, DEFAULT_RATING_SCALE, organizationSchema, parseSetting, ratingScaleSchema, type PublicationSettings,
} from './domain/publication-settings.ts';

export interface Config {
  tableName: string;
  stateMachineArn: string;
  /** How long AwaitReview waits for reviewers before the article becomes PARTIALLY_CHECKED. */
  reviewTimeoutSeconds: number;
  /** Largest article text accepted, in characters (DynamoDB items are capped at 400 KB). */
  maxTextChars: number;
  /** Public base URL of the API, used in statusUrl and ClaimReview urls ('' = relative). */
  publicBaseUrl: string;
  /** ADDRESS:PORT pairs fetched although they are loopback/private (tests, local fixtures); none by default. */
  fetchAllow: AllowList;
  /** Running in `npm start`'s local stack (FACTCHECK_LOCAL_STACK, set by it): refusals may say how to allow a local address. */
  localStack: boolean;
  /** Largest page, feed or webhook answer read, in bytes (after decompression too). */
  fetchMaxBytes: number;
  /** Time allowed for one fetch, redirects included. */
  fetchTimeoutMs: number;
  /** Where the public fact-check pages are served (CloudFront in AWS; the local server): ClaimReview urls. */
  publicSiteUrl: string;
  /** The organization and the rating scale (FACTCHECK_PUBLISHER, FACTCHECK_RATING_SCALE: JSON; see publication-settings.ts). */
  publication: PublicationSettings;
  /**
   * Cache-Control of the public pages, feed and sitemap (PUBLIC_CACHE_SECONDS, default 60): CloudFront
   * serves them from its cache for that long, so readers cost no Lambda; a withdrawal shows within it.
   */
  publicCacheHeaders: Record<string, string>;
  /** The CloudFront distribution caching them (PUBLIC_CACHE_DISTRIBUTION_ID), invalidated on publish and withdraw; '' = none. */
  publicCacheDistributionId: string;
  /** Items of a feed looked at per poll, from the top (feeds list the newest first). */
  feedItemsPerPoll: number;
  /** The EventBridge bus events go to (AWS); none locally (an in-process bus). */
  eventBusName: string | undefined;
  /** The first pause before a webhook delivery is tried again (x4 each time). */
  webhookRetryBaseMs: number;
  /**
   * How long a scheduled run (poll-feeds, the webhook sweep) may take where no Lambda context says how much time
   * is left (npm start calls the handlers in its own process): FACTCHECK_SCHEDULED_RUN_MS, default 120,000.
   */
  scheduledRunMs: number;
  /** Days a delivery that ended (DELIVERED, FAILED) is kept, with its log, before the table's TTL deletes it (FACTCHECK_DELIVERY_RETENTION_DAYS, 30). */
  deliveryRetentionDays: number;
  /** Days a feed's record of an item it took is kept (FACTCHECK_FEED_ITEM_RETENTION_DAYS, 90): after it, a story still listed is known by its link. */
  feedItemRetentionDays: number;
  /** The bounds of DESIGN.md section 9, each a setting: what one article can cost is bounded. */
  limits: Limits;
}

export interface Limits {
  /** Largest article text accepted, in characters (the same as maxTextChars). */
  maxTextChars: number;
  /**
   * Largest JSON request body, in bytes (else 413): by default the text limit in its largest encoding, every
   * character \u-escaped (6 bytes: Python's json.dumps, jq -a), and room for the other fields escaped alike.
   */
  maxBodyBytes: number;
  /** Claims kept per article: the most check-worthy; the others are counted as claimsOmitted. */
  maxClaimsPerArticle: number;
  /** References stored per claim in each of corroborations and conflicts; counts say how many were found. */
  maxRefsPerClaim: number;
  /** Stored claims of other articles read to check one article (all its match keys together). */
  maxMatchReads: number;
  /** Largest JSON response body, in bytes: GET /articles/{id} pages its claims to stay under it. */
  maxResponseBytes: number;
  /** Claims per page of GET /articles/{id} when the request names no limit. */
  claimsPageSize: number;
  /**
   * URLs per page of the sitemap (at most 50,000, the sitemaps.org limit); a page also stays under
   * maxResponseBytes. Past one page, GET /fact-checks/sitemap.xml is a sitemap index of the pages.
   */
  sitemapPageSize: number;
}

/** The other fields of a body at their limits, \u-escaped too: title 500, source 200, url 2048 characters, keys. */
const OTHER_FIELDS_BYTES = 32 * 1024;

/** The body a text of this many characters needs at most: 6 bytes a character (\uXXXX) and the other fields. */
export function bodyBytesFor(maxTextChars: number): number {
  return maxTextChars * 6 + OTHER_FIELDS_BYTES;
}

let cached: Config | undefined;

export function config(): Config {
  if (cached) return cached;
  const maxTextChars = getNumberFromEnv({ key: 'MAX_TEXT_CHARS', defaultValue: 100_000 });
  const publicBaseUrl = getStringFromEnv({ key: 'PUBLIC_BASE_URL', defaultValue: '' });
  cached = {
    tableName: getStringFromEnv({ key: 'TABLE_NAME', errorMessage: 'TABLE_NAME must name the DynamoDB table' }),
    stateMachineArn: getStringFromEnv({ key: 'STATE_MACHINE_ARN', defaultValue: '' }),
    reviewTimeoutSeconds: getNumberFromEnv({ key: 'REVIEW_TIMEOUT_SECONDS', defaultValue: 7 * 24 * 3600 }),
    maxTextChars,
    publicBaseUrl,
    fetchAllow: parseAllowList(getStringFromEnv({ key: 'FACTCHECK_FETCH_ALLOW', defaultValue: '' })),
    localStack: getStringFromEnv({ key: 'FACTCHECK_LOCAL_STACK', defaultValue: '' }) === '1',
    fetchMaxBytes: getNumberFromEnv({ key: 'FACTCHECK_FETCH_MAX_BYTES', defaultValue: 2 * 1024 * 1024 }),
    fetchTimeoutMs: getNumberFromEnv({ key: 'FACTCHECK_FETCH_TIMEOUT_MS', defaultValue: 10_000 }),
    publicSiteUrl: getStringFromEnv({ key: 'PUBLIC_SITE_URL', defaultValue: publicBaseUrl }).replace(/\/+$/, ''),
    publication: {
      organization: parseSetting('FACTCHECK_PUBLISHER', process.env.FACTCHECK_PUBLISHER, organizationSchema, DEFAULT_ORGANIZATION),
      ratingScale: parseSetting('FACTCHECK_RATING_SCALE', process.env.FACTCHECK_RATING_SCALE, ratingScaleSchema, DEFAULT_RATING_SCALE),
    },
    publicCacheHeaders: { 'cache-control': `public, max-age=${getNumberFromEnv({ key: 'PUBLIC_CACHE_SECONDS', defaultValue: 60 })}` },
    publicCacheDistributionId: getStringFromEnv({ key: 'PUBLIC_CACHE_DISTRIBUTION_ID', defaultValue: '' }),
    feedItemsPerPoll: getNumberFromEnv({ key: 'FACTCHECK_FEED_ITEMS_PER_POLL', defaultValue: 50 }),
    limits: {
      maxTextChars,
      maxBodyBytes: getNumberFromEnv({ key: 'MAX_BODY_BYTES', defaultValue: bodyBytesFor(maxTextChars) }),
      maxClaimsPerArticle: getNumberFromEnv({ key: 'MAX_CLAIMS_PER_ARTICLE', defaultValue: 500 }),
      maxRefsPerClaim: getNumberFromEnv({ key: 'MAX_REFS_PER_CLAIM', defaultValue: 20 }),
      maxMatchReads: getNumberFromEnv({ key: 'MAX_MATCH_READS', defaultValue: 1000 }),
      maxResponseBytes: getNumberFromEnv({ key: 'MAX_RESPONSE_BYTES', defaultValue: 1_000_000 }),
      claimsPageSize: getNumberFromEnv({ key: 'CLAIMS_PAGE_SIZE', defaultValue: 100 }),
      sitemapPageSize: Math.min(getNumberFromEnv({ key: 'SITEMAP_PAGE_SIZE', defaultValue: 50_000 }), 50_000),
    },
    eventBusName: getStringFromEnv({ key: 'EVENT_BUS_NAME', defaultValue: '' }) || undefined,
    webhookRetryBaseMs: getNumberFromEnv({ key: 'FACTCHECK_WEBHOOK_RETRY_BASE_MS', defaultValue: 30_000 }),
    scheduledRunMs: getNumberFromEnv({ key: 'FACTCHECK_SCHEDULED_RUN_MS', defaultValue: 120_000 }),
    deliveryRetentionDays: getNumberFromEnv({ key: 'FACTCHECK_DELIVERY_RETENTION_DAYS', defaultValue: 30 }),
    feedItemRetentionDays: getNumberFromEnv({ key: 'FACTCHECK_FEED_ITEM_RETENTION_DAYS', defaultValue: 90 }),
  };
  return cached;
}

