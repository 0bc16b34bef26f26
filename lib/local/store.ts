/** DynamoDB locally: dynalite in this process, persisted under the data directory, with the stack's table. */
import { CreateTableCommand, DescribeTableCommand, DynamoDBClient, ResourceNotFoundException } from '@aws-sdk/client-dynamodb';
import dynalite from 'dynalite';
import { Level } from 'level';
import { copyFileSync, existsSync, linkSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { dirname, join } from 'node:path';
import { TABLE_SCHEMA } from '../table-schema.ts';

export interface LocalStore {
  endpoint: string;
  close(): Promise<void>;
}

export async function startStore(path: string): Promise<LocalStore> {
  const server = dynalite({ path, createTableMs: 0, deleteTableMs: 0, updateTableMs: 0 });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    endpoint: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** Raised when the data folder cannot be read whole: the local stack refuses to start, saying what to do. */
export class DamagedStoreError extends Error {}

/** What LevelDB writes to its info log when it drops what it cannot read (it carries on silently otherwise). */
const DAMAGE = /corrupt|dropping|checksum mismatch|bad record|missing files/i;

const isStoreFile = (name: string) => /^(CURRENT|MANIFEST-\d+|\d+\.(log|ldb|sst))$/.test(name);

/**
 * Opens the store under `path` as startStore does, but first keeps a copy of it (hard links for the table
 * files, which LevelDB never changes, copies for the rest): when LevelDB reports on opening that it dropped
 * or could not read part of it, or cannot open it at all, or a table this folder held is gone, the copy is
 * put back untouched and a DamagedStoreError says what to do. `check` runs first against the opened store
 * and returns a reason to refuse it (a table this folder held is gone), or undefined.
 */
export async function startCheckedStore(path: string, check: (endpoint: string) => Promise<string | undefined>): Promise<LocalStore> {
  const existed = existsSync(path) && readdirSync(path).some(isStoreFile);
  const backup = `${path}.opening`;
  rmSync(backup, { recursive: true, force: true });
  if (existed) {
    mkdirSync(backup);
    for (const name of readdirSync(path)) {
      const from = join(path, name);
      if (!statSync(from).isFile()) continue;
      if (/\.(ldb|sst)$/.test(name)) linkSync(from, join(backup, name));
      else copyFileSync(from, join(backup, name));
    }
  }
  const refuse = async (store: LocalStore | undefined, why: string) => {
    await store?.close().catch(() => undefined);
    if (existed) {
      rmSync(path, { recursive: true, force: true });
      renameSync(backup, path);
    }
    throw new DamagedStoreError([
      `the data folder ${dirname(path)} cannot be read whole: ${why}.`,
      'Nothing in it was changed. To start afresh, move it aside (mv ' + dirname(path) + ' ' + dirname(path) + '.damaged)',
      'or set FACTCHECK_DATA_DIR to another folder; to keep the data, restore the folder from a copy.',
    ].join('\n'));
  };
  let store: LocalStore | undefined;
  // First LevelDB alone: an open that fails, or one that reports what it dropped in its info log.
  const probe = new Level(path, { createIfMissing: true });
  try {
    await probe.open();
  } catch (e) {
    const cause = (e as Error & { cause?: Error }).cause?.message ?? (e as Error).message;
    return refuse(undefined, `the store does not open (${cause})`);
  } finally {
    await probe.close().catch(() => undefined);
  }
  const log = existsSync(join(path, 'LOG')) ? readFileSync(join(path, 'LOG'), 'utf8') : '';
  const damage = log.split('\n').filter((l) => DAMAGE.test(l));
  if (damage.length) return refuse(undefined, `LevelDB reports ${damage.slice(0, 3).map((l) => l.replace(/^\S+ \S+ /, '').trim()).join('; ')}`);
  // Then the store as the stack uses it, and what it should hold.
  let missing: string | undefined;
  try {
    store = await startStore(path);
    missing = await check(store.endpoint);
  } catch (e) {
    return refuse(store, `the store does not open (${(e as Error).message})`);
  }
  if (missing) return refuse(store, missing);
  rmSync(backup, { recursive: true, force: true });
  return store;
}

export async function tableExists(client: DynamoDBClient, tableName: string): Promise<boolean> {
  try {
    await client.send(new DescribeTableCommand({ TableName: tableName }));
    return true;
  } catch (e) {
    if (!(e instanceof ResourceNotFoundException) && (e as Error).name !== 'ResourceNotFoundException') throw e;
    return false;
  }
}

/** Creates the table with the keys and indexes of lib/table-schema.ts unless it exists. */
export async function ensureTable(client: DynamoDBClient, tableName: string): Promise<'created' | 'existed'> {
  if (await tableExists(client, tableName)) return 'existed';
  const attrs = new Set<string>([TABLE_SCHEMA.partitionKey, TABLE_SCHEMA.sortKey]);
  for (const i of TABLE_SCHEMA.indexes) attrs.add(i.partitionKey).add(i.sortKey);
  await client.send(new CreateTableCommand({
    TableName: tableName,
    BillingMode: 'PAY_PER_REQUEST',
    AttributeDefinitions: [...attrs].map((AttributeName) => ({ AttributeName, AttributeType: 'S' })),
    KeySchema: [
      { AttributeName: TABLE_SCHEMA.partitionKey, KeyType: 'HASH' },
      { AttributeName: TABLE_SCHEMA.sortKey, KeyType: 'RANGE' },
    ],
    GlobalSecondaryIndexes: TABLE_SCHEMA.indexes.map((i) => ({
      IndexName: i.name,
      KeySchema: [
        { AttributeName: i.partitionKey, KeyType: 'HASH' },
        { AttributeName: i.sortKey, KeyType: 'RANGE' },
      ],
      Projection: { ProjectionType: 'ALL' },
    })),
  }));
  // A new table is CREATING for a moment (dynalite flips it on a timer, a busy machine delays the timer): writes
  // before it is ACTIVE answer ResourceNotFoundException. Wait for ACTIVE, as any DynamoDB client must.
  const deadline = Date.now() + 60_000;
  for (;;) {
    const { Table } = await client.send(new DescribeTableCommand({ TableName: tableName }));
    if (Table?.TableStatus === 'ACTIVE' && (Table.GlobalSecondaryIndexes ?? []).every((i) => !i.IndexStatus || i.IndexStatus === 'ACTIVE')) break;
    if (Date.now() > deadline) throw new Error(`table ${tableName} is still ${Table?.TableStatus} after 60 s`);
    await new Promise((r) => setTimeout(r, 20));
  }
  return 'created';
}
