/**
 * Feeds and webhooks in the table (keys in keys.ts). Every write that decides "once" is conditional:
 * a feed item is taken by one poll only, a poll holds a lease on its feed, a delivery is written once.
 */
import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { DeleteCommand, DynamoDBDocumentClient, GetCommand, PutCommand, QueryCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { Delivery, Feed, Webhook } from '../domain/intake/records.ts';
import { batchWriteAll } from './dynamodb.ts';
import * as keys from './keys.ts';

const isConditionFailure = (e: unknown) =>
  e instanceof ConditionalCheckFailedException || (e as Error)?.name === 'ConditionalCheckFailedException';

const strip = (item: Record<string, any>) => {
  const { PK, SK, GSI1PK, GSI1SK, GSI2PK, GSI2SK, itemType, ...rest } = item;
  return rest;
};

export class IntakeStore {
  constructor(private readonly db: DynamoDBDocumentClient, private readonly table: string) {}

  // ---- feeds ----------------------------------------------------------------------------------
  async createFeed(feed: Feed): Promise<{ created: boolean; feed: Feed }> {
    try {
      await this.db.send(new PutCommand({
        TableName: this.table,
        Item: { PK: keys.feedPk(feed.feedId), SK: keys.FEED_SK, itemType: 'feed', ...feed, GSI1PK: keys.FEEDS_PK, GSI1SK: `${feed.createdAt}#${feed.feedId}` },
        ConditionExpression: 'attribute_not_exists(PK)',
      }));
      return { created: true, feed };
    } catch (e) {
      if (!isConditionFailure(e)) throw e;
      return { created: false, feed: (await this.getFeed(feed.feedId))! };
    }
  }

  async getFeed(feedId: string): Promise<Feed | undefined> {
    const res = await this.db.send(new GetCommand({ TableName: this.table, Key: { PK: keys.feedPk(feedId), SK: keys.FEED_SK }, ConsistentRead: true }));
    return res.Item ? (strip(res.Item) as Feed) : undefined;
  }

  async listFeeds(): Promise<Feed[]> {
    return (await this.queryIndex(keys.FEEDS_PK)).map((i) => strip(i) as Feed);
  }

  /** A page of the feeds, oldest subscription first, after `start` (a cursor's key); `last` only when more follow. */
  async feedPage(limit: number, start?: Record<string, unknown>): Promise<{ items: Feed[]; last?: Record<string, unknown> }> {
    const { items, last } = await this.indexPage(keys.FEEDS_PK, limit, start);
    return { items: items.map((i) => strip(i) as Feed), last };
  }

  /** Takes the feed for one poll until `until`; false when another poll holds it. */
  async leasePoll(feedId: string, now: string, until: string): Promise<boolean> {
    try {
      await this.db.send(new UpdateCommand({
        TableName: this.table,
        Key: { PK: keys.feedPk(feedId), SK: keys.FEED_SK },
        UpdateExpression: 'SET pollingUntil = :until',
        ConditionExpression: 'attribute_exists(PK) AND (attribute_not_exists(pollingUntil) OR pollingUntil < :now)',
        ExpressionAttributeValues: { ':until': until, ':now': now },
      }));
      return true;
    } catch (e) {
      if (isConditionFailure(e)) return false;
      throw e;
    }
  }

  async hasItem(feedId: string, itemKey: string): Promise<boolean> {
    const res = await this.db.send(new GetCommand({
      TableName: this.table, Key: { PK: keys.feedPk(feedId), SK: keys.feedItemSk(itemKey) }, ConsistentRead: true, ProjectionExpression: 'PK',
    }));
    return !!res.Item;
  }

  /** Records a feed item as taken; false when it was already (another poll, an earlier one). */
  async takeItem(feedId: string, itemKey: string, fields: { url: string; articleId: string; at: string; expiresAt: number }): Promise<boolean> {
    try {
      await this.db.send(new PutCommand({
        TableName: this.table,
        Item: { PK: keys.feedPk(feedId), SK: keys.feedItemSk(itemKey), itemType: 'feed-item', url: fields.url, articleId: fields.articleId, at: fields.at, [keys.EXPIRES_AT]: fields.expiresAt },
        ConditionExpression: 'attribute_not_exists(PK)',
      }));
      return true;
    } catch (e) {
      if (isConditionFailure(e)) return false;
      throw e;
    }
  }

  /** The outcome of a poll: fields set, items taken added, the lease released; false when the feed was removed meanwhile. */
  async recordPoll(feedId: string, fields: Partial<Feed>, taken: number): Promise<boolean> {
    const entries = Object.entries(fields);
    try {
      await this.db.send(new UpdateCommand({
        TableName: this.table,
        Key: { PK: keys.feedPk(feedId), SK: keys.FEED_SK },
        UpdateExpression: `SET ${entries.map((_, i) => `#f${i} = :f${i}`).join(', ')} ADD itemsTaken :n REMOVE pollingUntil`,
        ConditionExpression: 'attribute_exists(PK)',
        ExpressionAttributeNames: Object.fromEntries(entries.map(([k], i) => [`#f${i}`, k])),
        ExpressionAttributeValues: { ...Object.fromEntries(entries.map(([, v], i) => [`:f${i}`, v])), ':n': taken },
      }));
      return true;
    } catch (e) {
      if (isConditionFailure(e)) return false;
      throw e;
    }
  }

  /**
   * Unsubscribes: the feed item goes first (a poll that reads it from then on finds nothing, and its lease and
   * record are conditional on it), then the records of the items it took. false when there was no such feed.
   */
  async removeFeed(feedId: string): Promise<boolean> {
    return this.removePartition(keys.feedPk(feedId), keys.FEED_SK, keys.FEED_ITEM_PREFIX);
  }

  // ---- webhooks -------------------------------------------------------------------------------
  async createWebhook(hook: Webhook): Promise<{ created: boolean; webhook: Webhook }> {
    try {
      await this.db.send(new PutCommand({
        TableName: this.table,
        Item: { PK: keys.webhookPk(hook.webhookId), SK: keys.WEBHOOK_SK, itemType: 'webhook', ...hook, GSI1PK: keys.WEBHOOKS_PK, GSI1SK: `${hook.createdAt}#${hook.webhookId}` },
        ConditionExpression: 'attribute_not_exists(PK)',
      }));
      return { created: true, webhook: hook };
    } catch (e) {
      if (!isConditionFailure(e)) throw e;
      return { created: false, webhook: (await this.getWebhook(hook.webhookId))! };
    }
  }

  async getWebhook(webhookId: string): Promise<Webhook | undefined> {
    const res = await this.db.send(new GetCommand({ TableName: this.table, Key: { PK: keys.webhookPk(webhookId), SK: keys.WEBHOOK_SK }, ConsistentRead: true }));
    return res.Item ? (strip(res.Item) as Webhook) : undefined;
  }

  async listWebhooks(): Promise<Webhook[]> {
    return (await this.queryIndex(keys.WEBHOOKS_PK)).map((i) => strip(i) as Webhook);
  }

  /** A page of the webhooks, oldest first, after `start` (a cursor's key); `last` only when more follow. */
  async webhookPage(limit: number, start?: Record<string, unknown>): Promise<{ items: Webhook[]; last?: Record<string, unknown> }> {
    const { items, last } = await this.indexPage(keys.WEBHOOKS_PK, limit, start);
    return { items: items.map((i) => strip(i) as Webhook), last };
  }

  /** Removes a webhook, then its deliveries (their log goes with it); false when there was no such webhook. */
  async removeWebhook(webhookId: string): Promise<boolean> {
    return this.removePartition(keys.webhookPk(webhookId), keys.WEBHOOK_SK, keys.DELIVERY_PREFIX);
  }

  /** Drops a delivery whose webhook is gone (the sweep's cleanup of one written while the webhook was removed). */
  async dropDelivery(d: Pick<Delivery, 'webhookId' | 'eventId'>): Promise<void> {
    await this.db.send(new DeleteCommand({ TableName: this.table, Key: { PK: keys.webhookPk(d.webhookId), SK: keys.deliverySk(d.eventId) } }));
  }

  /** A delivery of one event to one webhook, written once (an event emitted twice is delivered once). */
  async createDelivery(d: Delivery): Promise<boolean> {
    try {
      await this.db.send(new PutCommand({
        TableName: this.table,
        Item: {
          PK: keys.webhookPk(d.webhookId), SK: keys.deliverySk(d.eventId), itemType: 'delivery', ...d,
          GSI1PK: keys.DELIVERIES_PK, GSI1SK: `${d.dueAt}#${d.webhookId}#${d.eventId}`,
          GSI2PK: keys.deliveryLogPk(d.webhookId), GSI2SK: keys.deliveryLogSk(d.createdAt, d.eventId),
        },
        ConditionExpression: 'attribute_not_exists(PK)',
      }));
      return true;
    } catch (e) {
      if (isConditionFailure(e)) return false;
      throw e;
    }
  }

  /** Deliveries due by `now` (pending, or waiting for their next attempt), oldest first. */
  async dueDeliveries(now: string, limit: number): Promise<Delivery[]> {
    const res = await this.db.send(new QueryCommand({
      TableName: this.table, IndexName: keys.GSI1, KeyConditionExpression: 'GSI1PK = :pk AND GSI1SK <= :now',
      ExpressionAttributeValues: { ':pk': keys.DELIVERIES_PK, ':now': `${now}#~` }, Limit: limit,
    }));
    return (res.Items ?? []).map((i) => strip(i) as Delivery);
  }

  /**
   * Takes a due delivery for one attempt, until `until` (a sweep and the first attempt, or two sweeps, never
   * both send it): conditional on its attempts and due time being what this caller read.
   */
  async claimAttempt(d: Delivery, until: string): Promise<boolean> {
    try {
      await this.db.send(new UpdateCommand({
        TableName: this.table,
        Key: { PK: keys.webhookPk(d.webhookId), SK: keys.deliverySk(d.eventId) },
        UpdateExpression: 'SET dueAt = :until, GSI1SK = :sk',
        ConditionExpression: 'attempts = :attempts AND dueAt = :dueAt AND #status = :pending',
        ExpressionAttributeNames: { '#status': 'status' },
        ExpressionAttributeValues: { ':until': until, ':sk': `${until}#${d.webhookId}#${d.eventId}`, ':attempts': d.attempts, ':dueAt': d.dueAt, ':pending': 'PENDING' },
      }));
      return true;
    } catch (e) {
      if (isConditionFailure(e)) return false;
      throw e;
    }
  }

  /**
   * Records an attempt, conditional on the delivery still being at `attempts` (two deliverers never both
   * record one attempt). Done (delivered or given up) leaves the due index and carries its `expiresAt` (the table's
   * TTL); otherwise it is due again at `dueAt`.
   */
  async recordAttempt(d: Delivery, update: Pick<Delivery, 'status' | 'attempts' | 'log' | 'dueAt' | 'expiresAt'>): Promise<boolean> {
    const due = update.status === 'PENDING';
    const expires = !due && update.expiresAt !== undefined;
    try {
      await this.db.send(new UpdateCommand({
        TableName: this.table,
        Key: { PK: keys.webhookPk(d.webhookId), SK: keys.deliverySk(d.eventId) },
        UpdateExpression: `SET #status = :status, attempts = :attempts, #log = :log, dueAt = :dueAt${due ? ', GSI1SK = :sk' : ''}${expires ? ', #expires = :expires' : ''}${due ? '' : ' REMOVE GSI1PK, GSI1SK'}`,
        ConditionExpression: 'attempts = :before',
        ExpressionAttributeNames: { '#status': 'status', '#log': 'log', ...(expires ? { '#expires': keys.EXPIRES_AT } : {}) },
        ExpressionAttributeValues: {
          ':status': update.status, ':attempts': update.attempts, ':log': update.log, ':dueAt': update.dueAt, ':before': d.attempts,
          ...(due ? { ':sk': `${update.dueAt}#${d.webhookId}#${d.eventId}` } : {}),
          ...(expires ? { ':expires': update.expiresAt } : {}),
        },
      }));
      return true;
    } catch (e) {
      if (isConditionFailure(e)) return false;
      throw e;
    }
  }

  /**
   * A page of a webhook's delivery log, newest first (GSI2), after `start` (a key `logKey` gave); `more` when
   * another page follows (one more item is read to know it).
   */
  async deliveryLog(webhookId: string, limit: number, start?: Record<string, unknown>): Promise<{ items: Delivery[]; more: boolean }> {
    const res = await this.db.send(new QueryCommand({
      TableName: this.table, IndexName: keys.GSI2, KeyConditionExpression: 'GSI2PK = :pk',
      ExpressionAttributeValues: { ':pk': keys.deliveryLogPk(webhookId) }, ScanIndexForward: false, Limit: limit + 1, ExclusiveStartKey: start,
    }));
    const items = (res.Items ?? []).map((i) => strip(i) as Delivery);
    return { items: items.slice(0, limit), more: items.length > limit };
  }

  /** The index key of a delivery in its webhook's log: where the next page starts (a cursor). */
  logKey(d: Pick<Delivery, 'webhookId' | 'eventId' | 'createdAt'>): Record<string, string> {
    return {
      PK: keys.webhookPk(d.webhookId), SK: keys.deliverySk(d.eventId),
      GSI2PK: keys.deliveryLogPk(d.webhookId), GSI2SK: keys.deliveryLogSk(d.createdAt, d.eventId),
    };
  }

  /** Deletes the head item (conditional: false when absent), then every item under it whose SK starts with `prefix`. */
  private async removePartition(pk: string, headSk: string, prefix: string): Promise<boolean> {
    try {
      await this.db.send(new DeleteCommand({ TableName: this.table, Key: { PK: pk, SK: headSk }, ConditionExpression: 'attribute_exists(PK)' }));
    } catch (e) {
      if (isConditionFailure(e)) return false;
      throw e;
    }
    let start: Record<string, unknown> | undefined;
    do {
      const res = await this.db.send(new QueryCommand({
        TableName: this.table, KeyConditionExpression: 'PK = :pk AND begins_with(SK, :prefix)', ExpressionAttributeValues: { ':pk': pk, ':prefix': prefix },
        ProjectionExpression: 'PK, SK', ConsistentRead: true, ExclusiveStartKey: start,
      }));
      // Four BatchWriteItem calls at a time: a feed's years of item records go well within the API's 29 s.
      await batchWriteAll(this.db, this.table, (res.Items ?? []).map((k) => ({ DeleteRequest: { Key: { PK: k.PK, SK: k.SK } } })), 4);
      start = res.LastEvaluatedKey;
    } while (start);
    return true;
  }

  /**
   * Up to `limit` items of a GSI1 partition after `start`, and `last` (the key a cursor carries) only when more follow:
   * one item more is read to know it (a full page alone is no sign, trial 7, finding 20); a LastEvaluatedKey of a
   * read that DynamoDB cut at 1 MB is kept (more may follow).
   */
  private async indexPage(pk: string, limit: number, start?: Record<string, unknown>) {
    const res = await this.db.send(new QueryCommand({
      TableName: this.table, IndexName: keys.GSI1, KeyConditionExpression: 'GSI1PK = :pk', ExpressionAttributeValues: { ':pk': pk },
      Limit: limit + 1, ExclusiveStartKey: start,
    }));
    const items = res.Items ?? [];
    if (items.length <= limit) return { items, last: res.LastEvaluatedKey };
    const { PK, SK, GSI1PK, GSI1SK } = items[limit - 1];
    return { items: items.slice(0, limit), last: { PK, SK, GSI1PK, GSI1SK } as Record<string, unknown> };
  }

  private async queryIndex(pk: string): Promise<Record<string, any>[]> {
    const out: Record<string, any>[] = [];
    let start: Record<string, unknown> | undefined;
    do {
      const res = await this.db.send(new QueryCommand({
        TableName: this.table, IndexName: keys.GSI1, KeyConditionExpression: 'GSI1PK = :pk', ExpressionAttributeValues: { ':pk': pk }, ExclusiveStartKey: start,
      }));
      out.push(...(res.Items ?? []));
      start = res.LastEvaluatedKey;
    } while (start);
    return out;
  }
}
