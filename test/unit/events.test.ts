import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { eventId, MAX_ATTEMPTS, retryDelayMs, sign, verify } from '../../lambdas/domain/intake/events.ts';

describe('event signatures', () => {
  const body = JSON.stringify({ id: 'evt-1', type: 'VerdictRecorded', data: { rating: 'false', text: 'قُتل 17 مدنياً' } });

  it('signs "<timestamp>.<body>" with HMAC-SHA256, as a receiver recomputes it', () => {
    const expected = createHmac('sha256', 's3cret').update(`1700000000.${body}`).digest('hex');
    expect(sign('s3cret', 1_700_000_000, body)).toBe(`sha256=${expected}`);
  });

  it('verifies a fresh signature and refuses a wrong secret, a changed body or an old timestamp', () => {
    const ts = 1_700_000_000;
    const signature = sign('s3cret', ts, body);
    expect(verify('s3cret', { signature, timestamp: String(ts) }, body, ts + 10)).toBe(true);
    expect(verify('other', { signature, timestamp: String(ts) }, body, ts + 10)).toBe(false);
    expect(verify('s3cret', { signature, timestamp: String(ts) }, body.replace('false', 'true'), ts + 10)).toBe(false);
    expect(verify('s3cret', { signature, timestamp: String(ts) }, body, ts + 3600)).toBe(false);
    expect(verify('s3cret', { signature: undefined, timestamp: String(ts) }, body, ts)).toBe(false);
  });
});

describe('event ids and retries', () => {
  it('gives the same fact the same id and another fact another', () => {
    expect(eventId('VerdictRecorded', 'c1', 2)).toBe(eventId('VerdictRecorded', 'c1', 2));
    expect(eventId('VerdictRecorded', 'c1', 2)).not.toBe(eventId('VerdictRecorded', 'c1', 3));
    expect(eventId('VerdictRecorded', 'c1', 2)).not.toBe(eventId('VerdictPublished', 'c1', 2));
    // publish (seq 1), withdraw (seq 2), publish again (seq 3): three facts, three ids
    const ids = [eventId('VerdictPublished', 'c1', 1, 1), eventId('VerdictWithdrawn', 'c1', 1, 2), eventId('VerdictPublished', 'c1', 1, 3)];
    expect(new Set(ids).size).toBe(3);
    expect(eventId('ArticleChecked', 'a')).toMatch(/^evt-[0-9a-f]{32}$/);
  });

  it('waits four times longer after each failed attempt, at most an hour', () => {
    expect(Array.from({ length: MAX_ATTEMPTS - 1 }, (_, i) => retryDelayMs(i + 1, 30_000))).toEqual([30_000, 120_000, 480_000, 1_920_000, 3_600_000]);
  });
});
