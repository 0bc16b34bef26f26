/**
 * The desk's reads and writes (DESIGN.md section 9): article lists by day, claim search postings, and
 * claim leases. Queries and key reads only: nothing here scans the table (keys: keys.ts).
 */
import { BatchGetCommand, GetCommand, QueryCommand, UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { ConflictError, NotFoundError, TransientError } from '../domain/errors.ts';
import type { Article, StoredClaim } from '../domain/model.ts';
import type { PostingClaim } from '../domain/search.ts';
import { shownTime } from '../domain/time.ts';
import { batchWriteAll, isConditionFailure, strip } from './dynamodb.ts';
import * as keys from './keys.ts';

export type ArticleHead = Omit<Article, 'text'>;
/** An article item as the list reads it, with the canonical words of its title, source and link. */
export type ListedArticle = ArticleHead & { listWords?: string };

export interface Posting {
  term: string;
  sk: string;
  articleId: string;
  language: string;
  claims: PostingClaim[];
}

export interface Lease {
  leasedBy: string;
  until: string;
}

export class DeskStore {
  constructor(private readonly db: DynamoDBDocumentClient, private readonly table: string) {}

  /**
   * One page of an article list, newest first: article items (all) or owner items (one submitter's),
   * below `before` (exclusive) and within [fromSk, toSk). Owner items are resolved to their articles.
   */
  async articlePage(opts: { owner?: string; before?: string; fromSk?: string; toSk?: string; pageSize: number }):
    Promise<{ rows: { sk: string; article?: ListedArticle }[]; more: boolean }> {
    const upper = [opts.before, opts.toSk].filter((x): x is string => !!x).sort()[0];
    const conds = ['DayPK = :pk'];
    const values: Record<string, unknown> = { ':pk': opts.owner ? keys.ownerPk(opts.owner) : keys.ARTICLES_PK };
    if (upper && opts.fromSk) {
      conds.push('DaySK BETWEEN :lo AND :hi');
      Object.assign(values, { ':lo': opts.fromSk, ':hi': upper });
    } else if (upper) {
      conds.push('DaySK < :hi');
      values[':hi'] = upper;
    } else if (opts.fromSk) {
      conds.push('DaySK >= :lo');
      values[':lo'] = opts.fromSk;
    }
    const res = await this.db.send(new QueryCommand({
      TableName: this.table, IndexName: keys.GSI_DAY, KeyConditionExpression: conds.join(' AND '),
      ExpressionAttributeValues: values, ScanIndexForward: false, Limit: opts.pageSize,
    }));
    // BETWEEN includes its upper bound: drop it (the cursor's own item was given out already).
    const items = (res.Items ?? []).filter((i) => !upper || i.DaySK < upper);
    const heads = opts.owner
      ? new Map((await this.getItems(items.map((i) => ({ PK: keys.articlePk(i.articleId), SK: keys.ARTICLE_SK })))).map((h) => [h.articleId as string, h]))
      : new Map(items.map((i) => [i.articleId as string, i]));
    const listed = (h: Record<string, any> | undefined) => (h ? { ...(strip(h) as unknown as ArticleHead), listWords: h.listWords as string | undefined } : undefined);
    return { rows: items.map((i) => ({ sk: i.DaySK as string, article: listed(heads.get(i.articleId)) })), more: !!res.LastEvaluatedKey };
  }

  /** Writes an article's postings (each overwritten whole, so a replayed step writes the same). */
  async putPostings(postings: Posting[]): Promise<void> {
    await batchWriteAll(this.db, this.table, postings.map((p) => ({
      PutRequest: {
        Item: {
          PK: keys.termPk(p.term), SK: p.sk, itemType: 'posting', articleId: p.articleId, language: p.language, claims: p.claims,
        },
      },
    })), 4);
  }

  /** Deletes one article's postings under these terms (its sort key `sk`); a missing one is no error. */
  async deletePostings(terms: string[], sk: string): Promise<void> {
    await batchWriteAll(this.db, this.table, terms.map((term) => ({ DeleteRequest: { Key: { PK: keys.termPk(term), SK: sk } } })), 4);
  }

  /**
   * Deletes the postings of these terms under `sk` that are there, and says how many that was: read first
   * (BatchGetItem, consistently), since a delete request answers the same whether or not its item existed.
   */
  async deleteStoredPostings(terms: string[], sk: string): Promise<number> {
    const stored = await this.getItems(terms.map((term) => ({ PK: keys.termPk(term), SK: sk })), true);
    await batchWriteAll(this.db, this.table, stored.map((i) => ({ DeleteRequest: { Key: { PK: i.PK, SK: i.SK } } })), 4);
    return stored.length;
  }

  /** The version of the terms the whole index was last rebuilt with; 1 when never (postings before versions). */
  async searchIndexVersion(): Promise<number> {
    const res = await this.db.send(new GetCommand({
      TableName: this.table, Key: { PK: keys.SEARCH_INDEX_PK, SK: keys.SEARCH_INDEX_SK }, ConsistentRead: true,
    }));
    return typeof res.Item?.version === 'number' ? res.Item.version : 1;
  }

  /** Records a finished rebuild (never lowers the version: an older code's rebuild does not undo a newer one's). */
  async setSearchIndexVersion(version: number, rebuiltAt: string): Promise<void> {
    try {
      await this.db.send(new UpdateCommand({
        TableName: this.table,
        Key: { PK: keys.SEARCH_INDEX_PK, SK: keys.SEARCH_INDEX_SK },
        UpdateExpression: 'SET version = :v, rebuiltAt = :at',
        ConditionExpression: 'attribute_not_exists(version) OR version <= :v',
        ExpressionAttributeValues: { ':v': version, ':at': rebuiltAt },
      }));
    } catch (e) {
      if (!isConditionFailure(e)) throw e;
    }
  }

  /** One page of a term's postings, newest first, at or below `atOrBelow`. */
  async postingPage(term: string, atOrBelow: string | undefined, pageSize: number, startKey?: Record<string, unknown>) {
    const res = await this.db.send(new QueryCommand({
      TableName: this.table,
      KeyConditionExpression: atOrBelow ? 'PK = :pk AND SK <= :sk' : 'PK = :pk',
      ExpressionAttributeValues: { ':pk': keys.termPk(term), ...(atOrBelow ? { ':sk': atOrBelow } : {}) },
      ScanIndexForward: false, Limit: pageSize, ExclusiveStartKey: startKey,
    }));
    const postings: Posting[] = (res.Items ?? []).map((i) => ({ term, sk: i.SK, articleId: i.articleId, language: i.language, claims: i.claims }));
    return { postings, last: res.LastEvaluatedKey };
  }

  /** Claims, their article items and texts by id (BatchGetItem, 100 keys a call), in no particular order. */
  async getClaimsAndArticles(claimIds: { articleId: string; claimId: string }[]) {
    const articleIds = [...new Set(claimIds.map((c) => c.articleId))];
    const items = await this.getItems([
      ...claimIds.flatMap((c) => [keys.claimSk(c.claimId), keys.publicReviewSk(c.claimId)].map((SK) => ({ PK: keys.articlePk(c.articleId), SK }))),
      ...articleIds.flatMap((id) => [keys.ARTICLE_SK, keys.TEXT_SK].map((SK) => ({ PK: keys.articlePk(id), SK }))),
    ]);
    const claims = new Map<string, StoredClaim>();
    // Whether each was published, and whether that was withdrawn since (the public snapshot, a tombstone when withdrawn).
    const publications = new Map<string, { state: 'published' | 'withdrawn'; version: number; at: string }>();
    const articles = new Map<string, ArticleHead>();
    const texts = new Map<string, string>();
    const idOfPk = new Map(articleIds.map((id) => [keys.articlePk(id), id]));
    for (const i of items) {
      if (i.itemType === 'claim') claims.set(i.claimId, strip(i) as unknown as StoredClaim);
      else if (i.SK === keys.ARTICLE_SK) articles.set(i.articleId, strip(i) as unknown as ArticleHead);
      else if (i.SK === keys.TEXT_SK && typeof i.text === 'string') texts.set(idOfPk.get(i.PK)!, i.text);
      else if (i.itemType === 'public') publications.set(i.claimId, i.withdrawn ? { state: 'withdrawn', version: i.verdictVersion, at: i.withdrawnAt } : { state: 'published', version: i.verdictVersion, at: i.dateModified });
    }
    return { claims, articles, texts, publications };
  }

  /** Takes (or renews) a claim's lease unless another reviewer holds an unexpired one: then 409 with the holder. */
  async takeLease(claim: { articleId: string; claimId: string }, reviewer: string, now: string, until: string): Promise<Lease> {
    try {
      await this.db.send(new UpdateCommand({
        TableName: this.table,
        Key: { PK: keys.articlePk(claim.articleId), SK: keys.claimSk(claim.claimId) },
        UpdateExpression: 'SET leasedBy = :me, leaseUntil = :until',
        ConditionExpression: 'attribute_exists(PK) AND (attribute_not_exists(leasedBy) OR leasedBy = :me OR leaseUntil <= :now)',
        ExpressionAttributeValues: { ':me': reviewer, ':until': until, ':now': now },
      }));
      return { leasedBy: reviewer, until };
    } catch (e) {
      if (!isConditionFailure(e)) throw e;
      throw await this.leaseConflict(claim, now);
    }
  }

  /** Releases the reviewer's lease; nothing to do when none is held; 409 when another reviewer holds it. */
  async releaseLease(claim: { articleId: string; claimId: string }, reviewer: string, now: string): Promise<void> {
    try {
      await this.db.send(new UpdateCommand({
        TableName: this.table,
        Key: { PK: keys.articlePk(claim.articleId), SK: keys.claimSk(claim.claimId) },
        UpdateExpression: 'REMOVE leasedBy, leaseUntil',
        ConditionExpression: 'attribute_exists(PK) AND (attribute_not_exists(leasedBy) OR leasedBy = :me OR leaseUntil <= :now)',
        ExpressionAttributeValues: { ':me': reviewer, ':now': now },
      }));
    } catch (e) {
      if (!isConditionFailure(e)) throw e;
      throw await this.leaseConflict(claim, now);
    }
  }

  /**
   * Ends the reviewer's own lease on a claim (they recorded its verdict); true when there was one. Another
   * reviewer's lease, or none, is left as it is.
   */
  async endLeaseOf(claim: { articleId: string; claimId: string }, reviewer: string): Promise<boolean> {
    try {
      await this.db.send(new UpdateCommand({
        TableName: this.table,
        Key: { PK: keys.articlePk(claim.articleId), SK: keys.claimSk(claim.claimId) },
        UpdateExpression: 'REMOVE leasedBy, leaseUntil',
        ConditionExpression: 'leasedBy = :me',
        ExpressionAttributeValues: { ':me': reviewer },
      }));
      return true;
    } catch (e) {
      if (isConditionFailure(e)) return false;
      throw e;
    }
  }

  private async leaseConflict(claim: { articleId: string; claimId: string }, now: string): Promise<Error> {
    const [item] = await this.getItems([{ PK: keys.articlePk(claim.articleId), SK: keys.claimSk(claim.claimId) }], true);
    if (!item) return new NotFoundError(`claim ${claim.claimId} does not exist`);
    if (item.leaseUntil && item.leaseUntil > now) {
      return new ConflictError(`${item.leasedBy} holds this claim until ${shownTime(item.leaseUntil as string)}`, { leasedBy: item.leasedBy, until: item.leaseUntil });
    }
    // The holder's lease ran out between the write and this read: the caller may simply try again.
    return new ConflictError('the lease changed hands meanwhile; try again', { leasedBy: null, until: null });
  }

  private async getItems(keyList: Record<string, string>[], consistent = false): Promise<Record<string, any>[]> {
    const out: Record<string, any>[] = [];
    const unique = [...new Map(keyList.map((k) => [`${k.PK}|${k.SK}`, k])).values()];
    for (let i = 0; i < unique.length; i += 100) {
      let request: Record<string, any>[] | undefined = unique.slice(i, i + 100);
      for (let attempt = 0; request?.length; attempt++) {
        if (attempt > 8) throw new TransientError('DynamoDB left reads unprocessed after 8 retries');
        if (attempt) await new Promise((r) => setTimeout(r, 25 * 2 ** attempt));
        const res = await this.db.send(new BatchGetCommand({ RequestItems: { [this.table]: { Keys: request, ConsistentRead: consistent } } }));
        out.push(...(res.Responses?.[this.table] ?? []));
        request = res.UnprocessedKeys?.[this.table]?.Keys as Record<string, any>[] | undefined;
      }
    }
    return out;
  }
}
