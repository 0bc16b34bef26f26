/**
 * Who sees what (DESIGN.md section 9, Roles), in one place. Reviewers and editors see everything. A
 * submitter sees only the articles they submitted (anyone else's answer 404, as if they did not exist),
 * with their status and claims, but never internal notes, reviewer identities, the verdict history or
 * suggestions drawn from other reviewers' verdicts, nor which other articles corroborate or contradict a claim (how
 * many, yes); of the verdicts, only what an editor published: the
 * published rating, public explanation and evidence (not a later unpublished revision), and not who published.
 */
import { RATINGS, type Rating, type Summary, type Verdict } from '../domain/model.ts';
import type { PublicationState } from '../domain/publication.ts';

/** Who is asking: the token's `sub` and its groups (a handlers/http.ts Caller is one). */
export interface Viewer {
  sub: string;
  groups: string[];
}

/** Reviewers and editors: the newsroom's own staff. */
export const isStaff = (viewer: Viewer) => viewer.groups.includes('reviewers') || viewer.groups.includes('editors');

interface ClaimLike {
  verdict: Verdict | PublishedVerdict | null;
  checks: { suggestedVerdict: unknown; corroborations: unknown[]; conflicts: unknown[]; corroborationCount?: number; conflictCount?: number };
  history?: unknown[];
  publication?: PublicationState | null;
}

/** A verdict as a submitter sees it: what was published, nothing internal. */
export interface PublishedVerdict {
  rating: Rating;
  publicExplanation: string;
  evidence: string[];
  at: string;
}
interface ArticleLike<C extends ClaimLike> {
  submittedBy?: string;
  claims: C[];
  summary: Summary;
}

/** What a submitter may see of a verdict: the published version's public fields, nothing before it is published. */
function submitterVerdict(claim: ClaimLike): PublishedVerdict | null {
  const p = claim.publication;
  if (p?.state !== 'published' || !p.rating) return null;
  return { rating: p.rating, publicExplanation: p.publicExplanation ?? '', evidence: p.evidence ?? [], at: p.at };
}

function submitterClaim<C extends ClaimLike>(claim: C): C {
  // A lease names the reviewer on the claim (the desk): staff only.
  const { history: _history, historyCount: _count, historyCursor: _cursor, publication, lease: _lease, ...rest } = claim as C & { lease?: unknown; historyCount?: unknown; historyCursor?: unknown };
  // Whether it is published, and when; not which editor.
  const shown = publication === undefined ? {} : { publication: publication && { state: publication.state, at: publication.at } };
  // Corroborations and conflicts name other people's articles: a submitter gets how many, not which.
  const { corroborations, conflicts, corroborationCount, conflictCount } = claim.checks;
  const checks = {
    ...claim.checks, suggestedVerdict: null, corroborations: [], conflicts: [],
    corroborationCount: Math.max(corroborationCount ?? 0, corroborations.length), conflictCount: Math.max(conflictCount ?? 0, conflicts.length),
  };
  return { ...rest, ...shown, verdict: submitterVerdict(claim), checks } as unknown as C;
}

/**
 * The one role-based view: the article (with its claims and summary) or the claim (with its history) as
 * `viewer` may see it, or undefined when they may not see it at all (answer 404). `owner` is the
 * article's submittedBy.
 */
export function viewFor<V extends ArticleLike<ClaimLike> | ClaimLike>(viewer: Viewer, owner: string | undefined, view: V): V | undefined {
  if (isStaff(viewer)) return view;
  if (!owner || owner !== viewer.sub) return undefined;
  if (!('claims' in view)) return submitterClaim(view) as V;
  const claims = view.claims.map(submitterClaim);
  const ratings = Object.fromEntries(RATINGS.map((r) => [r, 0])) as Record<Rating, number>;
  for (const c of claims) if (c.verdict) ratings[c.verdict.rating] = (ratings[c.verdict.rating] ?? 0) + 1;
  // A reviewer's correction of the page's date (intake) shows that it was corrected, not by whom.
  const extraction = (view as { extraction?: Record<string, { by?: string }> }).extraction;
  const hidden = extraction ? { extraction: Object.fromEntries(Object.entries(extraction).map(([k, { by: _by, ...rest }]) => [k, rest])) } : {};
  return { ...view, claims, summary: { ...view.summary, ratings }, ...hidden };
}
