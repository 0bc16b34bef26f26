/** The workflow's steps (one Lambda each). Each is safe to run again: the local stack replays them after a restart. */
import type { Deps } from '../adapters/deps.ts';
import { claimIdOf } from '../adapters/keys.ts';
import { compare, matchKey } from '../domain/check.ts';
import { extractClaims } from '../domain/extract/index.ts';
import { detectLanguage } from '../domain/language.ts';
import { priorityOf, summarize, type StoredClaim } from '../domain/model.ts';

export async function normalize(deps: Deps, articleId: string) {
  const article = await deps.repo.requireArticle(articleId);
  const language = article.language ?? detectLanguage(article.text);
  if (!article.language) await deps.repo.setArticleStatus(articleId, 'PROCESSING', { language });
  return { language };
}

export async function extract(deps: Deps, articleId: string) {
  const article = await deps.repo.requireArticle(articleId);
  const language = article.language ?? detectLanguage(article.text);
  const claims = extractClaims(article.text, { language, publishedAt: article.publishedAt ?? article.createdAt });
  const createdAt = deps.now();
  let written = 0;
  for (const c of claims) {
    const stored: StoredClaim = {
      ...c,
      claimId: claimIdOf(articleId, c.id),
      articleId,
      language,
      status: 'PENDING_REVIEW',
      version: 0,
      verdict: null,
      checks: { corroborations: [], conflicts: [], suggestedVerdict: null, priority: priorityOf(c, 0) },
      matchKey: null,
      createdAt,
    };
    if (await deps.repo.putClaimIfAbsent(stored)) written++;
  }
  return { claimCount: claims.length, written };
}

export async function check(deps: Deps, articleId: string) {
  const bundle = await deps.repo.getBundle(articleId);
  if (!bundle) return { openClaims: 0 };
  const { claims } = bundle;
  for (const claim of claims) {
    const key = matchKey(claim, claims);
    const others = key ? (await deps.repo.claimsWithMatchKey(key)).filter((o) => o.claimId !== claim.claimId) : [];
    // The claim itself is not yet indexed under its key: compare with the others, and with siblings of this article.
    const siblings = key ? claims.filter((s) => s.claimId !== claim.claimId && matchKey(s, claims) === key) : [];
    const pool = new Map([...others, ...siblings].map((o) => [o.claimId, { articleId: o.articleId, claimId: o.claimId, min: o.casualty?.min ?? null, max: o.casualty?.max ?? null }]));
    const { corroborations, conflicts } = compare(claim, [...pool.values()]);
    const decided = [...others].filter((o) => o.verdict).sort((a, b) => (b.verdict!.at > a.verdict!.at ? 1 : -1))
      .find((o) => corroborations.some((r) => r.claimId === o.claimId));
    const checks = {
      corroborations,
      conflicts,
      suggestedVerdict: decided ? { rating: decided.verdict!.rating, fromClaimId: decided.claimId } : null,
      priority: priorityOf(claim, conflicts.length),
    };
    await deps.repo.setChecks(claim, checks, key);
    claim.checks = checks;
  }
  const open = claims.filter((c) => c.status !== 'DECIDED').length;
  await deps.repo.setOpenClaims(articleId, open, claims.length);
  return { openClaims: open };
}

/** Stores the task token and marks the article AWAITING_REVIEW; hands the token back at once if nothing is open. */
export async function awaitReview(deps: Deps, articleId: string, taskToken: string) {
  await deps.repo.setArticleStatus(articleId, 'AWAITING_REVIEW', { taskToken });
  const article = await deps.repo.requireArticle(articleId);
  if ((article.openClaims ?? 0) <= 0) await deps.workflow.resume(taskToken, { articleId });
  return {};
}

export async function finalize(deps: Deps, articleId: string, outcome: 'CHECKED' | 'PARTIALLY_CHECKED') {
  const bundle = await deps.repo.getBundle(articleId);
  if (!bundle) return { status: outcome };
  const summary = summarize(bundle.claims);
  const status = outcome === 'PARTIALLY_CHECKED' && summary.open === 0 ? 'CHECKED' : outcome;
  await deps.repo.setArticleStatus(articleId, status, { summary, taskToken: null });
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
  return { status: 'FAILED' };
}
