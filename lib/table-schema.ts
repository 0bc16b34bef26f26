/** The table's key schema, for the CDK construct and the local store alike (keys themselves: lambdas/adapters/keys.ts). */
export const TABLE_SCHEMA = {
  partitionKey: 'PK',
  sortKey: 'SK',
  /** DynamoDB's TTL (AWS only: the local store has none, and no code waits for it): lambdas/adapters/keys.ts EXPIRES_AT. */
  timeToLiveAttribute: 'expiresAt',
  indexes: [
    { name: 'GSI1', partitionKey: 'GSI1PK', sortKey: 'GSI1SK' },
    { name: 'GSI2', partitionKey: 'GSI2PK', sortKey: 'GSI2SK' },
    { name: 'GSI3', partitionKey: 'GSI3PK', sortKey: 'GSI3SK' },
    // The desk: articles newest first, all of them and per submitter (lambdas/adapters/keys.ts).
    { name: 'ByDay', partitionKey: 'DayPK', sortKey: 'DaySK' },
  ],
} as const;
