/** Opaque page cursors: a query's LastEvaluatedKey, base64url JSON, accepted back only for the same query. */
import { config } from '../config.ts';
import { QueryParameterError } from '../domain/errors.ts';

export const encodeCursor = (last: Record<string, unknown> | undefined): string | null =>
  (last ? Buffer.from(JSON.stringify(last)).toString('base64url') : null);

/**
 * The key a cursor stands for, checked against the query it must come from: exactly the table keys and
 * the index keys, strings, on the same index partition.
 */
export function decodeCursor(cursor: string | undefined, index: [pk: string, sk: string], partition: string): Record<string, unknown> | undefined {
  if (!cursor) return undefined;
  let start: unknown;
  try {
    start = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    start = undefined;
  }
  const expectedKeys = ['PK', 'SK', ...index].sort().join();
  if (!start || typeof start !== 'object' || Array.isArray(start)) throw new QueryParameterError('cursor', 'is not one this API gave out for this query');
  const key = start as Record<string, unknown>;
  if (Object.keys(key).sort().join() !== expectedKeys || Object.values(key).some((v) => typeof v !== 'string' || v.length > 1024) || key[index[0]] !== partition) {
    throw new QueryParameterError('cursor', 'is not one this API gave out for this query');
  }
  return key;
}

/** Room kept in a response for a cursor: cursorParam takes at most 2,048 characters. */
export const CURSOR_ROOM = 2048;
export const jsonBytes = (v: unknown) => Buffer.byteLength(JSON.stringify(v));

/**
 * How many of `items`, from the first, fit in one JSON response of at most maxResponseBytes (DESIGN.md
 * section 9) beside the rest of `envelope` and a cursor; at least one (every item is bounded by the input
 * limits: a claim with a verdict at the field limits is ~70 KB).
 */
export function itemsThatFit(items: readonly unknown[], envelope: Record<string, unknown> = {}): number {
  let room = config().limits.maxResponseBytes - jsonBytes({ ...envelope, items: [], nextCursor: 'x'.repeat(CURSOR_ROOM) });
  for (let i = 0; i < items.length; i++) {
    room -= jsonBytes(items[i]) + 1;
    if (room < 0) return Math.max(1, i);
  }
  return items.length;
}

/**
 * A page of a list read by key (`read(limit)` from the same start), as `{items, nextCursor}`: at most `limit`
 * items, and fewer when that many would pass maxResponseBytes (a queue of verdicts with long notes and 20
 * evidence links each). Read again with the number that fits, so `nextCursor` follows the last item shown.
 */
export async function boundedPage<T, V>(read: (limit: number) => Promise<{ items: T[]; last?: Record<string, unknown> }>, view: (item: T) => V, limit: number) {
  for (;;) {
    const { items, last } = await read(limit);
    const views = items.map(view);
    const fit = itemsThatFit(views);
    if (fit >= views.length) return { items: views, nextCursor: encodeCursor(last) };
    limit = fit;
  }
}
