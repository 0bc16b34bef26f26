import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import { ACCESS, type Action } from '../routes.ts';

/** What the declared actions apply to. */
export interface Resources {
  table: ITable;
  /** The state machine; its executions are `<arn with :execution:>:*`. */
  stateMachineArn: string;
  executionArnPattern: string;
  /** The CloudFront distribution in front of the public pages (cloudfront:CreateInvalidation). */
  distributionArn?: string;
  /** The events bus (lib/constructs/events.ts), for events:PutEvents. */
  eventBusArn?: string;
}

/**
 * The policy statements for a handler: exactly the actions declared for it in lib/routes.ts (ACCESS),
 * each on its own resources. An action with no rule here fails the synth, so nothing is granted on "*".
 */
export function declaredStatements(handler: string, r: Resources): PolicyStatement[] {
  const actions = ACCESS[handler];
  if (!actions) throw new Error(`lib/routes.ts ACCESS has no line for the handler "${handler}": declare the AWS actions its code calls`);
  const groups = new Map<string, { actions: Action[]; resources: string[] }>();
  for (const action of actions) {
    const resources = resourcesOf(action, r);
    const key = resources.join(' ');
    const g = groups.get(key) ?? { actions: [], resources };
    g.actions.push(action);
    groups.set(key, g);
  }
  return [...groups.values()].map((g) => new PolicyStatement({ actions: g.actions, resources: g.resources }));
}

function resourcesOf(action: Action, r: Resources): string[] {
  if (action === 'events:PutEvents') {
    if (!r.eventBusArn) throw new Error('events:PutEvents is declared but no event bus was given');
    return [r.eventBusArn];
  }
  if (action === 'dynamodb:Query') return [r.table.tableArn, `${r.table.tableArn}/index/*`];
  if (action.startsWith('dynamodb:')) return [r.table.tableArn];
  if (action === 'states:DescribeExecution' || action === 'states:StopExecution') return [r.executionArnPattern];
  if (action.startsWith('states:')) return [r.stateMachineArn];
  if (action === 'cloudfront:CreateInvalidation' && r.distributionArn) return [r.distributionArn];
  throw new Error(`lib/constructs/permissions.ts has no resource rule for ${action as string}`);
}
