/** The table expires what the code marks with expiresAt (ops10, N8): ended webhook deliveries and feeds' item records. */
import { App, Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import { EXPIRES_AT } from '../../lambdas/adapters/keys.ts';
import { Storage } from '../../lib/constructs/storage.ts';

describe('the table', () => {
  it('has TTL on the attribute the code writes', () => {
    const stack = new Stack(new App(), 'T');
    new Storage(stack, 'Storage');
    const tables = Object.values(Template.fromStack(stack).findResources('AWS::DynamoDB::Table'));
    expect(tables).toHaveLength(1);
    expect(tables[0].Properties.TimeToLiveSpecification).toEqual({ AttributeName: EXPIRES_AT, Enabled: true });
  });
});
