/**
 * Every key of the single table, built here and nowhere else.
 *
 * | item     | PK                    | SK                              | GSI1 (queue / active)                         | GSI2 (queue by language)        | GSI3 (match)                   |
 * |----------|-----------------------|---------------------------------|-----------------------------------------------|---------------------------------|--------------------------------|
 * | article  | ARTICLE#<articleId>   | #ARTICLE                        | ACTIVE / <createdAt>#<articleId> while running | -                               | -                              |
 * | its text | ARTICLE#<articleId>   | #TEXT                           | -                                             | -                               | -                              |
 * | claim    | ARTICLE#<articleId>   | CLAIM#<claimId>                 | QUEUE / <rank>  while PENDING_REVIEW           | QUEUE#<lang> / <rank> (same)    | MATCH#<matchKey> / <claimId>   |
 * | verdict  | ARTICLE#<articleId>   | CLAIM#<claimId>#V#<000001>      | -                                             | -                               | -                              |
 * | publication event | ARTICLE#<articleId> | CLAIM#<claimId>#P#<000001> | -                                        | -                               | -                              |
 * | public review | ARTICLE#<articleId> | PUBLIC#<claimId>             | PUBLISHED / <datePublished>#<claimId> while published | -                  | -                              |
 * | decided claim | (the claim item)  |                                 | -                                             | TO_PUBLISH / <decidedAt>#<claimId> until its current verdict is published | - |
 * | owner    | ARTICLE#<articleId>   | #OWNER                          | -                                             | -                               | -                              |
 * | posting  | TERM#<term>           | <day>#<createdAt>#<articleId>   | -                                             | -                               | -                              |
 * | index version | SEARCH_INDEX     | #VERSION                        | -                                             | -                               | -                              |
 * | link     | LINK#<link key>       | #LINK                           | -                                             | -                               | -                              |
 * | feed     | FEED#<feedId>         | #FEED                           | FEEDS / <createdAt>#<feedId>                  | -                               | -                              |
 * | its item | FEED#<feedId>         | ITEM#<item key hash> (expiresAt)| -                                             | -                               | -                              |
 * | webhook  | WEBHOOK#<webhookId>   | #WEBHOOK                        | WEBHOOKS / <createdAt>#<webhookId>            | -                               | -                              |
 * | delivery | WEBHOOK#<webhookId>   | DELIVERY#<eventId>              | DELIVERIES / <dueAt>#<webhookId>#<eventId> while due | DELIVERIES#<webhookId> / <createdAt>#<eventId> (its log, newest first) | - |
 *
 * | item     | GSI ByDay (the desk's article lists)                                    |
 * |----------|-------------------------------------------------------------------------|
 * | article  | DayPK ARTICLES / DaySK <day>#<createdAt>#<articleId>                   |
 * | owner    | DayPK SUBMITTER#<submittedBy> / DaySK (the same)                         |
 *
 * GSI ByDay lists articles newest first: the article item under ARTICLES, and a small owner item per article
 * under its submitter (one index, so an existing table gains it in one update; the owner item points to the
 * article, whose status is read from the article item). <day> is the publication day (publishedAt, else
 * the day it was received). A corrected date moves DaySK in the same write (Repository.correctDay); the key left
 * stays in the article's `staleDaySks` until the owner item and the postings have followed (settleArticleDay).
 *
 * A posting (lambdas/domain/search.ts) lists the claims of one article whose sentence holds <term> (a
 * canonical word, a facet `type:casualty` `kind:killed` `lang:ar`, or `*` for all), with their structured
 * values: a search Queries one partition per word, newest first, and intersects them; nothing is scanned.
 *
 * The text lives apart from the article item, so the small item that every verdict updates (status, open
 * count) costs one write unit, not one per KB of text. One Query on PK returns an article with its text,
 * claims and every verdict. A claim id embeds its article id
 * (`<articleId>.<claim.id>`), so GET /claims/{id} needs no index. <rank> sorts highest priority first.
 * A feed removed (DELETE /feeds/{id}) goes with its item records, a webhook removed with its deliveries: the
 * partition is emptied, the subscription item first (so nothing polls or delivers for it from then on).
 * A public review is the snapshot an editor published (public fields only); withdrawn, it keeps a tombstone
 * (410) and leaves the PUBLISHED index, which the feed and the sitemap read newest first.
 */
/**
 * The table's TTL attribute (lib/table-schema.ts timeToLiveAttribute), epoch seconds: a delivery that ended
 * (DELIVERED, FAILED) and a feed's item record carry it, and DynamoDB deletes them some time after it. Nothing
 * reads it or waits for it (dynalite has no TTL): an expired record still there is as good as a fresh one, and one
 * gone changes nothing but a count (a story still listed is recognised by its link: no second article).
 */
export const EXPIRES_AT = 'expiresAt';
export const expiresAt = (fromIso: string, days: number) => Math.floor(Date.parse(fromIso) / 1000) + Math.round(days * 86_400);

export const GSI1 = 'GSI1';
export const GSI2 = 'GSI2';
export const GSI3 = 'GSI3';

export const articlePk = (articleId: string) => `ARTICLE#${articleId}`;
export const ARTICLE_SK = '#ARTICLE';
export const TEXT_SK = '#TEXT';
export const claimSk = (claimId: string) => `CLAIM#${claimId}`;
/** Where an article's date claims (and their verdicts) begin: `CLAIM#<articleId>.date-`. */
export const dateClaimsSkPrefix = (articleId: string) => claimSk(claimIdOf(articleId, 'date-'));
export const verdictSk = (claimId: string, version: number) => `CLAIM#${claimId}#V#${String(version).padStart(6, '0')}`;
/** Where a claim's verdicts begin: `CLAIM#<claimId>#V#` (its item and publication events sort before them). */
export const verdictSkPrefix = (claimId: string) => `CLAIM#${claimId}#V#`;
/** The last sort key of a claim's publication events: its item and its events are the range claimSk .. this. */
export const publicationsSkEnd = (claimId: string) => `CLAIM#${claimId}#P#~`;
/**
 * Bounds of an article's items up to its claims, verdicts and publication events (`#ARTICLE`, `#OWNER`, `#TEXT`,
 * `CLAIM#...`; not `PUBLIC#...`). A claim id's characters ([a-z0-9.-]) sort after `#` and before `~`, so one claim's
 * items (`CLAIM#<id>`, `CLAIM#<id>#P#...`, `CLAIM#<id>#V#...`) are contiguous: no other claim's id sorts among them.
 */
export const ARTICLE_ITEMS_START = '#';
export const CLAIM_ITEMS_END = 'CLAIM#~';
/** The last sort key of an article's date claims (and their verdicts and events): dateClaimsSkPrefix .. this. */
export const dateClaimsSkEnd = (articleId: string) => `${dateClaimsSkPrefix(articleId)}~`;

export const publicationSk = (claimId: string, seq: number) => `CLAIM#${claimId}#P#${String(seq).padStart(6, '0')}`;
export const publicReviewSk = (claimId: string) => `PUBLIC#${claimId}`;
export const PUBLIC_REVIEW_PREFIX = 'PUBLIC#';
export const PUBLISHED_PK = 'PUBLISHED';
export const publishedSk = (datePublished: string, claimId: string) => `${datePublished}#${claimId}`;
export const TO_PUBLISH_PK = 'TO_PUBLISH';
export const toPublishSk = (decidedAt: string, claimId: string) => `${decidedAt}#${claimId}`;

export const ACTIVE_PK = 'ACTIVE';
export const activeSk = (createdAt: string, articleId: string) => `${createdAt}#${articleId}`;

export const QUEUE_PK = 'QUEUE';
export const queueByLanguagePk = (language: string) => `QUEUE#${language}`;
/** Ascending order = highest priority first, then oldest first. */
export const queueRank = (priority: number, createdAt: string, claimId: string) =>
  `${(1 - Math.max(0, Math.min(1, priority))).toFixed(4)}#${createdAt}#${claimId}`;

export const feedPk = (feedId: string) => `FEED#${feedId}`;
export const FEED_SK = '#FEED';
export const FEED_ITEM_PREFIX = 'ITEM#';
export const feedItemSk = (itemKey: string) => `${FEED_ITEM_PREFIX}${itemKey}`;
export const FEEDS_PK = 'FEEDS';
export const FEED_ID = /^feed-[0-9a-f]{20}$/;

export const webhookPk = (webhookId: string) => `WEBHOOK#${webhookId}`;
export const WEBHOOK_SK = '#WEBHOOK';
export const DELIVERY_PREFIX = 'DELIVERY#';
export const deliverySk = (eventId: string) => `${DELIVERY_PREFIX}${eventId}`;
export const WEBHOOKS_PK = 'WEBHOOKS';
export const DELIVERIES_PK = 'DELIVERIES';
/** A webhook's delivery log by time (GSI2): the event id sorts by hash, so the base partition cannot page it newest first. */
export const deliveryLogPk = (webhookId: string) => `DELIVERIES#${webhookId}`;
export const deliveryLogSk = (createdAt: string, eventId: string) => `${createdAt}#${eventId}`;
export const WEBHOOK_ID = /^hook-[0-9a-f]{20}$/;

export const matchPk = (matchKey: string) => `MATCH#${matchKey}`;

export const GSI_DAY = 'ByDay';
export const ARTICLES_PK = 'ARTICLES';
export const OWNER_SK = '#OWNER';
export const ownerPk = (submittedBy: string) => `SUBMITTER#${submittedBy}`;
export const articleDay = (a: { publishedAt: string | null; createdAt: string }) => (a.publishedAt ?? a.createdAt).slice(0, 10);
/** Newest first when read backwards: the publication day, then the time received. */
export const articleDaySk = (a: { articleId: string; publishedAt: string | null; createdAt: string }) =>
  `${articleDay(a)}#${a.createdAt}#${a.articleId}`;
/** Sort-key bounds of GSI ByDay for days from..to (inclusive; either may be absent). */
export const daySkBounds = (from?: string, to?: string) => ({ fromSk: from?.slice(0, 10), toSk: to ? `${to.slice(0, 10)}~` : undefined });
export const termPk = (term: string) => `TERM#${term}`;
/** The first article stored at a link (lambdas/domain/intake/link.ts; the key is a hash of the canonical link: ids.ts). */
export const linkPk = (linkKey: string) => `LINK#${linkKey}`;
export const LINK_SK = '#LINK';
/** The version of the terms the whole search index was last rebuilt with (absent: 1, before versions). */
export const SEARCH_INDEX_PK = 'SEARCH_INDEX';
export const SEARCH_INDEX_SK = '#VERSION';

export const ARTICLE_ID = /^art-[0-9a-f]{20}$/;
export const CLAIM_ID = /^(art-[0-9a-f]{20})\.((?:casualty|date)-\d+-\d+)$/;

export const claimIdOf = (articleId: string, extractedId: string) => `${articleId}.${extractedId}`;
export function articleIdOfClaim(claimId: string): string | undefined {
  return CLAIM_ID.exec(claimId)?.[1];
}
