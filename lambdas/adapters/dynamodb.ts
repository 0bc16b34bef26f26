/**
 * The table, through the real DynamoDB protocol (AWS, dynalite or DynamoDB Local). No transactions:
 * every multi-item change is a sequence of conditional writes that is safe to repeat (see record-verdict).
 */
import { ConditionalCheckFailedException, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import {
  DynamoDBDocumentClient, GetCommand, PutCommand, QueryCommand, UpdateCommand, type QueryCommandInput,
} from '@aws-sdk/lib-dynamodb';
import type { Article, ArticleStatus, Checks, StoredClaim, Summary, Verdict, VerdictVersion } from '../domain/model.ts';
import { TERMINAL } from '../domain/model.ts';
import { ConflictError, NotFoundError } from '../domain/errors.ts';
import * as keys from './keys.ts';

export function documentClient(endpoint?: string): DynamoDBDocumentClient {
  const client = new DynamoDBClient(endpoint ? { endpoint } : {});
  return DynamoDBDocumentClient.from(client, { marshallOptions: { removeUndefinedValues: true } });
}

const isConditionFailure = (e: unknown) =>
  e instanceof ConditionalCheckFailedException || (e as Error)?.name === 'ConditionalCheckFailedException';

const strip = <T extends Record<string, unknown>>(item: T) => {
  const { PK, SK, GSI1PK, GSI1SK, GSI2PK, GSI2SK, GSI3PK, GSI3SK, taskToken, itemType, ...rest } = item;
  return rest;
};

export interface ArticleBundle {
  article: Article & { taskToken?: string };
  claims: StoredClaim[];
  history: Map<string, VerdictVersion[]>;
}

export class Repository {
  constructor(private readonly db: DynamoDBDocumentClient, private readonly table: string) {}

  // ---- articles -------------------------------------------------------------------------------
  /** Creates the article; when it exists already, returns the stored one instead (idempotent submit). */
  async createArticle(article: Article): Promise<{ created: boolean; article: Article }> {
    try {
      await this.db.send(new PutCommand({
        TableName: this.table,
        Item: {
          PK: keys.articlePk(article.articleId), SK: keys.ARTICLE_SK, itemType: 'article', ...article,
          GSI1PK: keys.ACTIVE_PK, GSI1SK: keys.activeSk(article.createdAt, article.articleId),
        },
        ConditionExpression: 'attribute_not_exists(PK)',
      }));
      return { created: true, article };
    } catch (e) {
      if (!isConditionFailure(e)) throw e;
      const existing = await this.getArticle(article.articleId);
      if (!existing) throw e;
      return { created: false, article: existing };
    }
  }

  async getArticle(articleId: string): Promise<(Article & { taskToken?: string }) | undefined> {
    const res = await this.db.send(new GetCommand({
      TableName: this.table, Key: { PK: keys.articlePk(articleId), SK: keys.ARTICLE_SK }, ConsistentRead: true,
    }));
    if (!res.Item) return undefined;
    const { taskToken } = res.Item;
    return { ...(strip(res.Item) as unknown as Article), ...(taskToken ? { taskToken } : {}) };
  }

  async requireArticle(articleId: string) {
    const a = await this.getArticle(articleId);
    if (!a) throw new NotFoundError(`article ${articleId} does not exist`);
    return a;
  }

  /** The article, its claims and every verdict, in one Query (paginated). */
  async getBundle(articleId: string): Promise<ArticleBundle | undefined> {
    const items = await this.queryAll({
      TableName: this.table, KeyConditionExpression: 'PK = :pk', ExpressionAttributeValues: { ':pk': keys.articlePk(articleId) },
      ConsistentRead: true,
    });
    const head = items.find((i) => i.SK === keys.ARTICLE_SK);
    if (!head) return undefined;
    const claims: StoredClaim[] = [];
    const history = new Map<string, VerdictVersion[]>();
    for (const item of items) {
      if (item.itemType === 'claim') claims.push(strip(item) as unknown as StoredClaim);
      if (item.itemType === 'verdict') {
        const list = history.get(item.claimId) ?? [];
        list.push(strip(item) as unknown as VerdictVersion);
        history.set(item.claimId, list);
      }
    }
    claims.sort((a, b) => a.start - b.start || a.end - b.end);
    for (const list of history.values()) list.sort((a, b) => a.version - b.version);
    const { taskToken } = head;
    return { article: { ...(strip(head) as unknown as Article), ...(taskToken ? { taskToken } : {}) }, claims, history };
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

  /** Sets the count of open claims; returns nothing. The verdict path decrements it atomically. */
  async setOpenClaims(articleId: string, openClaims: number, claimCount: number): Promise<void> {
    await this.db.send(new UpdateCommand({
      TableName: this.table,
      Key: { PK: keys.articlePk(articleId), SK: keys.ARTICLE_SK },
      UpdateExpression: 'SET openClaims = :o, claimCount = :c',
      ConditionExpression: 'attribute_exists(PK)',
      ExpressionAttributeValues: { ':o': openClaims, ':c': claimCount },
    }));
  }

  /** Atomic decrement of open claims; exactly one caller sees it reach 0. */
  async decrementOpenClaims(articleId: string): Promise<number> {
    try {
      const res = await this.db.send(new UpdateCommand({
        TableName: this.table,
        Key: { PK: keys.articlePk(articleId), SK: keys.ARTICLE_SK },
        UpdateExpression: 'SET openClaims = openClaims - :one',
        ConditionExpression: 'openClaims > :zero',
        ExpressionAttributeValues: { ':one': 1, ':zero': 0 },
        ReturnValues: 'UPDATED_NEW',
      }));
      return res.Attributes?.openClaims as number;
    } catch (e) {
      if (isConditionFailure(e)) return -1; // already at zero: someone else closed it
      throw e;
    }
  }

  async listActiveArticles(): Promise<{ articleId: string; status: ArticleStatus }[]> {
    const items = await this.queryAll({
      TableName: this.table, IndexName: keys.GSI1, KeyConditionExpression: 'GSI1PK = :pk',
      ExpressionAttributeValues: { ':pk': keys.ACTIVE_PK },
    });
    return items.map((i) => ({ articleId: i.articleId, status: i.status }));
  }

  // ---- claims ---------------------------------------------------------------------------------
  /** Writes a new claim; an existing one (a replayed step) is left as it is, with its verdicts. */
  async putClaimIfAbsent(claim: StoredClaim): Promise<boolean> {
    try {
      await this.db.send(new PutCommand({
        TableName: this.table,
        Item: { PK: keys.articlePk(claim.articleId), SK: keys.claimSk(claim.claimId), itemType: 'claim', ...claim },
        ConditionExpression: 'attribute_not_exists(PK)',
      }));
      return true;
    } catch (e) {
      if (isConditionFailure(e)) return false;
      throw e;
    }
  }

  /** Stores the checks; an undecided claim enters the review queue (GSI1/GSI2) at its priority. */
  async setChecks(claim: StoredClaim, checks: Checks, matchKey: string | null): Promise<void> {
    const queued = claim.status === 'PENDING_REVIEW';
    const rank = keys.queueRank(checks.priority, claim.createdAt, claim.claimId);
    const sets = ['checks = :checks'];
    const values: Record<string, unknown> = { ':checks': checks };
    if (queued) {
      sets.push('GSI1PK = :q', 'GSI1SK = :rank', 'GSI2PK = :ql', 'GSI2SK = :rank');
      Object.assign(values, { ':q': keys.QUEUE_PK, ':ql': keys.queueByLanguagePk(claim.language), ':rank': rank });
    }
    if (matchKey) {
      sets.push('matchKey = :mk', 'GSI3PK = :mpk', 'GSI3SK = :msk');
      Object.assign(values, { ':mk': matchKey, ':mpk': keys.matchPk(matchKey), ':msk': claim.claimId });
    }
    await this.db.send(new UpdateCommand({
      TableName: this.table,
      Key: { PK: keys.articlePk(claim.articleId), SK: keys.claimSk(claim.claimId) },
      UpdateExpression: `SET ${sets.join(', ')}`,
      ConditionExpression: 'attribute_exists(PK)',
      ExpressionAttributeValues: values,
    }));
  }

  /** Claims of other articles (and this one) with the same match key. */
  async claimsWithMatchKey(matchKey: string): Promise<StoredClaim[]> {
    const items = await this.queryAll({
      TableName: this.table, IndexName: keys.GSI3, KeyConditionExpression: 'GSI3PK = :pk',
      ExpressionAttributeValues: { ':pk': keys.matchPk(matchKey) },
    });
    return items.map((i) => strip(i) as unknown as StoredClaim);
  }

  async getClaim(claimId: string): Promise<{ claim: StoredClaim; history: VerdictVersion[] } | undefined> {
    const articleId = keys.articleIdOfClaim(claimId);
    if (!articleId) return undefined;
    const items = await this.queryAll({
      TableName: this.table,
      KeyConditionExpression: 'PK = :pk AND begins_with(SK, :sk)',
      ExpressionAttributeValues: { ':pk': keys.articlePk(articleId), ':sk': keys.claimSk(claimId) },
      ConsistentRead: true,
    });
    const head = items.find((i) => i.itemType === 'claim' && i.claimId === claimId);
    if (!head) return undefined;
    const history = items
      .filter((i) => i.itemType === 'verdict' && i.claimId === claimId)
      .map((i) => strip(i) as unknown as VerdictVersion)
      .sort((a, b) => a.version - b.version);
    return { claim: strip(head) as unknown as StoredClaim, history };
  }

  /** Open claims by priority, from GSI1 (all) or GSI2 (one language); `cursor` is the opaque LastEvaluatedKey. */
  async reviewQueue(language: string | undefined, limit: number, cursor?: Record<string, unknown>) {
    const res = await this.db.send(new QueryCommand({
      TableName: this.table,
      IndexName: language ? keys.GSI2 : keys.GSI1,
      KeyConditionExpression: language ? 'GSI2PK = :pk' : 'GSI1PK = :pk',
      ExpressionAttributeValues: { ':pk': language ? keys.queueByLanguagePk(language) : keys.QUEUE_PK },
      Limit: limit,
      ExclusiveStartKey: cursor,
    }));
    return { items: (res.Items ?? []).map((i) => strip(i) as unknown as StoredClaim), last: res.LastEvaluatedKey };
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
   * Makes `version` the claim's current verdict (leaving the queue). Monotonic: an older version never
   * overwrites a newer one, so repeating it after a crash is safe. Returns the status before.
   */
  async applyVerdict(claim: StoredClaim, version: number, verdict: Verdict): Promise<'PENDING_REVIEW' | 'DECIDED' | 'NEWER'> {
    try {
      const res = await this.db.send(new UpdateCommand({
        TableName: this.table,
        Key: { PK: keys.articlePk(claim.articleId), SK: keys.claimSk(claim.claimId) },
        UpdateExpression: 'SET verdict = :v, version = :n, #status = :decided REMOVE GSI1PK, GSI1SK, GSI2PK, GSI2SK',
        ConditionExpression: 'attribute_exists(PK) AND version < :n',
        ExpressionAttributeNames: { '#status': 'status' },
        ExpressionAttributeValues: { ':v': verdict, ':n': version, ':decided': 'DECIDED' },
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

  private async queryAll(input: QueryCommandInput): Promise<Record<string, any>[]> {
    const out: Record<string, any>[] = [];
    let start: Record<string, unknown> | undefined;
    do {
      const res = await this.db.send(new QueryCommand({ ...input, ExclusiveStartKey: start }));
      out.push(...(res.Items ?? []));
      start = res.LastEvaluatedKey;
    } while (start);
    return out;
  }
}
