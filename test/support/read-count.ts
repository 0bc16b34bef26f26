/** A repository on `db` that counts its requests and the items they read (a Query's ScannedCount; 1 for a found GetItem). */
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { Repository } from '../../lambdas/adapters/dynamodb.ts';

export function countingRepository(db: DynamoDBDocumentClient, table: string) {
  const seen = { calls: 0, items: 0 };
  const client = Object.create(db) as DynamoDBDocumentClient;
  client.send = (async (command: any) => {
    const out: any = await db.send(command);
    seen.calls++;
    seen.items += out.ScannedCount ?? (out.Item ? 1 : 0);
    return out;
  }) as DynamoDBDocumentClient['send'];
  return { repo: new Repository(client, table), seen };
}
