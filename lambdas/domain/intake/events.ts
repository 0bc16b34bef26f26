/**
 * Events out (DESIGN.md section 9): the envelope every consumer sees, on the EventBridge bus (as the
 * event's `detail`, with `detail-type` = type and source `factcheck`) and as the body of each webhook.
 *
 * ```
 * { "id": "evt-<32 hex>",          same fact, same id: consumers drop repeats by it
 *   "type": "ArticleChecked" | "VerdictRecorded" | "VerdictPublished" | "VerdictWithdrawn",
 *   "time": "<ISO time of the fact>",
 *   "data": ArticleChecked: { articleId, status: CHECKED|PARTIALLY_CHECKED, url, title, language, publishedAt,
 *                             summary: { claims, decided, open, conflicts, ratings } }
 *           VerdictRecorded: { articleId, claimId, version, rating, claim: { type, text, casualty?, date? } }
 *           VerdictPublished: { articleId, claimId, version, rating, publicExplanation, url, datePublished }
 *           VerdictWithdrawn: { articleId, claimId, version, url, withdrawnAt } }   the page at url now answers 410
 * ```
 * Each publication and withdrawal has its own id (the claim's publication sequence number is in it), so
 * publish, withdraw, publish again is three events in that order, never two alike.
 * Internal notes and reviewer or editor identities are never in an event. Webhooks carry the envelope as their
 * body, with `X-Factcheck-Timestamp` (Unix seconds) and `X-Factcheck-Signature: sha256=<hex>`, the
 * HMAC-SHA256 of `<timestamp>.<body>` under the webhook's secret (as Stripe and GitHub sign theirs).
 */
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import type { EventType } from './records.ts';

export interface FactCheckEvent {
  id: string;
  type: EventType;
  time: string;
  data: Record<string, unknown>;
}

/** The id of a fact: the same (type, subject, version) is the same event, however often it is emitted. */
export const eventId = (type: EventType, ...subject: (string | number)[]) =>
  `evt-${createHash('sha256').update(JSON.stringify([type, ...subject])).digest('hex').slice(0, 32)}`;

export const SIGNATURE_HEADER = 'x-factcheck-signature';
export const TIMESTAMP_HEADER = 'x-factcheck-timestamp';

export function sign(secret: string, timestamp: number, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;
}

/** What a receiver does: the signature matches and the timestamp is recent (no replays of old bodies). */
export function verify(secret: string, headers: { signature?: string; timestamp?: string }, body: string, nowSeconds: number, toleranceSeconds = 300): boolean {
  const ts = Number(headers.timestamp);
  if (!Number.isInteger(ts) || Math.abs(nowSeconds - ts) > toleranceSeconds || !headers.signature) return false;
  const expected = Buffer.from(sign(secret, ts, body));
  const given = Buffer.from(headers.signature);
  return expected.length === given.length && timingSafeEqual(expected, given);
}

/** Attempts of one delivery, then it is given up (FAILED). */
export const MAX_ATTEMPTS = 6;

/** The pause before attempt n+1 (n >= 1): base, 4 x base, 16 x base ... capped at an hour. */
export const retryDelayMs = (attempts: number, baseMs: number) => Math.min(3_600_000, baseMs * 4 ** (attempts - 1));
