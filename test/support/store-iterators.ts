/**
 * Run by test/integration/store-iterators.test.ts in a process of its own (node --import tsx): starts the local
 * stack's DynamoDB (lib/local/store.ts: dynalite on LevelDB), answers queries of every kind dynalite reads
 * with a LevelDB iterator (a page that stops at Limit, a whole partition, backwards, a global index, a scan,
 * pages with ExclusiveStartKey), and counts the iterators opened and closed meanwhile. An iterator left open
 * keeps LevelDB's memtables and table files of its moment in native memory, outside the JS heap, until the
 * store closes: the local stack grew by gigabytes that way. Prints {"queries", "opened", "closed"}.
 */
import { DynamoDBClient, PutItemCommand, QueryCommand, ScanCommand, type QueryCommandInput } from '@aws-sdk/client-dynamodb';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

// The Level class dynalite opens its store with (the same module instance: it requires 'level' too).
const { Level } = createRequire(import.meta.url)('level');
let opened = 0;
let closed = 0;
for (const method of ['iterator', 'keys', 'values']) {
  const original = Level.prototype[method];
  Level.prototype[method] = function (this: unknown, ...args: unknown[]) {
    const it = original.apply(this, args);
    opened++;
    const close = it.close.bind(it);
    let counted = false;
    it.close = async () => {
      await close();
      if (!counted) closed++;
      counted = true;
    };
    return it;
  };
}

const { ensureTable, startStore } = await import('../../lib/local/store.ts');
const dir = mkdtempSync(join(tmpdir(), 'store-iterators-'));
const store = await startStore(join(dir, 'db'));
try {
  const client = new DynamoDBClient({ endpoint: store.endpoint, region: 'us-east-1', credentials: { accessKeyId: 'local', secretAccessKey: 'local' } });
  const TableName = 'iterators';
  await ensureTable(client, TableName);
  for (let i = 0; i < 30; i++) {
    await client.send(new PutItemCommand({
      TableName,
      Item: { PK: { S: `P#${i % 3}` }, SK: { S: `S#${String(i).padStart(3, '0')}` }, GSI1PK: { S: `G#${i % 2}` }, GSI1SK: { S: `T#${i}` }, text: { S: 'x'.repeat(200) } },
    }));
  }
  let queries = 0;
  const query = async (input: Omit<QueryCommandInput, 'TableName'>) => {
    queries++;
    return client.send(new QueryCommand({ TableName, ...input }));
  };
  for (let round = 0; round < 40; round++) {
    const pk = { ':p': { S: `P#${round % 3}` } };
    await query({ KeyConditionExpression: 'PK = :p', ExpressionAttributeValues: pk, Limit: 2 });
    await query({ KeyConditionExpression: 'PK = :p', ExpressionAttributeValues: pk });
    await query({ KeyConditionExpression: 'PK = :p AND begins_with(SK, :s)', ExpressionAttributeValues: { ...pk, ':s': { S: 'S#01' } }, ScanIndexForward: false });
    await query({ IndexName: 'GSI1', KeyConditionExpression: 'GSI1PK = :g', ExpressionAttributeValues: { ':g': { S: `G#${round % 2}` } }, Limit: 4 });
    let ExclusiveStartKey: QueryCommandInput['ExclusiveStartKey'];
    do {
      const page = await query({ KeyConditionExpression: 'PK = :p', ExpressionAttributeValues: pk, Limit: 4, ExclusiveStartKey });
      ExclusiveStartKey = page.LastEvaluatedKey;
    } while (ExclusiveStartKey);
    queries++;
    await client.send(new ScanCommand({ TableName, Limit: 5 }));
  }
  // A closed iterator's close() settles a moment after the answer went out; one left open never does.
  for (let waited = 0; closed < opened && waited < 20_000; waited += 20) await sleep(20);
  process.stdout.write(JSON.stringify({ queries, opened, closed }) + '\n');
} finally {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
}
