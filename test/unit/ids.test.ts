import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { articleIdFor, feedIdFor, feedUrl, textHash } from '../../lambdas/adapters/ids.ts';

describe('article identity', () => {
  it('cannot be forged by moving a line between url and text', () => {
    // The attack of issue #12: "U\nA" + "B" used to hash like "U" + "A\nB".
    const a = articleIdFor({ url: 'https://example.org/a\nFirst line', text: 'rest', submitter: 's' });
    const b = articleIdFor({ url: 'https://example.org/a', text: 'First line\nrest', submitter: 's' });
    expect(a).not.toBe(b);
    expect(textHash('a\nb')).not.toBe(textHash('a\n\nb'));
  });

  it('is stable for the same submitter, url and text, and differs by submitter and by key', () => {
    const base = { url: 'https://example.org/x', text: 'Ten people were killed.', submitter: 'alice' };
    expect(articleIdFor(base)).toBe(articleIdFor({ ...base }));
    expect(articleIdFor(base)).toMatch(/^art-[0-9a-f]{20}$/);
    expect(articleIdFor({ ...base, submitter: 'bob' })).not.toBe(articleIdFor(base));
    expect(articleIdFor({ ...base, url: null })).not.toBe(articleIdFor({ ...base, url: '' as unknown as null }));
    expect(articleIdFor({ ...base, idempotencyKey: 'k1' })).toBe(articleIdFor({ ...base, text: 'other', idempotencyKey: 'k1' }));
    expect(articleIdFor({ ...base, idempotencyKey: 'k1' })).not.toBe(articleIdFor({ ...base, submitter: 'bob', idempotencyKey: 'k1' }));
  });
});

describe('feed identity', () => {
  it('drops the fragment (never sent to the server); a url without one keeps the id it always had', () => {
    // The id subscriptions stored before the fragment was dropped: sha256 of ["feed", URL parsing's href].
    const before = (href: string) => `feed-${createHash('sha256').update(JSON.stringify(['feed', href])).digest('hex').slice(0, 20)}`;
    const url = 'https://news.example.org/world/feed.xml?lang=ar';
    expect(feedIdFor(url)).toBe(before(url));
    expect(feedIdFor(`${url}#top`)).toBe(feedIdFor(url));
    expect(feedIdFor('HTTPS://news.example.org/world/./feed.xml?lang=ar#x')).toBe(feedIdFor(url));
    expect(feedIdFor('https://news.example.org/world/feed.xml?lang=en')).not.toBe(feedIdFor(url));
    expect(feedUrl('HTTP://Example.org/a/../feed.xml#top')).toBe('http://example.org/feed.xml');
  });
});
