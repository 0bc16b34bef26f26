/**
 * Editors publish (DESIGN.md section 9): a claim's current verdict goes public as a snapshot of public
 * fields; withdrawing takes it down. Both are events in the claim's history. Readers get the public pages,
 * the feed and the sitemap from the snapshots alone.
 *
 * Without transactions (dynalite has none), like verdicts: (1) append publication event seq+1, which only
 * one editor can write; (2) write the snapshot, monotonic in seq, so a replay never undoes a later event;
 * (3) move the claim on or off the editors' to-publish list. Each step is safe to repeat.
 */
import type { Deps } from '../adapters/deps.ts';
import { articleIdOfClaim, TO_PUBLISH_PK, PUBLISHED_PK } from '../adapters/keys.ts';
import type { StoredPublicReview } from '../adapters/dynamodb.ts';
import { config } from '../config.ts';
import { claimReview, factCheckUrl, type ClaimReviewContext } from '../domain/claimreview.ts';
import { ConflictError, NotFoundError, QueryParameterError, ValidationError } from '../domain/errors.ts';
import { versionMismatch, type ArticleStatus, type StoredClaim } from '../domain/model.ts';
import { shownTime } from '../domain/time.ts';
import {
  renderFactCheckPage, renderSitemap, renderSitemapIndex, renderWithdrawnPage, SITEMAP_MAX_ENTRIES, SITEMAP_OVERHEAD_BYTES, sitemapRefXml, sitemapUrlXml,
  type SitemapEntry,
} from '../domain/publication-page.ts';
import { eventDayOf, publicationState, snapshotOf, type PublicationRecord, type PublicReview } from '../domain/publication.ts';
import { boundedPage, decodeCursor, itemsThatFit } from './cursor.ts';
import { verdictPublished, verdictWithdrawn } from './events.ts';
import { claimView, readClaim, verdictsOf, withHistory } from './review.ts';

const PUBLISHABLE: ReadonlySet<ArticleStatus> = new Set(['AWAITING_REVIEW', 'CHECKED', 'PARTIALLY_CHECKED']);

export const publicContext = (): ClaimReviewContext => ({ settings: config().publication, siteUrl: config().publicSiteUrl });

/** An article whose text is not stored quotes nothing (as before, when the article was read whole). */
const noText = (e: unknown) => {
  if (e instanceof NotFoundError) return '';
  throw e;
};

/**
 * What publishing and previewing need of a claim: the claim, its article (with its text, which the page quotes)
 * and date claims, its publication events and its current verdict; not the article's other claims, nor the
 * claim's older verdicts (versionOf reads one when a retry needs it).
 */
async function load(deps: Deps, claimId: string) {
  const articleId = articleIdOfClaim(claimId);
  const [found, article, text, dates] = articleId
    ? await Promise.all([readClaim(deps, claimId), deps.repo.getArticle(articleId), deps.repo.getText(articleId).catch(noText), deps.repo.dateClaimsOf(articleId)])
    : [];
  if (!found || !article) throw new NotFoundError(`claim ${claimId} does not exist`);
  const { claim, history, publications, latest: current } = found;
  return { article: { ...article, text: text ?? '' }, dates: dates ?? [], claim, history, publications, current, version: Math.max(claim.version, current?.version ?? 0) };
}

type Loaded = Awaited<ReturnType<typeof load>>;

function snapshot(loaded: Loaded, at: string, seq: number, previous: StoredPublicReview | undefined): PublicReview {
  const { current } = loaded;
  const { version, ...verdict } = current!;
  return snapshotOf({
    article: loaded.article, claim: loaded.claim, verdict, version, eventDate: eventDayOf(loaded.claim, loaded.dates), at, seq,
    previous: previous && !previous.withdrawn ? previous : null,
  });
}

/** The claim's answer: its view (its publication state shows the published verdict, which load read) and its history, bounded. */
function claimResult(deps: Deps, loaded: Loaded, publications: PublicationRecord[]) {
  const { claim, current, history } = loaded;
  return withHistory(claimView(claim as StoredClaim, history, publications), verdictsOf(deps, claim.claimId, current ? [current] : []), publications);
}

/**
 * POST /claims/{claimId}/publication: publishes the claim's current verdict, if `expectedVersion` is it.
 * 422 without a verdict or while the article is not reviewable; 409 when the version moved. Publishing the
 * version that is already public changes nothing (a retried request).
 */
export async function publishClaim(deps: Deps, claimId: string, expectedVersion: number, editor: string) {
  const loaded = await load(deps, claimId);
  const { article, claim, current, version, publications } = loaded;
  if (!current) throw new ValidationError(`claim ${claimId} has no verdict to publish`, undefined, 422);
  if (expectedVersion !== version) {
    throw new ConflictError(versionMismatch(expectedVersion, version), { currentVersion: version });
  }
  if (!PUBLISHABLE.has(article.status)) {
    throw new ValidationError(`article ${article.articleId} is ${article.status}; only articles awaiting review or checked can be published`, undefined, 422);
  }
  const previous = await reconcile(deps, loaded);
  const state = publicationState(publications);
  if (state?.state === 'published' && state.version === version) return claimResult(deps, loaded, publications);
  const record: PublicationRecord = { event: 'published', version, seq: (publications.at(-1)?.seq ?? 0) + 1, editor, at: deps.now() };
  await appendOrConflict(deps, claim, record);
  await applyPublished(deps, loaded, record, previous);
  return claimResult(deps, loaded, [...publications, record]);
}

/** Steps (2) and (3) of a publication, and where it completes. */
async function applyPublished(deps: Deps, loaded: Loaded, record: PublicationRecord, previous: StoredPublicReview | undefined) {
  const review = snapshot({ ...loaded, ...(await versionOf(deps, loaded, record.version)) }, record.at, record.seq, previous);
  await deps.repo.putPublicReview(review);
  await deps.repo.markPublished(loaded.claim, record.version);
  await publicationCompleted(deps, { type: 'VerdictPublished', review, editor: record.editor });
}

async function applyWithdrawn(deps: Deps, loaded: Loaded, record: PublicationRecord) {
  const { claim, current } = loaded;
  await deps.repo.withdrawPublicReview(claim.articleId, claim.claimId, record.seq, record.at);
  if (current) await deps.repo.markUnpublished(claim, current.at);
  await publicationCompleted(deps, { type: 'VerdictWithdrawn', claimId: claim.claimId, articleId: claim.articleId, version: record.version, seq: record.seq, editor: record.editor, at: record.at });
}

/** The verdict of `version` as the one to snapshot (a retry may heal an older publication than the current verdict). */
async function versionOf(deps: Deps, loaded: Loaded, version: number): Promise<Pick<Loaded, 'current'>> {
  const held = [loaded.current, ...loaded.history].find((h) => h?.version === version);
  return { current: held ?? (await deps.repo.getVerdict(loaded.claim.claimId, version)) ?? loaded.current };
}

/**
 * A publication or withdrawal that died after its event was written but before the snapshot followed is
 * finished here, by the next request on the claim: the snapshot is brought up to the last event.
 * Returns the stored snapshot as it now is.
 */
async function reconcile(deps: Deps, loaded: Loaded): Promise<StoredPublicReview | undefined> {
  const stored = await deps.repo.getPublicReview(loaded.claim.articleId, loaded.claim.claimId);
  const last = loaded.publications.at(-1);
  if (!last || (stored?.seq ?? 0) >= last.seq) return stored;
  if (last.event === 'published') await applyPublished(deps, loaded, last, stored);
  else if (stored) await applyWithdrawn(deps, loaded, last);
  return deps.repo.getPublicReview(loaded.claim.articleId, loaded.claim.claimId);
}

/**
 * DELETE /claims/{claimId}/publication: takes the public page down (410), out of the feed and the sitemap.
 * 404 for an unknown claim; 409 when the claim is not published (never, or already withdrawn).
 */
export async function withdrawClaim(deps: Deps, claimId: string, editor: string) {
  const loaded = await load(deps, claimId);
  const { claim, publications } = loaded;
  await reconcile(deps, loaded);
  const state = publicationState(publications);
  // The claim exists (an unknown id is 404 above): not being published is a conflict with its state, not a 404.
  if (state?.state !== 'published') {
    throw new ConflictError(state
      ? `claim ${claimId} is not published: its fact-check (version ${state.version}) was already withdrawn at ${shownTime(state.at)} by ${state.editor}; there is nothing to withdraw`
      : `claim ${claimId} is not published: it has never been published, so there is nothing to withdraw`, { publication: state });
  }
  const record: PublicationRecord = { event: 'withdrawn', version: state.version, seq: (publications.at(-1)?.seq ?? 0) + 1, editor, at: deps.now() };
  await appendOrConflict(deps, claim, record);
  await applyWithdrawn(deps, loaded, record);
  return claimResult(deps, loaded, [...publications, record]);
}

async function appendOrConflict(deps: Deps, claim: StoredClaim, record: PublicationRecord) {
  try {
    await deps.repo.appendPublication(claim.articleId, claim.claimId, record);
  } catch (e) {
    if (e instanceof ConflictError) throw new ConflictError(`another editor changed the publication of claim ${claim.claimId} first; reload it`, { currentVersion: claim.version });
    throw e;
  }
}

export type PublicationChange =
  | { type: 'VerdictPublished'; review: PublicReview; editor: string }
  | { type: 'VerdictWithdrawn'; claimId: string; articleId: string; version: number; seq: number; editor: string; at: string };

/**
 * Where a publication or a withdrawal completes: the snapshot is stored and the history written. Events
 * out (VerdictPublished, VerdictWithdrawn on EventBridge and webhooks, DESIGN.md section 9 "Intake") hang here.
 */
export async function publicationCompleted(deps: Deps, change: PublicationChange): Promise<void> {
  // The edge's copies of the page, the feed and the sitemap: a withdrawal must not linger there.
  const claimId = change.type === 'VerdictPublished' ? change.review.claimId : change.claimId;
  const at = change.type === 'VerdictPublished' ? change.review.dateModified : change.at;
  await deps.publicCache.invalidate(['/fact-checks*'], `${claimId}@${at}`);
  // The public pages read the snapshot directly; events out (lambdas/app/events.ts) tell the newsroom's tools.
  const url = factCheckUrl(config().publicSiteUrl, claimId);
  if (change.type === 'VerdictPublished') await verdictPublished(deps, change.review, url);
  else await verdictWithdrawn(deps, change, url);
}

/** The page a claim's current verdict would get if published now (the console's preview). */
export async function previewPage(deps: Deps, claimId: string): Promise<string> {
  const loaded = await load(deps, claimId);
  if (!loaded.current) throw new ValidationError(`claim ${claimId} has no verdict to preview`, undefined, 422);
  const now = deps.now();
  const previous = await deps.repo.getPublicReview(loaded.claim.articleId, claimId);
  return renderFactCheckPage(snapshot(loaded, now, 0, previous), publicContext(), { preview: true });
}

/** GET /publication-queue: decided claims whose current verdict is not published, oldest decision first. */
export async function publicationQueue(deps: Deps, limit: number, cursor?: string) {
  const start = decodeCursor(cursor, ['GSI2PK', 'GSI2SK'], TO_PUBLISH_PK);
  return boundedPage((n) => deps.repo.toPublish(n, start), (c) => claimView(c), limit);
}

// ---- public, no token ------------------------------------------------------------------------------

/** GET /fact-checks/{claimId}: the page; NotFound when never published; a short notice once withdrawn (410). */
export async function factCheckPage(deps: Deps, claimId: string): Promise<{ withdrawn: boolean; html: string }> {
  const articleId = articleIdOfClaim(claimId);
  const review = articleId ? await deps.repo.getPublicReview(articleId, claimId) : undefined;
  if (!review) throw new NotFoundError(`no fact-check is published for claim ${claimId}`);
  if (review.withdrawn) return { withdrawn: true, html: renderWithdrawnPage(review.language, publicContext()) };
  return { withdrawn: false, html: renderFactCheckPage(review, publicContext()) };
}

/** GET /fact-checks: published reviews as ClaimReview, newest first. */
export async function factCheckFeed(deps: Deps, limit: number, cursor?: string) {
  const start = decodeCursor(cursor, ['GSI1PK', 'GSI1SK'], PUBLISHED_PK);
  const ctx = publicContext();
  return boundedPage((n) => deps.repo.listPublished(n, start), (r) => claimReview(r, ctx), limit);
}

/** A page of the sitemap: its first review (where it starts), its URLs and its last change. */
interface SitemapPage {
  from: { datePublished: string; claimId: string };
  entries: SitemapEntry[];
  bytes: number;
  lastModified: string;
}

/**
 * The published pages cut into sitemaps, oldest publication first (a new one goes on the last page, so the
 * others stay as they were): each at most sitemapPageSize URLs and maxResponseBytes bytes.
 */
async function* sitemapPages(deps: Deps, from?: SitemapPage['from']): AsyncGenerator<SitemapPage> {
  const { siteUrl } = publicContext();
  const { limits } = config();
  let page: SitemapPage | undefined;
  for await (const r of deps.repo.publishedOldestFirst(from)) {
    const entry = { url: factCheckUrl(siteUrl, r.claimId), lastModified: r.dateModified };
    const bytes = Buffer.byteLength(sitemapUrlXml(entry)) + 1;
    if (!page || page.entries.length >= limits.sitemapPageSize || page.bytes + bytes > limits.maxResponseBytes) {
      if (page) yield page;
      page = { from: { datePublished: r.datePublished, claimId: r.claimId }, entries: [], bytes: SITEMAP_OVERHEAD_BYTES, lastModified: '' };
    }
    page.entries.push(entry);
    page.bytes += bytes;
    if (r.dateModified > page.lastModified) page.lastModified = r.dateModified;
  }
  if (page) yield page;
}

/** A sitemap page's cursor: the publication time and claim of its first review. */
const sitemapCursor = (from: SitemapPage['from']) => Buffer.from(`${from.datePublished}#${from.claimId}`).toString('base64url');
function sitemapFrom(cursor: string): SitemapPage['from'] {
  const [datePublished, claimId, ...rest] = Buffer.from(cursor, 'base64url').toString('utf8').split('#');
  if (rest.length || !claimId || !articleIdOfClaim(claimId) || !/^\d{4}-\d{2}-\d{2}T[\d:.]+Z$/.test(datePublished)) {
    throw new QueryParameterError('cursor', 'is not one this API gave out for the sitemap');
  }
  return { datePublished, claimId };
}

/**
 * GET /fact-checks/sitemap.xml: every published page with its last change, in one urlset while they fit in
 * one sitemap page (newest first, as always). Past that, a sitemap index (sitemaps.org) of the pages, each
 * `sitemap.xml?cursor=<page>` under the same path (a sitemap may list only URLs under its own directory).
 * With `cursor`: that page's urlset; 404 when no published review is left from there.
 */
export async function factCheckSitemap(deps: Deps, cursor?: string): Promise<string> {
  if (cursor !== undefined) {
    const from = sitemapFrom(cursor);
    for await (const page of sitemapPages(deps, from)) return renderSitemap(page.entries);
    throw new NotFoundError('no sitemap page starts there: no fact-check is published from that point on');
  }
  const { siteUrl } = publicContext();
  const { limits } = config();
  let first: SitemapPage | undefined;
  const index: SitemapEntry[] = [];
  let bytes = SITEMAP_OVERHEAD_BYTES;
  for await (const page of sitemapPages(deps)) {
    first ??= page;
    const ref = { url: `${siteUrl}/fact-checks/sitemap.xml?cursor=${sitemapCursor(page.from)}`, lastModified: page.lastModified };
    bytes += Buffer.byteLength(sitemapRefXml(ref)) + 1;
    // An index past the bound (tens of millions of pages) lists the oldest pages that fit.
    if (bytes > limits.maxResponseBytes || index.length >= SITEMAP_MAX_ENTRIES) break;
    index.push(ref);
  }
  if (index.length <= 1) return renderSitemap((first?.entries ?? []).reverse());
  return renderSitemapIndex(index);
}

/**
 * GET /articles/{articleId}/claimreview: the article's published reviews only, in claim id order: all of them
 * when they fit in maxResponseBytes (DESIGN.md section 9), else those that fit and `next`, the cursor of the
 * rest (the handler sends it as a Link header, rel="next", so the body stays the JSON-LD array).
 */
export async function articleClaimReviews(deps: Deps, articleId: string, cursor?: string) {
  if (!(await deps.repo.getArticle(articleId))) throw new NotFoundError(`article ${articleId} does not exist`);
  const ctx = publicContext();
  const reviews = (await deps.repo.publicReviewsOfArticle(articleId)).sort((a, b) => (a.claimId < b.claimId ? -1 : a.claimId > b.claimId ? 1 : 0));
  let from = 0;
  if (cursor !== undefined) {
    const after = Buffer.from(cursor, 'base64url').toString('utf8');
    if (articleIdOfClaim(after) !== articleId) throw new QueryParameterError('cursor', 'is not one this API gave out for this article');
    from = reviews.findIndex((r) => r.claimId > after);
    if (from < 0) from = reviews.length;
  }
  const rest = reviews.slice(from).map((r) => claimReview(r, ctx));
  const shown = rest.slice(0, itemsThatFit(rest));
  const next = shown.length < rest.length ? Buffer.from(reviews[from + shown.length - 1].claimId).toString('base64url') : null;
  return { reviews: shown, next };
}
