/** Opaque page cursors: a query's LastEvaluatedKey, base64url JSON, accepted back only for the same query. */
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
