/**
 * Feeds: subscribe (editors), poll on a schedule (EventBridge Scheduler in AWS, a timer in npm start),
 * submit each new item by its link once. "Once" holds across restarts and overlapping polls: a poll
 * leases its feed, an item is recorded with a conditional put, and the article itself is identified by
 * its link (the same link again is the same article, its execution named after it).
 */
import type { Deps } from '../adapters/deps.ts';
import { feedIdFor, feedUrl } from '../adapters/ids.ts';
import { expiresAt, FEEDS_PK } from '../adapters/keys.ts';
import { FEED_TYPES } from '../adapters/safe-fetch.ts';
import { config } from '../config.ts';
import { ConflictError, DomainError, NotFoundError, TransientError } from '../domain/errors.ts';
import { NotAFeedError, readFeed } from '../domain/intake/feed.ts';
import type { Feed } from '../domain/intake/records.ts';
import { boundedPage, decodeCursor } from './cursor.ts';
import { refuseUnfetchable } from './intake.ts';
import { runBudget, withinBudget, type RunBudget } from './run-budget.ts';
import { submitArticle } from './submit.ts';

/** Who feed items are submitted as: one submitter for every feed, so a story in two feeds is one article. */
export const FEED_SUBMITTER = 'feeds';
const LEASE_MS = 5 * 60_000;
const MAX_ERRORS = 10;

/** The one 404 for a feed id, whether read, polled or removed. */
const feedNotFound = (feedId: string) => new NotFoundError(`feed ${feedId} does not exist (never subscribed, or removed already)`);

export function feedView(f: Feed) {
  const { pollingUntil: _lease, ...rest } = f;
  return rest;
}

/** Subscribes (201) or finds the subscription (200); a feed at an address never fetched is refused (422), as a webhook is. */
export async function subscribeFeed(deps: Deps, url: string, editor: string) {
  refuseUnfetchable(url);
  const at = deps.now();
  const feed: Feed = {
    feedId: feedIdFor(url), url: feedUrl(url), title: null, createdBy: editor, createdAt: at,
    lastPollAt: null, lastPollStatus: null, lastError: null, itemsTaken: 0, itemsListed: null, lastPollItems: null, errors: [],
  };
  const { created } = await deps.intake.createFeed(feed);
  // A new feed is polled at once (its first items are in before the answer); a known one is left to the schedule.
  if (created) await pollFeed(deps, feed.feedId);
  const now = await deps.intake.getFeed(feed.feedId);
  if (!now) throw new NotFoundError(`feed ${feed.feedId} was removed while it was being subscribed`);
  return { created, feed: feedView(now) };
}

/** One feed with its last poll (GET /feeds/{feedId}, where POST /feeds points). */
export async function getFeedView(deps: Deps, feedId: string) {
  const feed = await deps.intake.getFeed(feedId);
  if (!feed) throw feedNotFound(feedId);
  return feedView(feed);
}

/**
 * Unsubscribes (DELETE /feeds/{feedId}): the feed and the record of the items it took go; the articles it
 * submitted stay. Every poll reads the feed first (consistently) and holds it by a conditional lease, so no
 * poll fetches it from then on; a poll already under way when it goes ends without recording anything.
 * A second removal is a 404, as for any unknown feed.
 */
export async function removeFeed(deps: Deps, feedId: string): Promise<void> {
  if (!(await deps.intake.removeFeed(feedId))) throw feedNotFound(feedId);
}

/** GET /feeds: a page of the feeds, oldest subscription first, under maxResponseBytes; `nextCursor` null on the last. */
export async function listFeeds(deps: Deps, page: { limit: number; cursor?: string }) {
  const start = decodeCursor(page.cursor, ['GSI1PK', 'GSI1SK'], FEEDS_PK);
  return boundedPage((n) => deps.intake.feedPage(n, start), feedView, page.limit);
}

/** One poll of one feed; `skipped` when another poll holds it. Never throws for what the feed did: it is recorded. */
export async function pollFeed(deps: Deps, feedId: string): Promise<{ feedId: string; skipped?: true; removed?: true; status?: Feed['lastPollStatus']; taken?: number }> {
  const feed = await deps.intake.getFeed(feedId);
  if (!feed) throw feedNotFound(feedId);
  const now = deps.now();
  if (!(await deps.intake.leasePoll(feedId, now, new Date(Date.parse(now) + LEASE_MS).toISOString()))) return { feedId, skipped: true };
  let taken = 0;
  let created = 0;
  let takenBefore = 0; // listed items this feed took at an earlier poll
  const fields: Partial<Feed> = { lastPollAt: now };
  try {
    const res = await deps.fetch({
      url: feed.url, accept: FEED_TYPES, what: 'the feed',
      headers: { ...(feed.etag ? { 'if-none-match': feed.etag } : {}), ...(feed.lastModified ? { 'if-modified-since': feed.lastModified } : {}) },
    });
    if (res.status === 304) {
      Object.assign(fields, { lastPollStatus: 'not-modified', lastError: null });
    } else {
      const parsed = readFeed(res.text(), config().feedItemsPerPoll);
      for (const item of parsed.items) {
        if (await deps.intake.hasItem(feedId, item.key)) {
          takenBefore++;
          continue;
        }
        // The fetch may have taken long: a feed removed meanwhile (DELETE answered 204) submits nothing more.
        // Read again (consistently) before each item, as the webhook fan-out reads each webhook again.
        if (!(await deps.intake.getFeed(feedId))) return { feedId, removed: true, taken };
        const submitted = await submitItem(deps, item.url);
        const at = deps.now();
        // Kept feedItemRetentionDays (the table's TTL): a story still listed after that is known by its link, not twice an article.
        if (await deps.intake.takeItem(feedId, item.key, { url: item.url, articleId: submitted.articleId, at, expiresAt: expiresAt(at, config().feedItemRetentionDays) })) {
          taken++;
          if (submitted.created) created++;
        }
      }
      const notes = [
        parsed.listed > config().feedItemsPerPoll ? `the feed lists ${parsed.listed} items; the first ${config().feedItemsPerPoll} are read at each poll` : '',
        parsed.withoutLink ? `${parsed.withoutLink} item(s) without an http(s) link were skipped` : '',
      ].filter(Boolean).join('; ');
      Object.assign(fields, {
        title: parsed.title ?? feed.title, itemsListed: parsed.listed, lastPollStatus: 'ok', lastError: notes || null,
        etag: res.headers.etag ?? null, lastModified: res.headers['last-modified'] ?? null,
      });
    }
  } catch (e) {
    // What the feed did (refused, not a feed, unreachable) is the feed's state, shown by GET /feeds; the poll ends.
    if (!(e instanceof DomainError || e instanceof NotAFeedError)) throw e;
    const message = e.message.slice(0, 500);
    Object.assign(fields, { lastPollStatus: 'error', lastError: message, errors: [{ at: now, message }, ...feed.errors].slice(0, MAX_ERRORS) });
  }
  // Of the items read, how many were new articles; the others were stored already (sent by hand, in another feed, or
  // taken by this feed at an earlier poll: a feed listing one story read before is "0 new, 1 already stored", trial 8,
  // finding 34).
  fields.lastPollItems = { new: created, alreadyStored: taken - created + takenBefore };
  // Removed while this poll ran: nothing to record (the items it took are articles like any others).
  if (!(await deps.intake.recordPoll(feedId, fields, taken))) return { feedId, removed: true, taken };
  return { feedId, status: fields.lastPollStatus, taken };
}

/** The article of an item's link, and whether this submission created it (false: it was stored already). */
async function submitItem(deps: Deps, url: string): Promise<{ articleId: string; created: boolean }> {
  try {
    // A link already stored (sent by hand, or in another feed) is that article: no second one.
    const { articleId, created } = await submitArticle(deps, { url }, FEED_SUBMITTER, undefined, { seesEveryArticle: true });
    return { articleId, created };
  } catch (e) {
    // Sent before with other metadata: it is in already.
    if (e instanceof ConflictError && typeof e.detail?.articleId === 'string') return { articleId: e.detail.articleId, created: false };
    throw e instanceof DomainError ? e : new TransientError(`submitting ${url} failed: ${(e as Error).message}`);
  }
}

/** Feeds polled at once by a scheduled run. */
export const POLL_CONCURRENCY = 4;

/**
 * The schedule's run: every feed listed now, oldest-polled first (never polled before any), a few at a time,
 * within the run's time (run-budget.ts): feeds it did not reach (`left`) are the oldest-polled at the next run,
 * so a long list is gone through over several runs rather than cut at the same place each time. A feed removed
 * since the list was read is passed over.
 */
export async function pollAllFeeds(deps: Deps, budget: RunBudget = runBudget()) {
  const feeds = (await deps.intake.listFeeds()).sort((a, b) =>
    (a.lastPollAt ?? '').localeCompare(b.lastPollAt ?? '') || a.createdAt.localeCompare(b.createdAt) || a.feedId.localeCompare(b.feedId));
  const { done, left } = await withinBudget(feeds, POLL_CONCURRENCY, budget, (f) => pollFeed(deps, f.feedId).catch((e) => {
    if (e instanceof NotFoundError) return { feedId: f.feedId, removed: true as const };
    throw e;
  }));
  return { feeds: done.length, taken: done.reduce((n, r) => n + ('taken' in r ? (r.taken ?? 0) : 0), 0), left };
}
