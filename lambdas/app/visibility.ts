/**
 * Who sees what (DESIGN.md section 9, Roles), in one place. Reviewers and editors see everything. A
 * submitter sees only the articles they submitted (anyone else's answer 404, as if they did not exist),
 * with their status and claims, but never internal notes, reviewer identities, the verdict history or
 * suggestions drawn from other reviewers' verdicts; of the verdicts, only published ratings (publication:
 * issue #13 extends `submitterVerdict`).
 */
import { RATINGS, type Rating, type Summary, type Verdict, type VerdictVersion } from '../domain/model.ts';

/** Who is asking: the token's `sub` and its groups (a handlers/http.ts Caller is one). */
export interface Viewer {
  sub: string;
  groups: string[];
}

/** Reviewers and editors: the newsroom's own staff. */
export const isStaff = (viewer: Viewer) => viewer.groups.includes('reviewers') || viewer.groups.includes('editors');

interface ClaimLike {
  verdict: Verdict | null;
  checks: { suggestedVerdict: unknown };
  history?: VerdictVersion[];
}
interface ArticleLike<C extends ClaimLike> {
  submittedBy?: string;
  claims: C[];
  summary: Summary;
}

/** What a submitter may see of a verdict: nothing until it is published (publication, #13, fills this in). */
function submitterVerdict(_claim: ClaimLike): Verdict | null {
  return null;
}

function submitterClaim<C extends ClaimLike>(claim: C): C {
  const { history: _history, ...rest } = claim;
  return { ...rest, verdict: submitterVerdict(claim), checks: { ...claim.checks, suggestedVerdict: null } } as C;
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
  for (const c of claims) if (c.verdict) ratings[c.verdict.rating]++;
  // A reviewer's correction of the page's date (intake) shows that it was corrected, not by whom.
  const extraction = (view as { extraction?: Record<string, { by?: string }> }).extraction;
  const hidden = extraction ? { extraction: Object.fromEntries(Object.entries(extraction).map(([k, { by: _by, ...rest }]) => [k, rest])) } : {};
  return { ...view, claims, summary: { ...view.summary, ratings }, ...hidden };
}
