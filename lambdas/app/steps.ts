/** The workflow's steps (one Lambda each). Each is safe to run again: the local stack replays them after a restart. */
import type { Deps } from '../adapters/deps.ts';
import { articleDaySk, claimIdOf } from '../adapters/keys.ts';
import { checkGroup, inArticle, isLocalKey, matchKeys, mergeChecks, neighbourKeys } from '../domain/check.ts';
import { config } from '../config.ts';
import { FetchRefusedError } from '../domain/errors.ts';
import { extractClaims, REVIEWED_TYPES } from '../domain/extract/index.ts';
import { linksOf, sameLink } from '../domain/intake/link.ts';
import { detectLanguage } from '../domain/language.ts';
import { priorityOf, summarize, type Checks, type StoredClaim } from '../domain/model.ts';
import { postingsOf } from '../domain/search.ts';
import { articleChecked } from './events.ts';
import { settleArticleDay } from './intake.ts';
import { claimView } from './review.ts';

export async function normalize(deps: Deps, articleId: string) {
  const article = await deps.repo.requireArticle(articleId);
  const language = article.language ?? detectLanguage(await deps.repo.getText(articleId));
  if (!article.language) await deps.repo.setArticleStatus(articleId, 'PROCESSING', { language });
  return { language };
}

export async function extract(deps: Deps, articleId: string) {
  const article = await deps.repo.requireArticle(articleId);
  const text = await deps.repo.getText(articleId);
  const language = article.language ?? detectLanguage(text);
  const found = onePerId(extractClaims(withoutEndlessWords(text), { language, publishedAt: article.publishedAt ?? article.createdAt })
    .filter((c) => REVIEWED_TYPES.has(c.type)))
    // A claim next to a blanked run keeps the text as submitted (the contract: text === articleText.slice(start, end)).
    .map((c) => (c.text === text.slice(c.start, c.end) ? c : { ...c, text: text.slice(c.start, c.end) }));
  const claims = mostCheckWorthy(found, config().limits.maxClaimsPerArticle);
  const createdAt = deps.now();
  await deps.repo.setClaimCount(articleId, claims.length, found.length - claims.length);
  // A replayed step (retry, restart) keeps what is stored: verdicts may already hang on those claims.
  const stored = await deps.repo.storedClaimIds(articleId);
  const fresh: StoredClaim[] = claims
    .map((c): StoredClaim => ({
      ...c,
      claimId: claimIdOf(articleId, c.id),
      articleId,
      language,
      status: 'PENDING_REVIEW',
      version: 0,
      verdict: null,
      checks: { corroborations: [], conflicts: [], corroborationCount: 0, conflictCount: 0, suggestedVerdict: null, priority: priorityOf(c, 0) },
      matchKey: null,
      createdAt,
    }))
    .filter((c) => !stored.has(c.claimId));
  await deps.repo.putNewClaims(fresh);
  // The lists follow a date or title taken from the page (intake) or corrected since submission.
  const sk = (await deps.repo.refreshListKeys(articleId)) ?? articleDaySk({ ...article, articleId });
  // Search postings for every claim (not only the fresh ones), under the list key: each is written whole, so a replay heals.
  await deps.desk.putPostings([...postingsOf(text, claims, sk.slice(0, 10), language)].map(([term, list]) => ({ term, sk, articleId, language, claims: list })));
  // A date corrected while they were written: they follow it (and none stay under the old day).
  await settleArticleDay(deps, articleId, sk);
  // Per kind (a casualty's kind, else the claim type), for the metrics; only the counts travel on.
  const byKind: Record<string, number> = {};
  for (const c of claims) byKind[c.casualty?.kind ?? c.type] = (byKind[c.casualty?.kind ?? c.type] ?? 0) + 1;
  return { claimCount: claims.length, written: fresh.length, byKind };
}

/** The longest run of non-space characters the extractor is given: no word of a news text comes near it. */
const MAX_WORD = 10_000;

/**
 * The text with every run of more than MAX_WORD non-space characters blanked to spaces of the same length (offsets
 * hold). The extractor's tokenizer overflowed V8's stack on one word of ~125,000 letters (40,000 "ﷲ", which
 * normalizes to 4 letters each: a 40,025-character article), and was then left unable to read any new word: every
 * later article of that process (a warm Lambda, the local stack) FAILED with "Cannot read properties of undefined".
 */
export function withoutEndlessWords(text: string): string {
  let out = '';
  let from = 0; // text[from, runStart) is copied as it is
  let runStart = 0;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 32;
    const space = c === 32 || (c >= 9 && c <= 13) || (c > 127 && /\s/.test(text[i]));
    if (!space) continue;
    if (i - runStart > MAX_WORD) {
      out += text.slice(from, runStart) + ' '.repeat(i - runStart);
      from = i;
    }
    runStart = i + 1;
  }
  return from === 0 ? text : out + text.slice(from);
}

/**
 * One claim per id, the first: an id is the claim's span, and its claimId the key it is stored under. Two claims
 * on one span (the extractor read "قتل اثنان جنديان" twice) were written in one batch, which DynamoDB refuses
 * whole ("Provided list of item keys contains duplicates"): the article FAILED.
 */
export function onePerId<C extends { id: string }>(claims: C[]): C[] {
  const seen = new Set<string>();
  return claims.filter((c) => !seen.has(c.id) && !!seen.add(c.id));
}

/** At most `max` claims: the most check-worthy (earlier first on a tie), in text order. The same text keeps the same ones. */
export function mostCheckWorthy<C extends { checkworthiness: number; start: number }>(claims: C[], max: number): C[] {
  if (claims.length <= max) return claims;
  const kept = new Set([...claims].sort((a, b) => b.checkworthiness - a.checkworthiness || a.start - b.start).slice(0, max));
  return claims.filter((c) => kept.has(c));
}

/** Of these articles, those that share a link with `article` (lambdas/domain/intake/link.ts): none when it has no link. */
async function articlesAtTheSameLink(deps: Deps, article: Parameters<typeof linksOf>[0] & { articleId: string }, articleIds: string[]): Promise<Set<string>> {
  const mine = linksOf(article);
  const others = [...new Set(articleIds)].filter((id) => id !== article.articleId);
  if (!mine.size || !others.length) return new Set();
  const fields = await deps.repo.articleLinkFields(others);
  return new Set(others.filter((id) => fields.has(id) && sameLink(mine, linksOf(fields.get(id)!))));
}

/**
 * Checks the article's claims against the stored claims with the same match key (or a day either side),
 * and updates those other claims too (a new conflicting article flags the earlier ones). Bounded: at most
 * maxMatchReads stored claims are read for one article, each claim keeps maxRefsPerClaim references per
 * list (with counts), and another article's claim is written only when what it shows changes. Claims whose
 * victims are not named are compared within the article only. Writes run a few at a time.
 */
export async function check(deps: Deps, articleId: string) {
  const bundle = await deps.repo.getBundle(articleId);
  if (!bundle) return { openClaims: 0 };
  const { maxMatchReads, maxRefsPerClaim } = config().limits;
  const limits = { maxRefs: maxRefsPerClaim };
  const claims = bundle.claims.map((c) => claimView(c, bundle.history.get(c.claimId)) as StoredClaim);
  const day = bundle.article.publishedAt ?? bundle.article.createdAt;
  const keys = matchKeys(claims, day);
  const keyOf = new Map(claims.map((c, i) => [c.claimId, keys[i]]));
  // Within the article, counts as its text fits them together; another article's claims were compared with their
  // own article's when it was checked, never again here.
  const fits = inArticle(claims, keys, bundle.article.text ?? '');
  const fitOf = new Map(claims.map((c, i) => [c.claimId, fits[i]]));
  const within = (claimId: string) => (fitOf.has(claimId) ? fitOf.get(claimId) : null);
  const groups = new Map<string, StoredClaim[]>();
  let budget = maxMatchReads;
  for (const key of new Set(keys.filter((k): k is string => !!k))) {
    const stored: StoredClaim[] = [];
    if (!isLocalKey(key)) {
      for (const k of neighbourKeys(key)) {
        const read = await deps.repo.claimsWithMatchKey(k, budget);
        budget -= read.length;
        stored.push(...read.filter((o) => o.articleId !== articleId));
      }
    }
    groups.set(key, [...stored, ...claims.filter((c) => keyOf.get(c.claimId) === key)]);
  }
  // Two articles of one link (a story sent by hand and found in a feed, or sent by two submitters) are one
  // source: never each other's corroboration or conflict.
  const oneSource = await articlesAtTheSameLink(deps, bundle.article, [...groups.values()].flat().map((m) => m.articleId));
  if (oneSource.size) for (const [key, members] of groups) groups.set(key, members.filter((m) => !oneSource.has(m.articleId)));
  const own = new Map<string, { claim: StoredClaim; checks: Checks; key: string | null }>();
  const others = new Map<string, { claim: StoredClaim; found: Omit<Checks, 'priority'> }>();
  for (const c of claims) {
    if (!keyOf.get(c.claimId)) own.set(c.claimId, { claim: c, checks: { corroborations: [], conflicts: [], corroborationCount: 0, conflictCount: 0, suggestedVerdict: null, priority: priorityOf(c, 0) }, key: null });
  }
  for (const [key, members] of groups) {
    const byId = new Map(members.map((m) => [m.claimId, m]));
    for (const [claimId, found] of checkGroup(members, limits, within)) {
      const claim = byId.get(claimId)!;
      if (claim.articleId === articleId) {
        own.set(claimId, { claim, checks: { ...found, priority: priorityOf(claim, found.conflictCount ?? 0) }, key: isLocalKey(key) ? null : key });
      } else {
        // A claim of another article in two neighbouring groups merges both.
        const before = others.get(claimId);
        others.set(claimId, { claim, found: before ? mergeChecks(before.found, found, limits) : found });
      }
    }
  }
  const writes = [...own.values()];
  for (const { claim, found } of others.values()) {
    const merged = mergeChecks(claim.checks, found, limits);
    const checks = { ...merged, priority: priorityOf(claim, merged.conflictCount ?? 0) };
    // Claims of other articles keep their own key, and are written again only when their checks change.
    if (shown(claim.checks) !== shown(checks)) writes.push({ claim, checks, key: claim.matchKey });
  }
  await inBatches(writes, 8, (w) => deps.repo.setChecks(w.claim, w.checks, w.key));
  // For the Choice only: the article's own count (claimCount, decidedClaims) settles it.
  return { openClaims: claims.filter((c) => c.status !== 'DECIDED').length };
}

/** What checks show, in a fixed order (a stored map need not keep its keys' order). */
const shown = (c: Partial<Checks> | undefined) => JSON.stringify([
  ...[c?.corroborations, c?.conflicts].map((refs) => (refs ?? []).map((r) => [r.articleId, r.claimId, r.min, r.max])),
  c?.corroborationCount, c?.conflictCount, c?.suggestedVerdict?.rating, c?.suggestedVerdict?.fromClaimId, c?.priority,
]);

async function inBatches<T>(items: T[], size: number, fn: (item: T) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < items.length; i += size) await Promise.all(items.slice(i, i + size).map(fn));
}

/** Stores the task token and marks the article AWAITING_REVIEW; hands the token back at once if nothing is open. */
export async function awaitReview(deps: Deps, articleId: string, taskToken: string) {
  // The first wait is when the review time starts (a wait resumed after a restart of the local stack keeps it).
  const waiting = (await deps.repo.getArticle(articleId))?.awaitingSince;
  await deps.repo.setArticleStatus(articleId, 'AWAITING_REVIEW', { taskToken, ...(waiting ? {} : { awaitingSince: deps.now() }) });
  // The last decision may have come before the token was stored: then nobody else will hand it back.
  const article = await deps.repo.requireArticle(articleId);
  if ((article.decidedClaims ?? 0) >= (article.claimCount ?? Infinity)) await deps.workflow.resume(taskToken, { articleId });
  return {};
}

export async function finalize(deps: Deps, articleId: string, outcome: 'CHECKED' | 'PARTIALLY_CHECKED') {
  const bundle = await deps.repo.getBundle(articleId);
  if (!bundle) return { status: outcome };
  const summary = summarize(bundle.claims);
  const status = outcome === 'PARTIALLY_CHECKED' && summary.open === 0 ? 'CHECKED' : outcome;
  await deps.repo.setArticleStatus(articleId, status, { summary, taskToken: null });
  await articleChecked(deps, bundle.article, status, summary, deps.now());
  return { status };
}

export async function markFailed(deps: Deps, articleId: string, error: { Error?: string; Cause?: string } | undefined) {
  let cause = error?.Cause ?? '';
  try {
    const parsed = JSON.parse(cause);
    cause = parsed.errorMessage ?? cause;
  } catch {
    /* Cause is plain text */
  }
  const failure = `${error?.Error ?? 'Error'}${cause ? `: ${cause}` : ''}`.slice(0, 1000);
  await deps.repo.setArticleStatus(articleId, 'FAILED', { failure, taskToken: null });
  return { status: 'FAILED', reason: failureReason(error) };
}

/**
 * Why an article failed, for the ArticlesFailed metric and what pages (ops10, N1): `refused` when its page could not
 * be taken (FetchRefusedError: a link that 404s, is paywalled, not HTML, too long, at a refused address; routine
 * with feeds, shown on the article), `error` for anything else (a step failing past its retries: someone looks).
 */
export function failureReason(error: { Error?: string } | undefined): 'refused' | 'error' {
  return error?.Error === FetchRefusedError.name ? 'refused' : 'error';
}
