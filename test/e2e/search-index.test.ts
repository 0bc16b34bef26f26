/**
 * Claim search on the real local stack: another form of a word finds the claim ("مدنيين" finds a
 * sentence that says "مدنياً", "children" and "killings" one that says "child" and "killed", "طفلان" one
 * that says "طفل", "قتلى" and "أطفال" one that says "قتيل" and "طفل" and the other way round); and a search
 * index written by an older release (terms of version 1, no stems; of version 2, no English stems; of
 * version 3, no Arabic broken plurals) is rebuilt: by an editor through POST /search-index/rebuild a page at a
 * time, and by `npm start` by itself when the stored version is older. Stale postings are deleted.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DeleteCommand, PutCommand, QueryCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { ARTICLE_SK, articlePk, SEARCH_INDEX_PK, SEARCH_INDEX_SK, termPk } from '../../lambdas/adapters/keys.ts';
import { postingsOf, SEARCH_INDEX_VERSION, type IndexVersion } from '../../lambdas/domain/search.ts';
import { articleStatus, call, startStack, waitFor, withStore, type RunningStack } from '../support/local-stack.ts';

let stack: RunningStack;
let reviewer: string;
const ids: string[] = [];

const ARTICLES = [
  { text: 'قالت وزارة الصحة إن 18 مدنياً قتلوا في قصف على مدينة حلب يوم الأحد.', publishedAt: '2024-05-06' },
  { text: 'أعلنت فرق الإسعاف إصابة 7 أطفال في انفجار بمدينة إدلب يوم السبت، وقالت إن المصابين نقلوا إلى المستشفى.', publishedAt: '2024-05-05' },
];

async function start(dataDir?: string) {
  stack = await startStack({ dataDir });
  reviewer = await stack.token('reviewer', 'hala@desk');
}
const search = async (q: string) => {
  const r = await call(stack.url, 'GET', `/claims?q=${encodeURIComponent(q)}`, { token: reviewer });
  expect(r.status).toBe(200);
  return [...new Set((r.body.items as any[]).map((c) => c.articleId))];
};

/** What the previous release left in the table: postings under version 1's terms, and no index version. */
async function writeVersionOnePostings(db: DynamoDBDocumentClient, keepVersion?: number) {
  await writeOldPostings(db, ids, 1);
  await setIndexVersion(db, keepVersion);
}

/** The articles' postings as release `version` wrote them: the current terms' postings replaced by that version's. */
async function writeOldPostings(db: DynamoDBDocumentClient, articleIds: string[], version: IndexVersion) {
  for (const articleId of articleIds) {
    const items = (await db.send(new QueryCommand({ TableName: 'factcheck', KeyConditionExpression: 'PK = :pk', ExpressionAttributeValues: { ':pk': articlePk(articleId) } }))).Items!;
    const head = items.find((i) => i.SK === ARTICLE_SK)!;
    const text = items.find((i) => i.SK === '#TEXT')!.text as string;
    const claims = items.filter((i) => i.itemType === 'claim') as any[];
    const day = (head.DaySK as string).slice(0, 10);
    const language = head.language as string;
    for (const term of postingsOf(text, claims, day, language).keys()) {
      await db.send(new DeleteCommand({ TableName: 'factcheck', Key: { PK: termPk(term), SK: head.DaySK } }));
    }
    for (const [term, list] of postingsOf(text, claims, day, language, version)) {
      await db.send(new PutCommand({ TableName: 'factcheck', Item: { PK: termPk(term), SK: head.DaySK, itemType: 'posting', articleId, language, claims: list } }));
    }
  }
}

/** The index version the table records; none, as the first release left it. */
async function setIndexVersion(db: DynamoDBDocumentClient, keepVersion?: number) {
  const marker = { TableName: 'factcheck', Key: { PK: SEARCH_INDEX_PK, SK: SEARCH_INDEX_SK } };
  if (keepVersion) await db.send(new PutCommand({ TableName: 'factcheck', Item: { ...marker.Key, version: keepVersion } }));
  else await db.send(new DeleteCommand(marker));
}

/** The articles that hold a posting under `term`, read from the table. */
async function postedUnder(db: DynamoDBDocumentClient, term: string) {
  const res = await db.send(new QueryCommand({ TableName: 'factcheck', KeyConditionExpression: 'PK = :pk', ExpressionAttributeValues: { ':pk': termPk(term) } }));
  return (res.Items ?? []).map((i) => i.articleId as string);
}

/** Submits an article, waits until its claims are extracted, and adds its id to `into`. */
async function submitInto(into: string[], text: string, publishedAt: string, language: string) {
  const r = await call(stack.url, 'POST', '/articles', { token: reviewer, body: { text, publishedAt, language } });
  expect(r.status).toBe(202);
  const article = await articleStatus(stack.url, reviewer, r.body.articleId, ['AWAITING_REVIEW', 'CHECKED']);
  expect(article.claims.length).toBeGreaterThan(0);
  into.push(r.body.articleId);
  return r.body.articleId as string;
}

/** A verdict on every claim of the articles, so a restart resumes nothing (a resumed execution writes its postings again). */
async function decideAll(articleIds: string[]) {
  for (const id of articleIds) {
    const claims = (await call(stack.url, 'GET', `/articles/${id}`, { token: reviewer })).body.claims as any[];
    for (const c of claims) expect((await call(stack.url, 'PUT', `/claims/${c.claimId}/verdict`, { token: reviewer, body: { rating: 'true', expectedVersion: 0 } })).status).toBe(200);
  }
}

beforeAll(async () => {
  await start();
  for (const a of ARTICLES) {
    const r = await call(stack.url, 'POST', '/articles', { token: reviewer, body: { ...a, language: 'ar' } });
    expect(r.status).toBe(202);
    ids.push(r.body.articleId);
    const article = await articleStatus(stack.url, reviewer, r.body.articleId, ['AWAITING_REVIEW', 'CHECKED']);
    // Decided, so a restart resumes nothing (a resumed execution would write its postings again).
    for (const c of article.claims) {
      expect((await call(stack.url, 'PUT', `/claims/${c.claimId}/verdict`, { token: reviewer, body: { rating: 'true', expectedVersion: 0 } })).status).toBe(200);
    }
    await articleStatus(stack.url, reviewer, r.body.articleId, ['CHECKED']);
  }
});
afterAll(async () => stack?.stop());

describe('Arabic search by another form of the word', () => {
  it('finds a claim by its singular, plural, dual or feminine, with or without the article', async () => {
    for (const q of ['مدني', 'مدنيين', 'المدنيون', 'مدنية']) expect(await search(q), q).toEqual([ids[0]]);
    for (const q of ['مصاب', 'مصابين', 'المصابون', 'مصابة']) expect(await search(q), q).toEqual([ids[1]]);
    expect(await search('الوزارة')).toEqual([ids[0]]); // the text says "وزارة"
    expect(await search('قتلى')).toEqual([]); // the dead: the text's "قتلوا" is a verb
  });
});

describe('rebuilding an index written by the previous release', () => {
  it('an editor rebuilds it a page at a time; stale postings go; a second run changes nothing', async () => {
    await stack.stop();
    // The current version recorded, so npm start leaves the index to the editor: as a deployed stack would.
    await withStore(stack.dataDir, (db) => writeVersionOnePostings(db, SEARCH_INDEX_VERSION));
    await start(stack.dataDir);
    expect(await search('مدنيين')).toEqual([]); // the old terms: "مدنيا" only
    expect(await search('مدنياً')).toEqual([]);

    const editor = await stack.token('editor', 'rana@desk');
    const rebuild = (body?: unknown, token = editor) => call(stack.url, 'POST', '/search-index/rebuild', { token, body });
    const first = await rebuild({ limit: 1 });
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ version: SEARCH_INDEX_VERSION, articles: 1, rebuilt: 1, skipped: 0 });
    expect(first.body.postingsDeleted).toBeGreaterThan(0);
    expect(first.body.nextCursor).toEqual(expect.any(String));
    expect(await search('مدنيين')).toEqual([ids[0]]); // newest first (6 May)
    expect(await search('المصابون')).toEqual([]); // the older article waits for the next page
    const second = await rebuild({ limit: 1, cursor: first.body.nextCursor });
    expect(second.body).toMatchObject({ articles: 1, rebuilt: 1, nextCursor: null });
    expect(await search('المصابون')).toEqual([ids[1]]);
    expect(await search('مدني')).toEqual([ids[0]]);

    const again = await rebuild();
    expect(again.body).toMatchObject({ articles: 2, rebuilt: 2, nextCursor: null, postingsWritten: first.body.postingsWritten + second.body.postingsWritten });
    // Nothing was left to delete: the count is of postings removed, not of delete requests (trial 5, finding 18).
    expect(again.body.postingsDeleted).toBe(0);
    expect(await search('مدنيين')).toEqual([ids[0]]);

    const problem = (r: any, status: number, detail: RegExp) => {
      expect(r.status).toBe(status);
      expect(r.type).toContain('application/problem+json');
      expect(r.body.detail).toMatch(detail);
    };
    problem(await rebuild({}, reviewer), 403, /editor/);
    problem(await rebuild({ limit: 500 }), 400, /limit/);
    problem(await rebuild({ cursor: Buffer.from('{"sk":"x"}').toString('base64url') }), 400, /cursor/);
    problem(await rebuild({ from: 'start' }), 400, /from|Unrecognized/i);

    await stack.stop();
    await withStore(stack.dataDir, async (db) => {
      expect(await postedUnder(db, 'مدنيا')).toEqual([]); // version 1's term for "مدنياً": deleted
      expect(await postedUnder(db, 'مصابين')).toEqual([]);
      expect(await postedUnder(db, 'مدني')).toEqual([ids[0]]);
      await writeVersionOnePostings(db); // and no version recorded, as the previous release left it
    });
    await start(stack.dataDir);
  });

  it('npm start rebuilds it by itself when the stored version is older', async () => {
    // The rebuild at start goes one article at a time, in the background: wait until it says it is done (the
    // line comes after its last page), then each article is found by its new terms (as the tests below do).
    await waitFor('the rebuild at start, logged', async () => new RegExp(`search index rebuilt from version 1 to ${SEARCH_INDEX_VERSION}: 2 article`).test(stack.output()));
    expect(await search('مدنيين')).toEqual([ids[0]]);
    expect(await search('مصابة')).toEqual([ids[1]]);
  });
});

describe('English plurals and verb forms, the Arabic dual (version 3)', () => {
  const more: string[] = [];
  const submit = (text: string, publishedAt: string, language: string) => submitInto(more, text, publishedAt, language);

  it('finds a claim in the singular by a plural or another form of its words, and a version-2 index is rebuilt at start', async () => {
    const en = await submit('A child was killed and a soldier was wounded when a shell hit a school in Kharkiv on Monday, the regional governor said.', '2024-05-08', 'en');
    const ar = await submit('أعلن الدفاع المدني مقتل طفل وإصابة جندي في قصف على بلدة بنش يوم الاثنين.', '2024-05-07', 'ar');
    for (const q of ['children', 'killings', 'child killed', 'soldiers', 'wounds', 'Kharkiv shelling']) expect(await search(q), q).toEqual([en]);
    for (const q of ['جنديان', 'الجنديين']) expect(await search(q), q).toEqual([ar]);
    // And, from version 4, the second article of this file, which says "أطفال" (children).
    for (const q of ['طفلان', 'الطفلين', 'طفل']) expect(await search(q), q).toEqual([ar, ids[1]]);

    // The previous release's terms ("killed", "طفل"), and version 2 recorded: npm start rebuilds by itself.
    await decideAll(more);
    await stack.stop();
    await withStore(stack.dataDir, async (db) => {
      await writeOldPostings(db, more, 2);
      await setIndexVersion(db, 2);
    });
    await start(stack.dataDir);
    await waitFor('the rebuild from version 2', async () => new RegExp(`search index rebuilt from version 2 to ${SEARCH_INDEX_VERSION}: 4 article`).test(stack.output()));
    expect(await search('killings')).toEqual([en]);
    expect(await search('طفلان')).toEqual([ar, ids[1]]);
    await stack.stop();
    await withStore(stack.dataDir, async (db) => {
      expect(await postedUnder(db, 'killed')).toEqual([]); // version 2's term: deleted
      expect(await postedUnder(db, 'kill')).toEqual([en]);
    });
  });
});

describe('Arabic broken plurals (version 4)', () => {
  const mine: string[] = [];
  const submit = (text: string, publishedAt: string) => submitInto(mine, text, publishedAt, 'ar');

  it('finds a claim that says "قتيل" and "طفل" by "قتلى" and "أطفال" and the other way round; a version-3 index is rebuilt at start', async () => {
    await stack.stop(); // the test before stops it (not when run alone)
    await start(stack.dataDir);
    const singular = await submit('قال الدفاع المدني إن قتيلاً سقط وأصيب طفل بجروح في قصف على بلدة كفرنبل يوم الثلاثاء.', '2024-05-10');
    const plural = await submit('أعلنت وزارة الصحة أن عدد القتلى بلغ 12 بينهم 5 أطفال في غارة على حي الشجاعية يوم الأربعاء.', '2024-05-09');
    // Newest first. The first article of this file ("18 مدنياً قتلوا") is not found: a verb is not the dead.
    for (const q of ['قتلى', 'القتلى', 'والقتلى', 'قتيل', 'قتيلاً']) expect(await search(q), q).toEqual([singular, plural]);
    for (const q of ['أطفال', 'الأطفال', 'طفل', 'للطفل']) expect(await search(q), q).toEqual(expect.arrayContaining([singular, plural]));
    expect(await search('أطفال كفرنبل')).toEqual([singular]); // the plural finds the singular's claim
    expect(await search('قتلى كفرنبل')).toEqual([singular]);
    expect(await search('طفل الشجاعية')).toEqual([plural]); // and the singular the plural's
    expect(await search('القتيل الشجاعية')).toEqual([plural]);

    // The previous release's terms ("قتلي", "اطفال"), and version 3 recorded: npm start rebuilds by itself.
    await decideAll(mine);
    await stack.stop();
    await withStore(stack.dataDir, async (db) => {
      await writeOldPostings(db, mine, 3);
      await setIndexVersion(db, 3);
      expect(await postedUnder(db, 'قتلي')).toEqual([plural]); // version 3's term for "القتلى"
    });
    await start(stack.dataDir);
    await waitFor('the rebuild from version 3', async () => new RegExp(`search index rebuilt from version 3 to ${SEARCH_INDEX_VERSION}: \\d+ article`).test(stack.output()));
    expect(await search('قتلى')).toEqual([singular, plural]);
    expect(await search('طفل الشجاعية')).toEqual([plural]);
    await stack.stop();
    await withStore(stack.dataDir, async (db) => {
      expect(await postedUnder(db, 'قتلي')).toEqual([]); // version 3's term: deleted
      expect(await postedUnder(db, 'اطفال')).toEqual([]);
      expect(await postedUnder(db, 'قتيل')).toEqual(expect.arrayContaining([singular, plural]));
    });
  });
});
