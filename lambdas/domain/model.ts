/** The stored shapes of the workflow (what the API shows, DESIGN.md section 6). Pure types and rules. */
import type { Claim } from './extract/index.ts';

export const ARTICLE_STATUSES = ['PROCESSING', 'AWAITING_REVIEW', 'CHECKED', 'PARTIALLY_CHECKED', 'FAILED'] as const;
export type ArticleStatus = (typeof ARTICLE_STATUSES)[number];
export const TERMINAL: ReadonlySet<ArticleStatus> = new Set(['CHECKED', 'PARTIALLY_CHECKED', 'FAILED']);

export const RATINGS = ['true', 'mostly-true', 'misleading', 'false', 'unverifiable'] as const;
export type Rating = (typeof RATINGS)[number];

export interface Verdict {
  rating: Rating;
  /** Internal: for the desk only, never published (DESIGN.md section 9). */
  note: string;
  /** What readers will see on the public page and in ClaimReview's ratingExplanation. */
  publicExplanation?: string;
  evidence: string[];
  reviewer: string;
  at: string;
}
export interface VerdictVersion extends Verdict {
  version: number;
}

export interface Ref {
  articleId: string;
  claimId: string;
  min: number | null;
  max: number | null;
}
export interface Checks {
  /** At most the configured number of references each (other articles' first); the counts are of all found. */
  corroborations: Ref[];
  conflicts: Ref[];
  corroborationCount?: number;
  conflictCount?: number;
  suggestedVerdict: { rating: Rating; fromClaimId: string } | null;
  priority: number;
}

export interface Article {
  articleId: string;
  status: ArticleStatus;
  language: string | null;
  publishedAt: string | null;
  title: string | null;
  url: string | null;
  source: string | null;
  text: string;
  textHash: string;
  submittedBy: string;
  createdAt: string;
  updatedAt: string;
  /** Claims extracted, and first decisions counted so far (atomically): equal means nothing is open. */
  claimCount?: number;
  decidedClaims?: number;
  /** Claims found beyond the per-article bound and not kept (the least check-worthy). */
  claimsOmitted?: number;
  summary?: Summary | null;
  failure?: string | null;
  /** When it first began waiting for reviewers (AWAITING_REVIEW): the review timeout counts from then. */
  awaitingSince?: string;
  /** How many times a FAILED article was submitted again (its execution is named after the attempt). */
  attempt?: number;
  /** Submitted by url alone: where the page came from and how the fetch went. */
  fetch?: FetchRecord;
  /** Where each field taken from the page came from (and a reviewer's correction of the date). */
  extraction?: Record<string, { from: string; raw?: string; by?: string; at?: string; previous?: string | null }>;
}

export interface FetchRecord {
  status: 'PENDING' | 'FETCHED' | 'REFUSED';
  /** The URL after redirects. */
  finalUrl?: string;
  redirects?: string[];
  contentType?: string;
  bytes?: number;
  fetchedAt?: string;
  /** Why the page was not taken (refused address, too large, not HTML...). */
  reason?: string;
}

export interface StoredClaim extends Claim {
  claimId: string;
  articleId: string;
  language: string;
  status: 'PENDING_REVIEW' | 'DECIDED';
  version: number;
  verdict: Verdict | null;
  checks: Checks;
  matchKey: string | null;
  createdAt: string;
}

export interface Summary {
  claims: number;
  decided: number;
  open: number;
  ratings: Record<Rating, number>;
  conflicts: number;
}

export function summarize(claims: Pick<StoredClaim, 'status' | 'verdict' | 'checks'>[]): Summary {
  const ratings = Object.fromEntries(RATINGS.map((r) => [r, 0])) as Record<Rating, number>;
  let decided = 0;
  let conflicts = 0;
  for (const c of claims) {
    if (c.verdict) {
      // A desk's own scale may hold ratings beyond the five (publication settings).
      ratings[c.verdict.rating] = (ratings[c.verdict.rating] ?? 0) + 1;
      decided++;
    }
    if (c.checks.conflicts.length || c.checks.conflictCount) conflicts++;
  }
  return { claims: claims.length, decided, open: claims.length - decided, ratings, conflicts };
}

/** The queue priority in 0..1: check-worthiness, raised by magnitude and by conflicts. */
export function priorityOf(claim: Pick<Claim, 'checkworthiness' | 'casualty'>, conflicts: number): number {
  const count = claim.casualty ? (claim.casualty.max ?? claim.casualty.min ?? 0) : 0;
  const magnitude = count > 0 ? Math.min(0.15, Math.log10(count + 1) / 30) : 0;
  const p = claim.checkworthiness * 0.8 + magnitude + (conflicts > 0 ? 0.15 : 0);
  return Math.round(Math.min(1, Math.max(0, p)) * 10_000) / 10_000;
}

/** A 409's words for an expectedVersion that is not the claim's: behind it (stale), or ahead of it (no such version yet). */
export const versionMismatch = (expected: number, current: number): string => (expected > current
  ? `expectedVersion ${expected} is ahead of the claim: it is at version ${current} (no verdict has that version yet)`
  : `expectedVersion ${expected} is stale: the claim is at version ${current}`);
