/** The stored shapes of intake (feeds) and of events out (webhooks and their deliveries). Pure types. */

export interface Feed {
  feedId: string;
  url: string;
  title: string | null;
  createdBy: string;
  createdAt: string;
  /** Conditional GET: what the feed answered last time. */
  etag?: string | null;
  lastModified?: string | null;
  lastPollAt: string | null;
  /** ok: items read; not-modified: 304; error: see lastError. */
  lastPollStatus: 'ok' | 'not-modified' | 'error' | null;
  lastError: string | null;
  /** Articles submitted from this feed, all polls together. */
  itemsTaken: number;
  /** Items the feed listed at the last poll that read it. */
  itemsListed: number | null;
  /** The items the last poll took: how many were new articles, how many were stored already (the same link sent by hand, or in another feed). */
  lastPollItems?: { new: number; alreadyStored: number } | null;
  /** The last errors, newest first (at most 10). */
  errors: { at: string; message: string }[];
  /** A poll holds the feed until then (overlapping polls skip it). */
  pollingUntil?: string;
}

export const EVENT_TYPES = ['ArticleChecked', 'VerdictRecorded', 'VerdictPublished', 'VerdictWithdrawn'] as const;
export type EventType = (typeof EVENT_TYPES)[number];

export interface Webhook {
  webhookId: string;
  url: string;
  events: EventType[];
  /** HMAC-SHA256 key; shown once, when the webhook is created. */
  secret: string;
  createdBy: string;
  createdAt: string;
}

export interface DeliveryAttempt {
  at: string;
  /** The target's HTTP status, or null when it could not be reached or was refused. */
  status: number | null;
  error?: string;
  ms: number;
}

export interface Delivery {
  webhookId: string;
  eventId: string;
  type: EventType;
  /** The exact body sent (the same bytes on every attempt, so a signature can be checked again). */
  body: string;
  status: 'PENDING' | 'DELIVERED' | 'FAILED';
  attempts: number;
  dueAt: string;
  createdAt: string;
  log: DeliveryAttempt[];
  /** Once DELIVERED or FAILED: when the table's TTL may delete it (epoch seconds; keys.ts EXPIRES_AT). */
  expiresAt?: number;
}
