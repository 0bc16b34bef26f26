/**
 * RSS 2.0 and Atom feeds, read with @rowanmanning/feed-parser (lenient, tested on real feeds). Pure:
 * XML in, the items to submit out, bounded: a feed may list 10,000 items, a poll looks at the first
 * `limit` (feeds list the newest first; a subscription does not backfill a firehose).
 */
import { parseFeed } from '@rowanmanning/feed-parser';
import { createHash } from 'node:crypto';

export interface FeedItem {
  /** What makes an item "the same item": its GUID / Atom id, else its link. Hashed: bounded and key-safe. */
  key: string;
  url: string;
  title: string | null;
}

export interface ParsedFeed {
  title: string | null;
  /** How many items the feed lists. */
  listed: number;
  /** The first `limit` items that have an http(s) link, once each (by key). */
  items: FeedItem[];
  /** Items looked at that had no http(s) link. */
  withoutLink: number;
}

export class NotAFeedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'NotAFeedError';
  }
}

const hash = (s: string) => createHash('sha256').update(s).digest('hex').slice(0, 32);

export function readFeed(xml: string, limit: number): ParsedFeed {
  let feed: ReturnType<typeof parseFeed>;
  try {
    feed = parseFeed(xml);
  } catch (e) {
    throw new NotAFeedError(`the feed is not RSS or Atom (${(e as Error).message})`);
  }
  const items: FeedItem[] = [];
  const keys = new Set<string>();
  let withoutLink = 0;
  for (const item of feed.items.slice(0, limit)) {
    const url = item.url && /^https?:\/\//i.test(item.url) ? item.url : null;
    if (!url) {
      withoutLink++;
      continue;
    }
    const key = hash(item.id ? `id\n${item.id}` : `url\n${url}`);
    if (keys.has(key)) continue;
    keys.add(key);
    items.push({ key, url, title: item.title ?? null });
  }
  return { title: feed.title ?? null, listed: feed.items.length, items, withoutLink };
}
