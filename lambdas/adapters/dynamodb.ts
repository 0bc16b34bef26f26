/**
 * The table, through the real DynamoDB protocol (AWS, dynalite or DynamoDB Local). No transactions:
 * every multi-item change is a sequence of conditional writes that is safe to repeat (see record-verdict).
 */
import { ConditionalCheckFailedException, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import {
  BatchGetCommand, BatchWriteCommand, DynamoDBDocumentClient, GetCommand, PutCommand, QueryCommand, UpdateCommand, type QueryCommandInput,
} from '@aws-sdk/lib-dynamodb';
import type { Article, ArticleStatus, Checks, StoredClaim, Summary, Verdict, VerdictVersion } from '../domain/model.ts';
import { TERMINAL } from '../domain/model.ts';
import type { PublicationRecord, PublicReview } from '../domain/publication.ts';
import { ConflictError, NotFoundError, TransientError } from '../domain/errors.ts';
import { termsOf } from '../domain/search.ts';
import * as keys from './keys.ts';
import { transientAfterRetries } from './transient.ts';

export function documentClient(endpoint?: string): DynamoDBDocumentClient {
  const client = new DynamoDBClient(endpoint ? { endpoint } : {});
  transientAfterRetries(client);
  if (process.env.FACTCHECK_METER_DYNAMODB === '1') meterCapacity(client);
  return DynamoDBDocumentClient.from(client, { marshallOptions: { removeUndefinedValues: true } });
}

/** Read and write capacity units used, when FACTCHECK_METER_DYNAMODB=1 (the cost benchmark). */
export const capacityMeter = { read: 0, write: 0, requests: 0 };

/**
 * Asks DynamoDB for the capacity each request consumed and adds it up. dynalite reports it for item
 * operations; for Query and Scan it does not, so those count 0.5 RCU (1 when consistent) per started 4 KB read.
 */
function meterCapacity(client: DynamoDBClient) {
  client.middlewareStack.add((next, context) => async (args: any) => {
    const input = args.input as Record<string, unknown>;
    input.ReturnConsumedCapacity ??= 'TOTAL';
    const out: any = await next(args);
    const op = context.commandName as string;
    capacityMeter.requests++;
    const consumed = out.output?.ConsumedCapacity;
    const units = Array.isArray(consumed) ? consumed.reduce((s: number, c: any) => s + (c.CapacityUnits ?? 0), 0) : consumed?.CapacityUnits;
    if (/^(Put|Update|Delete|BatchWrite)/.test(op)) capacityMeter.write += units ?? 1;
    else if (units !== undefined) capacityMeter.read += units;
    else {
      const bytes = (out.output?.Items ?? []).reduce((s: number, i: unknown) => s + JSON.stringify(i).length, 0);
      capacityMeter.read += Math.max(1, Math.ceil(bytes / 4096)) * (input.ConsistentRead ? 1 : 0.5);
    }
    return out;
  }, { step: 'initialize', name: 'factcheckCapacityMeter' });
}

export const isConditionFailure = (e: unknown) =>
  e instanceof ConditionalCheckFailedException || (e as Error)?.name === 'ConditionalCheckFailedException';

export const strip = <T extends Record<string, unknown>>(item: T) => {
  const { PK, SK, GSI1PK, GSI1SK, GSI2PK, GSI2SK, GSI3PK, GSI3SK, DayPK, DaySK, staleDaySks, listWords, taskToken, itemType, ...rest } = item;
  return rest;
};

/** BatchWriteItem, 25 requests a call (`parallel` calls at once), retrying what DynamoDB leaves unprocessed. */
export async function batchWriteAll(db: DynamoDBDocumentClient, table: string, all: Record<string, any>[], parallel = 1): Promise<void> {
  const write = async (chunk: Record<string, any>[]) => {
    let requests: Record<string, any>[] | undefined = chunk;
    for (let attempt = 0; requests?.length; attempt++) {
      if (attempt > 8) throw new TransientError('DynamoDB left writes unprocessed after 8 retries');
      if (attempt) await new Promise((r) => setTimeout(r, 25 * 2 ** attempt));
      const res = await db.send(new BatchWriteCommand({ RequestItems: { [table]: requests } }));
      requests = res.UnprocessedItems?.[table] as Record<string, any>[] | undefined;
    }
  };
  for (let i = 0; i < all.length; i += 25 * parallel) {
    const chunks = Array.from({ length: parallel }, (_, k) => all.slice(i + 25 * k, i + 25 * (k + 1))).filter((c) => c.length);
    await Promise.all(chunks.map(write));
  }
}

/** What an article item carries for the desk's lists (GSI ByDay; the q filter's words). */
function articleListAttributes(a: Pick<Article, 'articleId' | 'publishedAt' | 'createdAt' | 'title' | 'source' | 'url'>) {
  return {
    DayPK: keys.ARTICLES_PK,
    DaySK: keys.articleDaySk(a),
    // Canonical words of the title, source and link, space-delimited, for GET /articles?q=.
    listWords: ` ${termsOf([a.title, a.source, a.url].filter(Boolean).join(' ')).join(' ')} `,
  };
}

export interface ArticleBundle {
  article: Article & { taskToken?: string };
  claims: StoredClaim[];
  history: Map<string, VerdictVersion[]>;
  /** Publication events per claim, in order. */
  publications: Map<string, PublicationRecord[]>;
}

/** A public review as stored: withdrawn ones stay as a tombstone (410), out of the PUBLISHED index. */
export type StoredPublicReview = PublicReview & { withdrawn?: boolean; withdrawnAt?: string };

const pushTo = <T>(map: Map<string, T[]>, key: string, value: T) => {
  const list = map.get(key) ?? [];
  list.push(value);
  map.set(key, list);
};

function publicationOf(item: Record<string, any>): PublicationRecord {
  return { event: item.event, version: item.version, seq: item.seq, editor: item.editor, at: item.at };
}

/**
 * Items a page when an article's claims are read (getBundle, dateClaimsOf): also the most verdicts of one claim
 * read beyond those needed, as a page may run into a long history before the reader knows it is long.
 */
const CLAIM_ITEMS_PAGE = 50;

export class Repository {
  constructor(private readonly db: DynamoDBDocumentClient, private readonly table: string) {}

  // ---- articles -------------------------------------------------------------------------------
  /**
   * Stores a new article: its text first, then the article item, so an article never exists without its
   * text (a crash between the two leaves only a text, which the same submission completes). The text is
   * written once and never rewritten. Returns `text: 'different'` (and writes nothing) when the id already
   * holds another text; otherwise the stored article item, `created` when this call made it.
   */
  async createArticle(article: Article): Promise<
    { text: 'different'; created: false; article?: undefined } | { text: 'same'; created: boolean; article: Omit<Article, 'text'> & { attempt?: number } }
  > {
    const { text, ...head } = article;
    const pk = keys.articlePk(article.articleId);
    // A link alone has no text yet: FetchPage stores it (putText).
    if (!article.fetch) try {
      await this.db.send(new PutCommand({
        TableName: this.table,
        Item: { PK: pk, SK: keys.TEXT_SK, itemType: 'text', text, textHash: article.textHash },
        ConditionExpression: 'attribute_not_exists(PK)',
      }));
    } catch (e) {
      if (!isConditionFailure(e)) throw e;
      const stored = await this.db.send(new GetCommand({ TableName: this.table, Key: { PK: pk, SK: keys.TEXT_SK }, ConsistentRead: true }));
      if (stored.Item?.text !== text) return { text: 'different', created: false };
    }
    try {
      await this.db.send(new PutCommand({
        TableName: this.table,
        Item: {
          PK: pk, SK: keys.ARTICLE_SK, itemType: 'article', ...head,
          GSI1PK: keys.ACTIVE_PK, GSI1SK: keys.activeSk(article.createdAt, article.articleId),
          ...articleListAttributes(article),
        },
        ConditionExpression: 'attribute_not_exists(PK)',
      }));
      await this.putOwnerItem(article);
      return { text: 'same', created: true, article: head };
    } catch (e) {
      if (!isConditionFailure(e)) throw e;
      const existing = await this.getArticle(article.articleId);
      if (!existing) throw e;
      await this.putOwnerItem(existing); // heals a submission that died before writing it
      return { text: 'same', created: false, article: existing };
    }
  }

  /**
   * The submitter's pointer to an article, for their own list (GSI ByDay under SUBMITTER#<submittedBy>),
   * under the article's list key `sk` (by default the one its fields give).
   */
  async putOwnerItem(a: Pick<Article, 'articleId' | 'publishedAt' | 'createdAt' | 'submittedBy'>, sk = keys.articleDaySk(a)): Promise<void> {
    await this.db.send(new PutCommand({
      TableName: this.table,
      Item: {
        PK: keys.articlePk(a.articleId), SK: keys.OWNER_SK, itemType: 'owner', articleId: a.articleId,
        DayPK: keys.ownerPk(a.submittedBy), DaySK: sk,
      },
    }));
  }

  /**
   * Sets the list keys again from what the article holds now (a date or title taken from its page, or
   * corrected): run by ExtractClaims, so the lists follow. Conditional on the list key it read, so a date
   * corrected meanwhile is never overwritten with the key of the old one (it reads again). Returns the
   * list key set. Idempotent.
   */
  async refreshListKeys(articleId: string): Promise<string | undefined> {
    for (let attempt = 0; attempt < 5; attempt++) {
      const a = await this.getArticle(articleId);
      if (!a) return undefined;
      const { sk: before } = (await this.dayKeys(articleId))!;
      const attrs = articleListAttributes(a);
      try {
        await this.db.send(new UpdateCommand({
          TableName: this.table,
          Key: { PK: keys.articlePk(articleId), SK: keys.ARTICLE_SK },
          UpdateExpression: 'SET DayPK = :pk, DaySK = :sk, listWords = :w',
          ConditionExpression: before === undefined ? 'attribute_exists(PK) AND attribute_not_exists(DaySK)' : 'attribute_exists(PK) AND DaySK = :before',
          ExpressionAttributeValues: { ':pk': attrs.DayPK, ':sk': attrs.DaySK, ':w': attrs.listWords, ...(before === undefined ? {} : { ':before': before }) },
        }));
      } catch (e) {
        if (isConditionFailure(e)) continue;
        throw e;
      }
      await this.putOwnerItem(a, attrs.DaySK);
      return attrs.DaySK;
    }
    throw new TransientError(`the list key of article ${articleId} kept changing`);
  }

  /**
   * The article's list key (GSI ByDay) and the keys it left whose owner item and postings may still have to
   * follow (a date correction in progress, see correctDay).
   */
  async dayKeys(articleId: string): Promise<{ sk: string | undefined; stale: string[] } | undefined> {
    const res = await this.db.send(new GetCommand({
      TableName: this.table, Key: { PK: keys.articlePk(articleId), SK: keys.ARTICLE_SK }, ConsistentRead: true,
      ProjectionExpression: 'DaySK, staleDaySks, PK',
    }));
    if (!res.Item) return undefined;
    return { sk: res.Item.DaySK as string | undefined, stale: [...((res.Item.staleDaySks as Set<string> | undefined) ?? [])].sort() };
  }

  /**
   * A corrected publication date, in one write of the article item: the date, its provenance and the list
   * key (GSI ByDay) change together, so the desk's list never shows the new date under the old day or the
   * reverse. The key it leaves is added to `staleDaySks` until the derived items (owner pointer, search
   * postings) have followed. Conditional on the list key read (`expectedSk`): false when it changed
   * meanwhile (another correction, the extract step), and the caller reads again.
   */
  async correctDay(articleId: string, fields: Pick<Article, 'publishedAt' | 'extraction'>, expectedSk: string | undefined, sk: string): Promise<boolean> {
    const leaving = expectedSk !== undefined && expectedSk !== sk;
    try {
      await this.db.send(new UpdateCommand({
        TableName: this.table,
        Key: { PK: keys.articlePk(articleId), SK: keys.ARTICLE_SK },
        UpdateExpression: `SET publishedAt = :p, extraction = :e, updatedAt = :now, DayPK = :pk, DaySK = :sk${leaving ? ' ADD staleDaySks :old' : ''}`,
        ConditionExpression: expectedSk === undefined ? 'attribute_exists(PK) AND attribute_not_exists(DaySK)' : 'attribute_exists(PK) AND DaySK = :expected',
        ExpressionAttributeValues: {
          ':p': fields.publishedAt, ':e': fields.extraction, ':now': new Date().toISOString(), ':pk': keys.ARTICLES_PK, ':sk': sk,
          ...(expectedSk === undefined ? {} : { ':expected': expectedSk }), ...(leaving ? { ':old': new Set([expectedSk]) } : {}),
        },
      }));
      return true;
    } catch (e) {
      if (isConditionFailure(e)) return false;
      throw e;
    }
  }

  /** Marks a list key whose postings are to be deleted (the extract step wrote them under a key that moved since). */
  async addStaleDaySk(articleId: string, sk: string): Promise<void> {
    await this.db.send(new UpdateCommand({
      TableName: this.table,
      Key: { PK: keys.articlePk(articleId), SK: keys.ARTICLE_SK },
      UpdateExpression: 'ADD staleDaySks :old',
      ConditionExpression: 'attribute_exists(PK)',
      ExpressionAttributeValues: { ':old': new Set([sk]) },
    }));
  }

  /** Forgets these stale list keys (their postings are deleted); keys added meanwhile stay. */
  async clearStaleDaySks(articleId: string, stale: string[]): Promise<void> {
    if (!stale.length) return;
    await this.db.send(new UpdateCommand({
      TableName: this.table,
      Key: { PK: keys.articlePk(articleId), SK: keys.ARTICLE_SK },
      UpdateExpression: 'DELETE staleDaySks :done',
      ConditionExpression: 'attribute_exists(PK)',
      ExpressionAttributeValues: { ':done': new Set(stale) },
    }));
  }

  /** The article first stored at a link (its key: ids.ts linkKeyFor), whoever sent it; undefined when none is. */
  async articleOfLink(linkKey: string): Promise<string | undefined> {
    const res = await this.db.send(new GetCommand({
      TableName: this.table, Key: { PK: keys.linkPk(linkKey), SK: keys.LINK_SK }, ConsistentRead: true,
    }));
    return res.Item?.articleId as string | undefined;
  }

  /**
   * Records `articleId` as the article at a link unless another holds it already (a conditional put: of
   * two racing, one wins); `replacing`: the holder it may take the place of (one that FAILED). Idempotent.
   */
  async claimLink(linkKey: string, link: string, articleId: string, replacing?: string): Promise<void> {
    try {
      await this.db.send(new PutCommand({
        TableName: this.table,
        Item: { PK: keys.linkPk(linkKey), SK: keys.LINK_SK, itemType: 'link', link, articleId, at: new Date().toISOString() },
        ConditionExpression: replacing ? 'attribute_not_exists(PK) OR articleId = :old' : 'attribute_not_exists(PK)',
        ...(replacing ? { ExpressionAttributeValues: { ':old': replacing } } : {}),
      }));
    } catch (e) {
      if (!isConditionFailure(e)) throw e;
    }
  }

  /** The links of these articles (the url sent, where it led, the page's canonical link), by id (BatchGetItem). */
  async articleLinkFields(articleIds: string[]): Promise<Map<string, Pick<Article, 'url' | 'fetch' | 'extraction'>>> {
    const out = new Map<string, Pick<Article, 'url' | 'fetch' | 'extraction'>>();
    const ids = [...new Set(articleIds)];
    for (let i = 0; i < ids.length; i += 100) {
      let request: Record<string, unknown>[] | undefined = ids.slice(i, i + 100).map((id) => ({ PK: keys.articlePk(id), SK: keys.ARTICLE_SK }));
      for (let attempt = 0; request?.length; attempt++) {
        if (attempt > 8) throw new TransientError('DynamoDB left reads unprocessed after 8 retries');
        if (attempt) await new Promise((r) => setTimeout(r, 25 * 2 ** attempt));
        const res = await this.db.send(new BatchGetCommand({
          RequestItems: {
            [this.table]: {
              Keys: request, ProjectionExpression: 'articleId, #url, #fetch, extraction',
              ExpressionAttributeNames: { '#url': 'url', '#fetch': 'fetch' },
            },
          },
        }));
        for (const item of res.Responses?.[this.table] ?? []) out.set(item.articleId, { url: item.url ?? null, fetch: item.fetch, extraction: item.extraction });
        request = res.UnprocessedKeys?.[this.table]?.Keys as Record<string, unknown>[] | undefined;
      }
    }
    return out;
  }

  /** Rewrites the canonical words of an article's title, source and link (the search terms changed), nothing else. */
  async refreshListWords(a: Pick<Article, 'articleId' | 'publishedAt' | 'createdAt' | 'title' | 'source' | 'url'>): Promise<void> {
    await this.db.send(new UpdateCommand({
      TableName: this.table,
      Key: { PK: keys.articlePk(a.articleId), SK: keys.ARTICLE_SK },
      UpdateExpression: 'SET listWords = :w',
      ConditionExpression: 'attribute_exists(PK)',
      ExpressionAttributeValues: { ':w': articleListAttributes(a).listWords },
    }));
  }

  /**
   * Takes a FAILED article back to PROCESSING for another attempt (its next execution name), conditional on
   * it still being FAILED: of racing resubmissions exactly one gets the new attempt number, the others undefined.
   */
  async restartFailed(articleId: string, createdAt: string): Promise<number | undefined> {
    try {
      const res = await this.db.send(new UpdateCommand({
        TableName: this.table,
        Key: { PK: keys.articlePk(articleId), SK: keys.ARTICLE_SK },
        UpdateExpression: 'SET #status = :processing, updatedAt = :now, GSI1PK = :active, GSI1SK = :sk ADD attempt :one REMOVE failure',
        ConditionExpression: '#status = :failed',
        ExpressionAttributeNames: { '#status': 'status' },
        ExpressionAttributeValues: {
          ':processing': 'PROCESSING', ':failed': 'FAILED', ':now': new Date().toISOString(), ':one': 1,
          ':active': keys.ACTIVE_PK, ':sk': keys.activeSk(createdAt, articleId),
        },
        ReturnValues: 'ALL_NEW',
      }));
      return res.Attributes?.attempt as number;
    } catch (e) {
      if (isConditionFailure(e)) return undefined;
      throw e;
    }
  }

  /** Whether the article's text item is stored (a restart resumes only whole articles). */
  async hasText(articleId: string): Promise<boolean> {
    const res = await this.db.send(new GetCommand({
      TableName: this.table, Key: { PK: keys.articlePk(articleId), SK: keys.TEXT_SK }, ConsistentRead: true, ProjectionExpression: 'PK',
    }));
    return !!res.Item;
  }

  /**
   * Stores the text of an article submitted by url (FetchPage), once: a replayed step finds it stored and
   * keeps it (the text is never rewritten).
   */
  async putText(articleId: string, text: string): Promise<void> {
    try {
      await this.db.send(new PutCommand({
        TableName: this.table,
        Item: { PK: keys.articlePk(articleId), SK: keys.TEXT_SK, itemType: 'text', text },
        ConditionExpression: 'attribute_not_exists(PK)',
      }));
    } catch (e) {
      if (!isConditionFailure(e)) throw e;
    }
  }

  /** The article's text (a separate item). */
  async getText(articleId: string): Promise<string> {
    const res = await this.db.send(new GetCommand({
      TableName: this.table, Key: { PK: keys.articlePk(articleId), SK: keys.TEXT_SK }, ConsistentRead: true,
    }));
    if (typeof res.Item?.text !== 'string') throw new NotFoundError(`the text of article ${articleId} is not stored`);
    return res.Item.text;
  }

  /** The article item without its text (status, counts, metadata). */
  async getArticle(articleId: string): Promise<(Omit<Article, 'text'> & { taskToken?: string }) | undefined> {
    const res = await this.db.send(new GetCommand({
      TableName: this.table, Key: { PK: keys.articlePk(articleId), SK: keys.ARTICLE_SK }, ConsistentRead: true,
    }));
    if (!res.Item) return undefined;
    const { taskToken } = res.Item;
    return { ...(strip(res.Item) as unknown as Omit<Article, 'text'>), ...(taskToken ? { taskToken } : {}) };
  }

  async requireArticle(articleId: string) {
    const a = await this.getArticle(articleId);
    if (!a) throw new NotFoundError(`article ${articleId} does not exist`);
    return a;
  }

  /**
   * The article, its claims with their publication events, and of their verdicts only those a view needs: the
   * versions newer than the claim item (appended before the claim item followed them), and with
   * `publishedVerdicts` the version each claim's last publication event names (its state shows that verdict).
   * Not every verdict: see claimItems. The public snapshots (PUBLIC#) are not read.
   */
  async getBundle(articleId: string, options: { publishedVerdicts?: boolean } = {}): Promise<ArticleBundle | undefined> {
    const { head, claims, history, publications } = await this.claimItems(articleId, keys.ARTICLE_ITEMS_START, keys.CLAIM_ITEMS_END);
    const article = head.get(keys.ARTICLE_SK);
    if (!article) return undefined;
    const text = (head.get(keys.TEXT_SK)?.text as string | undefined) ?? '';
    if (options.publishedVerdicts) {
      const missing = claims.flatMap((c) => {
        const version = publications.get(c.claimId)?.at(-1)?.version;
        return version !== undefined && !history.get(c.claimId)?.some((v) => v.version === version) ? [{ claimId: c.claimId, version }] : [];
      });
      const found = await Promise.all(missing.map((m) => this.getVerdict(m.claimId, m.version)));
      found.forEach((v, i) => v && pushTo(history, missing[i].claimId, v));
    }
    claims.sort((a, b) => a.start - b.start || a.end - b.end);
    for (const list of history.values()) list.sort((a, b) => a.version - b.version);
    for (const list of publications.values()) list.sort((a, b) => a.seq - b.seq);
    const { taskToken } = article;
    return { article: { ...(strip(article) as unknown as Article), text, ...(taskToken ? { taskToken } : {}) }, claims, history, publications };
  }

  /**
   * An article's items with sort keys from..to (inclusive), read in key order, in which each claim's item comes
   * first, then its publication events, then its verdicts: the items that are not claims, verdicts or events
   * (`head`, by sort key), the claims, every publication event, and of the verdicts those a view may need (newer
   * than the claim item, or the version of its last publication event). Where a page ends inside verdicts that
   * the claim item already carries, the next page starts after them: a long history costs at most one page of
   * it (CLAIM_ITEMS_PAGE items), whatever its length.
   */
  private async claimItems(articleId: string, from: string, to: string) {
    const head = new Map<string, Record<string, any>>();
    const claims: StoredClaim[] = [];
    const claimOf = new Map<string, StoredClaim>();
    const history = new Map<string, VerdictVersion[]>();
    const publications = new Map<string, PublicationRecord[]>();
    let start: Record<string, unknown> | undefined;
    for (;;) {
      const res = await this.db.send(new QueryCommand({
        TableName: this.table, KeyConditionExpression: 'PK = :pk AND SK BETWEEN :from AND :to',
        ExpressionAttributeValues: { ':pk': keys.articlePk(articleId), ':from': from, ':to': to },
        ConsistentRead: true, Limit: CLAIM_ITEMS_PAGE, ExclusiveStartKey: start,
      }));
      const items = res.Items ?? [];
      for (const item of items) {
        if (item.itemType === 'claim') {
          const claim = strip(item) as unknown as StoredClaim;
          claims.push(claim);
          claimOf.set(claim.claimId, claim);
        } else if (item.itemType === 'publication') {
          pushTo(publications, item.claimId, publicationOf(item));
        } else if (item.itemType === 'verdict') {
          const needed = item.version > (claimOf.get(item.claimId)?.version ?? 0) || item.version === publications.get(item.claimId)?.at(-1)?.version;
          if (needed) pushTo(history, item.claimId, strip(item) as unknown as VerdictVersion);
        } else {
          head.set(item.SK, item);
        }
      }
      if (!res.LastEvaluatedKey) break;
      const last = items.at(-1);
      const claim = last?.itemType === 'verdict' ? claimOf.get(last.claimId) : undefined;
      if (claim && last!.version < claim.version) {
        // Inside verdicts the claim item carries: on from the first one it does not (normally the next claim).
        from = keys.verdictSk(claim.claimId, claim.version + 1);
        start = undefined;
      } else {
        start = res.LastEvaluatedKey;
      }
    }
    return { head, claims, history, publications };
  }

  /**
   * A claim, its publication events and its newest verdict (null when it has none), without the rest of its
   * history: two small Queries whatever the history's length. The other verdicts: verdictsNewestFirst.
   */
  async getClaimHead(claimId: string): Promise<{ claim: StoredClaim; publications: PublicationRecord[]; latest: VerdictVersion | null } | undefined> {
    const articleId = keys.articleIdOfClaim(claimId);
    if (!articleId) return undefined;
    const pk = keys.articlePk(articleId);
    const [own, newest] = await Promise.all([
      this.queryAll({
        TableName: this.table, KeyConditionExpression: 'PK = :pk AND SK BETWEEN :from AND :to',
        ExpressionAttributeValues: { ':pk': pk, ':from': keys.claimSk(claimId), ':to': keys.publicationsSkEnd(claimId) }, ConsistentRead: true,
      }),
      this.verdictsNewestFirst(claimId).next(),
    ]);
    const head = own.find((i) => i.itemType === 'claim' && i.claimId === claimId);
    if (!head) return undefined;
    const publications = own.filter((i) => i.itemType === 'publication' && i.claimId === claimId).map(publicationOf).sort((a, b) => a.seq - b.seq);
    return { claim: strip(head) as unknown as StoredClaim, publications, latest: newest.done ? null : newest.value };
  }

  /**
   * A claim's verdicts newest first, those below version `below` (all when absent), read a page at a time as
   * the caller goes on (pages of 1, then 10, 20, 40 … 100 items): a reader that stops reads little past it.
   */
  async *verdictsNewestFirst(claimId: string, below?: number): AsyncGenerator<VerdictVersion> {
    const articleId = keys.articleIdOfClaim(claimId);
    if (!articleId || below === 1) return;
    const values = {
      ':pk': keys.articlePk(articleId), ':from': keys.verdictSkPrefix(claimId),
      ':to': below === undefined ? `${keys.verdictSkPrefix(claimId)}~` : keys.verdictSk(claimId, below - 1),
    };
    let start: Record<string, unknown> | undefined;
    let limit = 1;
    do {
      const res = await this.db.send(new QueryCommand({
        TableName: this.table, KeyConditionExpression: 'PK = :pk AND SK BETWEEN :from AND :to', ExpressionAttributeValues: values,
        ScanIndexForward: false, ConsistentRead: true, Limit: limit, ExclusiveStartKey: start,
      }));
      for (const item of res.Items ?? []) yield strip(item) as unknown as VerdictVersion;
      start = res.LastEvaluatedKey;
      limit = Math.min(100, limit === 1 ? 10 : limit * 2);
    } while (start);
  }

  /** Version `version` of a claim's verdict (read as the history reads it). */
  async getVerdict(claimId: string, version: number): Promise<VerdictVersion | undefined> {
    const articleId = keys.articleIdOfClaim(claimId);
    if (!articleId) return undefined;
    const res = await this.db.send(new QueryCommand({
      TableName: this.table, KeyConditionExpression: 'PK = :pk AND SK = :sk',
      ExpressionAttributeValues: { ':pk': keys.articlePk(articleId), ':sk': keys.verdictSk(claimId, version) }, ConsistentRead: true,
    }));
    const item = res.Items?.[0];
    return item ? (strip(item) as unknown as VerdictVersion) : undefined;
  }

  async setArticleStatus(articleId: string, status: ArticleStatus, fields: Partial<Article> & { taskToken?: string | null } = {}): Promise<void> {
    const names: Record<string, string> = { '#status': 'status', '#updatedAt': 'updatedAt' };
    const values: Record<string, unknown> = { ':status': status, ':now': new Date().toISOString() };
    const sets = ['#status = :status', '#updatedAt = :now'];
    const removes: string[] = [];
    for (const [k, v] of Object.entries(fields)) {
      names[`#${k}`] = k;
      if (v === null && k === 'taskToken') removes.push(`#${k}`);
      else {
        values[`:${k}`] = v;
        sets.push(`#${k} = :${k}`);
      }
    }
    if (TERMINAL.has(status)) removes.push('GSI1PK', 'GSI1SK');
    await this.db.send(new UpdateCommand({
      TableName: this.table,
      Key: { PK: keys.articlePk(articleId), SK: keys.ARTICLE_SK },
      UpdateExpression: `SET ${sets.join(', ')}${removes.length ? ` REMOVE ${removes.join(', ')}` : ''}`,
      ConditionExpression: 'attribute_exists(PK)',
      ExpressionAttributeNames: names,
      ExpressionAttributeValues: values,
    })).catch((e) => {
      if (isConditionFailure(e)) throw new NotFoundError(`article ${articleId} does not exist`);
      throw e;
    });
  }

  /** Sets fields of the article item without touching its status (metadata taken from a page, corrections). */
  async setArticleFields(articleId: string, fields: Partial<Article>): Promise<void> {
    const entries = Object.entries({ ...fields, updatedAt: new Date().toISOString() });
    await this.db.send(new UpdateCommand({
      TableName: this.table,
      Key: { PK: keys.articlePk(articleId), SK: keys.ARTICLE_SK },
      UpdateExpression: `SET ${entries.map((_, i) => `#f${i} = :f${i}`).join(', ')}`,
      ConditionExpression: 'attribute_exists(PK)',
      ExpressionAttributeNames: Object.fromEntries(entries.map(([k], i) => [`#f${i}`, k])),
      ExpressionAttributeValues: Object.fromEntries(entries.map(([, v], i) => [`:f${i}`, v])),
    })).catch((e) => {
      if (isConditionFailure(e)) throw new NotFoundError(`article ${articleId} does not exist`);
      throw e;
    });
  }

  /**
   * Records how many claims the article has, before they are written (the same number on a replay), so
   * every decision is counted against it however early it comes.
   */
  async setClaimCount(articleId: string, claimCount: number, claimsOmitted = 0): Promise<void> {
    await this.db.send(new UpdateCommand({
      TableName: this.table,
      Key: { PK: keys.articlePk(articleId), SK: keys.ARTICLE_SK },
      UpdateExpression: 'SET claimCount = :c, claimsOmitted = :o',
      ConditionExpression: 'attribute_exists(PK)',
      ExpressionAttributeValues: { ':c': claimCount, ':o': claimsOmitted },
    }));
  }

  /**
   * Counts a claim's first decision with an atomic ADD: of all the requests deciding an article's claims,
   * exactly one sees decidedClaims reach claimCount, whatever the interleaving.
   */
  async countDecision(articleId: string): Promise<{ decided: number; claimCount: number; status: ArticleStatus }> {
    const res = await this.db.send(new UpdateCommand({
      TableName: this.table,
      Key: { PK: keys.articlePk(articleId), SK: keys.ARTICLE_SK },
      UpdateExpression: 'ADD decidedClaims :one',
      ConditionExpression: 'attribute_exists(PK)',
      ExpressionAttributeValues: { ':one': 1 },
      ReturnValues: 'ALL_NEW',
    }));
    const a = res.Attributes ?? {};
    return { decided: a.decidedClaims as number, claimCount: (a.claimCount as number | undefined) ?? Infinity, status: a.status as ArticleStatus };
  }

  async listActiveArticles(): Promise<{ articleId: string; status: ArticleStatus; attempt?: number; fetch?: Article['fetch'] }[]> {
    const items = await this.queryAll({
      TableName: this.table, IndexName: keys.GSI1, KeyConditionExpression: 'GSI1PK = :pk',
      ExpressionAttributeValues: { ':pk': keys.ACTIVE_PK },
    });
    return items.map((i) => ({ articleId: i.articleId, status: i.status, ...(i.attempt ? { attempt: i.attempt } : {}), ...(i.fetch ? { fetch: i.fetch } : {}) }));
  }

  // ---- claims ---------------------------------------------------------------------------------
  /** Ids of the claims already stored for an article (a replayed step must not overwrite them). */
  async storedClaimIds(articleId: string): Promise<Set<string>> {
    const items = await this.queryAll({
      TableName: this.table,
      KeyConditionExpression: 'PK = :pk AND begins_with(SK, :sk)',
      ExpressionAttributeValues: { ':pk': keys.articlePk(articleId), ':sk': 'CLAIM#', ':claim': 'claim' },
      FilterExpression: 'itemType = :claim',
      ProjectionExpression: 'claimId',
      ConsistentRead: true,
    });
    return new Set(items.map((i) => i.claimId as string));
  }

  /** Writes new claims, 25 to a BatchWriteItem, retrying what DynamoDB leaves unprocessed. */
  async putNewClaims(claims: StoredClaim[]): Promise<void> {
    await batchWriteAll(this.db, this.table, claims.map((claim) => ({
      PutRequest: { Item: { PK: keys.articlePk(claim.articleId), SK: keys.claimSk(claim.claimId), itemType: 'claim', ...claim } },
    })));
  }

  /**
   * Stores the checks; a claim still PENDING_REVIEW enters the review queue (GSI1/GSI2) at its priority.
   * The queue keys are set on condition that it is still pending, so a verdict given meanwhile is not undone.
   */
  async setChecks(claim: StoredClaim, checks: Checks, matchKey: string | null): Promise<void> {
    const rank = keys.queueRank(checks.priority, claim.createdAt, claim.claimId);
    const sets = ['checks = :checks'];
    const values: Record<string, unknown> = { ':checks': checks };
    if (matchKey) {
      sets.push('matchKey = :mk', 'GSI3PK = :mpk', 'GSI3SK = :msk');
      Object.assign(values, { ':mk': matchKey, ':mpk': keys.matchPk(matchKey), ':msk': claim.claimId });
    }
    const key = { PK: keys.articlePk(claim.articleId), SK: keys.claimSk(claim.claimId) };
    try {
      await this.db.send(new UpdateCommand({
        TableName: this.table, Key: key,
        UpdateExpression: `SET ${[...sets, 'GSI1PK = :q', 'GSI1SK = :rank', 'GSI2PK = :ql', 'GSI2SK = :rank'].join(', ')}`,
        ConditionExpression: 'attribute_exists(PK) AND #status = :pending',
        ExpressionAttributeNames: { '#status': 'status' },
        ExpressionAttributeValues: { ...values, ':q': keys.QUEUE_PK, ':ql': keys.queueByLanguagePk(claim.language), ':rank': rank, ':pending': 'PENDING_REVIEW' },
      }));
    } catch (e) {
      if (!isConditionFailure(e)) throw e;
      await this.db.send(new UpdateCommand({
        TableName: this.table, Key: key, UpdateExpression: `SET ${sets.join(', ')}`,
        ConditionExpression: 'attribute_exists(PK)', ExpressionAttributeValues: values,
      }));
    }
  }

  /** Claims of other articles (and this one) with the same match key: at most `limit` of them, in claim id order. */
  async claimsWithMatchKey(matchKey: string, limit = Infinity): Promise<StoredClaim[]> {
    if (limit <= 0) return [];
    const items = await this.queryAll({
      TableName: this.table, IndexName: keys.GSI3, KeyConditionExpression: 'GSI3PK = :pk',
      ExpressionAttributeValues: { ':pk': keys.matchPk(matchKey) },
    }, limit);
    return items.map((i) => strip(i) as unknown as StoredClaim);
  }

  /** The date claims of an article, without their verdicts: what stating one of its claims needs (lambdas/app/publication.ts). */
  async dateClaimsOf(articleId: string): Promise<StoredClaim[]> {
    const { claims } = await this.claimItems(articleId, keys.dateClaimsSkPrefix(articleId), keys.dateClaimsSkEnd(articleId));
    // In text order, as getBundle's: of two dates as near a claim, its event day is the first (ownSentenceDate).
    return claims.sort((a, b) => a.start - b.start || a.end - b.end);
  }

  /** Open claims by priority, from GSI1 (all) or GSI2 (one language); `cursor` is the opaque LastEvaluatedKey. */
  async reviewQueue(language: string | undefined, limit: number, cursor?: Record<string, unknown>) {
    const { items, last } = await this.page({
      TableName: this.table,
      IndexName: language ? keys.GSI2 : keys.GSI1,
      KeyConditionExpression: language ? 'GSI2PK = :pk' : 'GSI1PK = :pk',
      ExpressionAttributeValues: { ':pk': language ? keys.queueByLanguagePk(language) : keys.QUEUE_PK },
    }, limit, cursor);
    return { items: items.map((i) => strip(i) as unknown as StoredClaim), last };
  }

  // ---- verdicts -------------------------------------------------------------------------------
  /**
   * Appends version `version` of a claim's verdict history. Each version can be written once: of two
   * reviewers racing with the same expectedVersion, exactly one put succeeds.
   */
  async appendVerdict(articleId: string, claimId: string, version: number, verdict: Verdict): Promise<void> {
    try {
      await this.db.send(new PutCommand({
        TableName: this.table,
        Item: { PK: keys.articlePk(articleId), SK: keys.verdictSk(claimId, version), itemType: 'verdict', claimId, version, ...verdict },
        ConditionExpression: 'attribute_not_exists(PK)',
      }));
    } catch (e) {
      if (isConditionFailure(e)) throw new ConflictError(`version ${version} of claim ${claimId} was written by someone else`);
      throw e;
    }
  }

  /**
   * Makes `version` the claim's current verdict (leaving the review queue for the editors' TO_PUBLISH list:
   * a new version is not published until an editor publishes it). Monotonic: an older version never
   * overwrites a newer one, so repeating it after a crash is safe. Returns the status before.
   */
  async applyVerdict(claim: StoredClaim, version: number, verdict: Verdict): Promise<'PENDING_REVIEW' | 'DECIDED' | 'NEWER'> {
    try {
      const res = await this.db.send(new UpdateCommand({
        TableName: this.table,
        Key: { PK: keys.articlePk(claim.articleId), SK: keys.claimSk(claim.claimId) },
        UpdateExpression: 'SET verdict = :v, version = :n, #status = :decided, GSI2PK = :tp, GSI2SK = :tps REMOVE GSI1PK, GSI1SK',
        ConditionExpression: 'attribute_exists(PK) AND version < :n',
        ExpressionAttributeNames: { '#status': 'status' },
        ExpressionAttributeValues: {
          ':v': verdict, ':n': version, ':decided': 'DECIDED', ':tp': keys.TO_PUBLISH_PK, ':tps': keys.toPublishSk(verdict.at, claim.claimId),
        },
        ReturnValues: 'ALL_OLD',
      }));
      return res.Attributes?.status === 'PENDING_REVIEW' ? 'PENDING_REVIEW' : 'DECIDED';
    } catch (e) {
      if (isConditionFailure(e)) return 'NEWER';
      throw e;
    }
  }

  async setSummary(articleId: string, summary: Summary): Promise<void> {
    await this.db.send(new UpdateCommand({
      TableName: this.table,
      Key: { PK: keys.articlePk(articleId), SK: keys.ARTICLE_SK },
      UpdateExpression: 'SET summary = :s, updatedAt = :now',
      ConditionExpression: 'attribute_exists(PK)',
      ExpressionAttributeValues: { ':s': summary, ':now': new Date().toISOString() },
    }));
  }

  // ---- publication ----------------------------------------------------------------------------
  /** Appends a publication event; each sequence number can be written once (two editors: one wins). */
  async appendPublication(articleId: string, claimId: string, record: PublicationRecord): Promise<void> {
    try {
      await this.db.send(new PutCommand({
        TableName: this.table,
        Item: { PK: keys.articlePk(articleId), SK: keys.publicationSk(claimId, record.seq), itemType: 'publication', claimId, ...record },
        ConditionExpression: 'attribute_not_exists(PK)',
      }));
    } catch (e) {
      if (isConditionFailure(e)) throw new ConflictError(`publication event ${record.seq} of claim ${claimId} was written by someone else`);
      throw e;
    }
  }

  /** Writes the public snapshot (in the PUBLISHED index); monotonic in `seq`, so a replay never undoes a later event. */
  async putPublicReview(review: PublicReview): Promise<boolean> {
    return this.sendIf(new PutCommand({
      TableName: this.table,
      Item: {
        PK: keys.articlePk(review.articleId), SK: keys.publicReviewSk(review.claimId), itemType: 'public', ...review,
        GSI1PK: keys.PUBLISHED_PK, GSI1SK: keys.publishedSk(review.datePublished, review.claimId),
      },
      ConditionExpression: 'attribute_not_exists(PK) OR seq < :seq',
      ExpressionAttributeValues: { ':seq': review.seq },
    }));
  }

  /** Withdraws the public snapshot: a tombstone out of the PUBLISHED index (monotonic in `seq`). */
  async withdrawPublicReview(articleId: string, claimId: string, seq: number, at: string): Promise<boolean> {
    return this.sendIf(new UpdateCommand({
      TableName: this.table,
      Key: { PK: keys.articlePk(articleId), SK: keys.publicReviewSk(claimId) },
      UpdateExpression: 'SET withdrawn = :t, withdrawnAt = :at, seq = :seq REMOVE GSI1PK, GSI1SK',
      ConditionExpression: 'attribute_exists(PK) AND seq < :seq',
      ExpressionAttributeValues: { ':t': true, ':at': at, ':seq': seq },
    }));
  }

  async getPublicReview(articleId: string, claimId: string): Promise<StoredPublicReview | undefined> {
    const res = await this.db.send(new GetCommand({ TableName: this.table, Key: { PK: keys.articlePk(articleId), SK: keys.publicReviewSk(claimId) } }));
    return res.Item ? (strip(res.Item) as unknown as StoredPublicReview) : undefined;
  }

  /** An article's public reviews that are published now. */
  async publicReviewsOfArticle(articleId: string): Promise<PublicReview[]> {
    const items = await this.queryAll({
      TableName: this.table,
      KeyConditionExpression: 'PK = :pk AND begins_with(SK, :sk)',
      ExpressionAttributeValues: { ':pk': keys.articlePk(articleId), ':sk': keys.PUBLIC_REVIEW_PREFIX },
    });
    return items.filter((i) => !i.withdrawn).map((i) => strip(i) as unknown as PublicReview);
  }

  /** Published reviews, newest first (the feed and the sitemap); `cursor` is the opaque LastEvaluatedKey. */
  async listPublished(limit: number, cursor?: Record<string, unknown>) {
    const { items, last } = await this.page({
      TableName: this.table, IndexName: keys.GSI1, KeyConditionExpression: 'GSI1PK = :pk',
      ExpressionAttributeValues: { ':pk': keys.PUBLISHED_PK }, ScanIndexForward: false,
    }, limit, cursor);
    return { items: items.map((i) => strip(i) as unknown as PublicReview), last };
  }

  /**
   * The PUBLISHED index oldest first, from (and with) the review published at `from`, its key fields and
   * last change only (the sitemap): a page at a time, read lazily, so a reader that stops early reads no more.
   */
  async *publishedOldestFirst(from?: { datePublished: string; claimId: string }): AsyncGenerator<{ claimId: string; datePublished: string; dateModified: string }> {
    let start: Record<string, unknown> | undefined;
    do {
      const res = await this.db.send(new QueryCommand({
        TableName: this.table, IndexName: keys.GSI1,
        KeyConditionExpression: from ? 'GSI1PK = :pk AND GSI1SK >= :from' : 'GSI1PK = :pk',
        ExpressionAttributeValues: { ':pk': keys.PUBLISHED_PK, ...(from ? { ':from': keys.publishedSk(from.datePublished, from.claimId) } : {}) },
        ProjectionExpression: 'claimId, datePublished, dateModified', Limit: 1000, ExclusiveStartKey: start,
      }));
      for (const i of res.Items ?? []) yield { claimId: i.claimId, datePublished: i.datePublished, dateModified: i.dateModified };
      start = res.LastEvaluatedKey;
    } while (start);
  }

  /** Takes the claim off the editors' TO_PUBLISH list if `version` is still its current verdict (else a newer one keeps it there). */
  async markPublished(claim: Pick<StoredClaim, 'articleId' | 'claimId'>, version: number): Promise<void> {
    await this.sendIf(new UpdateCommand({
      TableName: this.table,
      Key: { PK: keys.articlePk(claim.articleId), SK: keys.claimSk(claim.claimId) },
      UpdateExpression: 'REMOVE GSI2PK, GSI2SK',
      ConditionExpression: 'attribute_exists(PK) AND version = :v',
      ExpressionAttributeValues: { ':v': version },
    }));
  }

  /** Puts a decided claim back on the editors' TO_PUBLISH list (after a withdrawal). */
  async markUnpublished(claim: Pick<StoredClaim, 'articleId' | 'claimId'>, decidedAt: string): Promise<void> {
    await this.sendIf(new UpdateCommand({
      TableName: this.table,
      Key: { PK: keys.articlePk(claim.articleId), SK: keys.claimSk(claim.claimId) },
      UpdateExpression: 'SET GSI2PK = :tp, GSI2SK = :tps',
      ConditionExpression: 'attribute_exists(PK) AND #status = :decided',
      ExpressionAttributeNames: { '#status': 'status' },
      ExpressionAttributeValues: { ':tp': keys.TO_PUBLISH_PK, ':tps': keys.toPublishSk(decidedAt, claim.claimId), ':decided': 'DECIDED' },
    }));
  }

  /** A conditional write: true when it was applied, false when its condition did not hold. */
  private async sendIf(command: PutCommand | UpdateCommand): Promise<boolean> {
    try {
      await this.db.send(command as UpdateCommand);
      return true;
    } catch (e) {
      if (isConditionFailure(e)) return false;
      throw e;
    }
  }

  /** Decided claims whose current verdict is not published, oldest decision first. */
  async toPublish(limit: number, cursor?: Record<string, unknown>) {
    const { items, last } = await this.page({
      TableName: this.table, IndexName: keys.GSI2, KeyConditionExpression: 'GSI2PK = :pk',
      ExpressionAttributeValues: { ':pk': keys.TO_PUBLISH_PK },
    }, limit, cursor);
    return { items: items.map((i) => strip(i) as unknown as StoredClaim), last };
  }

  /**
   * One page of a list on an index (GSI1 or GSI2, keyed <index>PK, <index>SK): up to `limit` items after `start`, and `last`, the key to go on
   * from, only when more follow. It reads one item more to know it: DynamoDB's LastEvaluatedKey is also there
   * when a page is merely full, and a cursor then leads to an empty page (trial 7, finding 20). Kept: a
   * LastEvaluatedKey of a page cut short by DynamoDB's 1 MB read (more may follow).
   */
  private async page(input: QueryCommandInput, limit: number, start?: Record<string, unknown>) {
    const res = await this.db.send(new QueryCommand({ ...input, Limit: limit + 1, ExclusiveStartKey: start }));
    const items = res.Items ?? [];
    if (items.length <= limit) return { items, last: res.LastEvaluatedKey };
    const lastItem = items[limit - 1];
    const keyNames = ['PK', 'SK', `${input.IndexName}PK`, `${input.IndexName}SK`];
    return { items: items.slice(0, limit), last: Object.fromEntries(keyNames.map((k) => [k, lastItem[k]])) };
  }

  /** Every page of a query, or its first `limit` items. */
  private async queryAll(input: QueryCommandInput, limit = Infinity): Promise<Record<string, any>[]> {
    const out: Record<string, any>[] = [];
    let start: Record<string, unknown> | undefined;
    do {
      const left = limit - out.length;
      const res = await this.db.send(new QueryCommand({ ...input, ExclusiveStartKey: start, ...(Number.isFinite(left) ? { Limit: left } : {}) }));
      out.push(...(res.Items ?? []));
      start = res.LastEvaluatedKey;
    } while (start && out.length < limit);
    return out;
  }
}
