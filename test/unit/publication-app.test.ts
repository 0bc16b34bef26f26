/**
 * The publish use case's rules without a store: an in-memory repository behind the same port (the end-to-end
 * tests run the real one). Covers what HTTP cannot arrange: a publication or withdrawal that died between
 * writing its event and writing the snapshot, and the article statuses that refuse publication.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { Deps } from '../../lambdas/adapters/deps.ts';
import type { StoredPublicReview } from '../../lambdas/adapters/dynamodb.ts';
import { factCheckPage, publishClaim, withdrawClaim } from '../../lambdas/app/publication.ts';
import { ConflictError, NotFoundError, ValidationError } from '../../lambdas/domain/errors.ts';
import { eventId, type FactCheckEvent } from '../../lambdas/domain/intake/events.ts';
import type { Article, ArticleStatus, StoredClaim, VerdictVersion } from '../../lambdas/domain/model.ts';
import type { PublicationRecord, PublicReview } from '../../lambdas/domain/publication.ts';

process.env.TABLE_NAME ??= 'unit';
const ARTICLE = 'art-0123456789abcdef0123';
const CLAIM = `${ARTICLE}.casualty-0-2`;

class MemoryRepo {
  status: ArticleStatus = 'CHECKED';
  history: VerdictVersion[] = [{ version: 1, rating: 'false', note: 'internal', evidence: [], reviewer: 'r', at: '2024-01-01T00:00:00Z' }];
  publications: PublicationRecord[] = [];
  review: StoredPublicReview | undefined;
  toPublish = true;

  claim(): StoredClaim {
    return {
      claimId: CLAIM, articleId: ARTICLE, id: 'casualty-0-2', type: 'casualty', text: '12', start: 0, end: 2, sentence: { start: 0, end: 30 },
      casualty: { kind: 'killed', min: 12, max: 12, qualifier: 'exact', group: 'civilians' }, language: 'en', status: 'DECIDED',
      version: this.history.length, verdict: null, checks: { corroborations: [], conflicts: [], suggestedVerdict: null, priority: 1 },
      matchKey: null, createdAt: '', checkworthiness: 1,
    } as StoredClaim;
  }
  async getClaimHead(claimId: string) {
    if (claimId !== CLAIM) return undefined;
    return { claim: this.claim(), publications: [...this.publications], latest: this.history.at(-1) ?? null };
  }
  async *verdictsNewestFirst(_claimId: string, below = Infinity) {
    for (const v of [...this.history].reverse()) if (v.version < below) yield v;
  }
  async getVerdict(_claimId: string, version: number) { return this.history.find((v) => v.version === version); }
  async getArticle(articleId: string) {
    if (articleId !== ARTICLE) return undefined;
    return { articleId, status: this.status, language: 'en', publishedAt: '2024-01-02', title: 'T', url: 'https://news.example/a', source: null, textHash: '', submittedBy: 's', createdAt: '', updatedAt: '' } as Omit<Article, 'text'>;
  }
  async getText() { return '12 civilians were killed, it said.'; }
  async dateClaimsOf() { return []; }
  async getPublicReview() { return this.review; }
  async appendPublication(_a: string, _c: string, record: PublicationRecord) {
    if (this.publications.some((p) => p.seq === record.seq)) throw new ConflictError('taken');
    this.publications.push(record);
  }
  async putPublicReview(review: PublicReview) {
    if (this.review && this.review.seq >= review.seq) return false;
    this.review = review;
    return true;
  }
  async withdrawPublicReview(_a: string, _c: string, seq: number, at: string) {
    if (!this.review || this.review.seq >= seq) return false;
    this.review = { ...this.review, withdrawn: true, withdrawnAt: at, seq };
    return true;
  }
  async markPublished() { this.toPublish = false; }
  async markUnpublished() { this.toPublish = true; }
}

let repo: MemoryRepo;
let deps: Deps;
let clock = 0;
/** What the CDN was asked to invalidate, in order. */
let invalidated: { paths: string[]; reference: string }[];
/** The events handed to the events port (EventBridge in AWS), in order. */
let published: FactCheckEvent[];
beforeEach(() => {
  repo = new MemoryRepo();
  invalidated = [];
  published = [];
  const publicCache = { invalidate: async (paths: string[], reference: string) => void invalidated.push({ paths, reference }) };
  const events: Deps['events'] = { publish: async (event) => void published.push(event) };
  // Publishing uses the repository, the CDN, the events port and the clock only.
  deps = {
    repo: repo as unknown as Deps['repo'], publicCache: publicCache as unknown as Deps['publicCache'], events,
    now: () => new Date(Date.UTC(2024, 0, 10, 0, 0, clock++)).toISOString(),
  } as Deps;
});

describe('publishing a claim', () => {
  it('refuses while the article is PROCESSING or FAILED (422), a stale version (409), and an unknown claim (404)', async () => {
    for (const status of ['PROCESSING', 'FAILED'] as const) {
      repo.status = status;
      await expect(publishClaim(deps, CLAIM, 1, 'ed')).rejects.toMatchObject({ constructor: ValidationError, status: 422 });
    }
    repo.status = 'PARTIALLY_CHECKED';
    await expect(publishClaim(deps, CLAIM, 0, 'ed')).rejects.toBeInstanceOf(ConflictError);
    await expect(publishClaim(deps, `${ARTICLE}.casualty-9-9`, 1, 'ed')).rejects.toBeInstanceOf(NotFoundError);
    expect(repo.publications).toEqual([]);
    expect((await publishClaim(deps, CLAIM, 1, 'ed')).publication).toMatchObject({ state: 'published', version: 1 });
  });

  it('finishes a publication that died after its event was written: the retry writes the page, no second event', async () => {
    // The event is stored, the snapshot is not (the process died in between).
    repo.publications.push({ event: 'published', version: 1, seq: 1, editor: 'ed', at: '2024-01-05T00:00:00Z' });
    await expect(factCheckPage(deps, CLAIM)).rejects.toBeInstanceOf(NotFoundError);
    await publishClaim(deps, CLAIM, 1, 'ed');
    expect(repo.publications).toHaveLength(1);
    expect(repo.review).toMatchObject({ seq: 1, verdictVersion: 1, datePublished: '2024-01-05T00:00:00Z' });
    expect(repo.toPublish).toBe(false);
    expect((await factCheckPage(deps, CLAIM)).withdrawn).toBe(false);
  });

  it('finishes a withdrawal that died after its event was written: the page is taken down by the next request', async () => {
    await publishClaim(deps, CLAIM, 1, 'ed');
    repo.publications.push({ event: 'withdrawn', version: 1, seq: 2, editor: 'ed', at: '2024-01-06T00:00:00Z' });
    // nothing is published any more: a conflict with the claim's state (409), which names the withdrawal
    await expect(withdrawClaim(deps, CLAIM, 'ed')).rejects.toMatchObject({
      constructor: ConflictError, message: expect.stringMatching(/is not published: .*already withdrawn at 2024-01-06 00:00:00Z by ed/),
      detail: { publication: { state: 'withdrawn', version: 1 } },
    });
    expect(repo.review).toMatchObject({ withdrawn: true, seq: 2 });
    expect((await factCheckPage(deps, CLAIM)).withdrawn).toBe(true);
  });

  it('refuses to withdraw a claim never published (409, not 404: the claim exists) and an unknown claim (404), writing nothing', async () => {
    await expect(withdrawClaim(deps, CLAIM, 'ed')).rejects.toMatchObject({
      constructor: ConflictError, message: `claim ${CLAIM} is not published: it has never been published, so there is nothing to withdraw`, detail: { publication: null },
    });
    await expect(withdrawClaim(deps, `${ARTICLE}.casualty-9-9`, 'ed')).rejects.toBeInstanceOf(NotFoundError);
    expect(repo.publications).toEqual([]);
    expect(invalidated).toEqual([]);
  });

  it('keeps the first publication date when a revision is published, and snapshots no note', async () => {
    await publishClaim(deps, CLAIM, 1, 'ed');
    const first = repo.review!.datePublished;
    repo.history.push({ version: 2, rating: 'true', note: 'internal 2', publicExplanation: 'checked again', evidence: [], reviewer: 'r', at: '2024-01-08T00:00:00Z' });
    await publishClaim(deps, CLAIM, 2, 'ed');
    expect(repo.review).toMatchObject({ datePublished: first, rating: 'true', publicExplanation: 'checked again', verdictVersion: 2 });
    expect(repo.review!.dateModified > first).toBe(true);
    expect(JSON.stringify(repo.review)).not.toContain('internal');
    // Each publication is told to the newsroom's tools, the revision as its own version, and no note goes with it.
    expect(published.map((e) => [e.type, (e.data as { version: number }).version])).toEqual([['VerdictPublished', 1], ['VerdictPublished', 2]]);
    expect(JSON.stringify(published)).not.toContain('internal');
  });

  it('invalidates the CDN copies of /fact-checks* after publishing and after withdrawing, not on a refused request', async () => {
    await expect(publishClaim(deps, CLAIM, 0, 'ed')).rejects.toBeInstanceOf(ConflictError);
    expect(invalidated).toEqual([]);
    await publishClaim(deps, CLAIM, 1, 'ed');
    await withdrawClaim(deps, CLAIM, 'ed');
    expect(invalidated.map((i) => i.paths)).toEqual([['/fact-checks*'], ['/fact-checks*']]);
    expect(new Set(invalidated.map((i) => i.reference)).size).toBe(2);
    // VerdictPublished for the publication, with the public page's address, then VerdictWithdrawn; none for the refusal.
    expect(published.map((e) => e.type)).toEqual(['VerdictPublished', 'VerdictWithdrawn']);
    expect(published[0]).toMatchObject({ type: 'VerdictPublished', data: { claimId: CLAIM, articleId: ARTICLE, version: 1, rating: 'false', url: expect.stringMatching(new RegExp(`/fact-checks/${CLAIM}$`)) } });
  });

  it('sends VerdictWithdrawn when a fact-check is withdrawn: publish, withdraw, publish again are three events with three ids', async () => {
    await publishClaim(deps, CLAIM, 1, 'ed');
    const withdrawn = await withdrawClaim(deps, CLAIM, 'editor@desk');
    await publishClaim(deps, CLAIM, 1, 'ed');
    expect(published.map((e) => e.type)).toEqual(['VerdictPublished', 'VerdictWithdrawn', 'VerdictPublished']);
    expect(new Set(published.map((e) => e.id)).size).toBe(3);
    for (const e of published) expect(e.id).toMatch(/^evt-[0-9a-f]{32}$/);
    const [first, out] = published;
    const at = withdrawn.publication!.at;
    expect(out).toEqual({
      id: out.id, type: 'VerdictWithdrawn', time: at,
      data: { articleId: ARTICLE, claimId: CLAIM, version: 1, url: first.data.url, withdrawnAt: at },
    });
    expect(out.data.url).toMatch(new RegExp(`/fact-checks/${CLAIM.replace('.', '\\.')}$`));
    expect(JSON.stringify(out)).not.toMatch(/editor@desk|internal/);
  });

  it('a withdrawal finished by a later request sends its VerdictWithdrawn once, with the id the withdrawal itself would have had', async () => {
    await publishClaim(deps, CLAIM, 1, 'ed');
    repo.publications.push({ event: 'withdrawn', version: 1, seq: 2, editor: 'ed', at: '2024-01-06T00:00:00Z' });
    await expect(withdrawClaim(deps, CLAIM, 'ed')).rejects.toBeInstanceOf(ConflictError);
    await expect(withdrawClaim(deps, CLAIM, 'ed')).rejects.toBeInstanceOf(ConflictError);
    const out = published.filter((e) => e.type === 'VerdictWithdrawn');
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({ time: '2024-01-06T00:00:00Z', data: { version: 1, withdrawnAt: '2024-01-06T00:00:00Z' } });
    expect(out[0].id).toBe(eventId('VerdictWithdrawn', CLAIM, 1, 2));
  });
});
