import { ArnFormat, Aws, Duration, Stack } from 'aws-cdk-lib';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import { DefinitionBody, LogLevel, StateMachine, StateMachineType } from 'aws-cdk-lib/aws-stepfunctions';
import { Construct } from 'constructs';
import { readFileSync } from 'node:fs';
import { ASL_FILE } from '../paths.ts';
import { memoryMb, timeoutSeconds } from '../function-settings.ts';
import { STEPS } from '../routes.ts';
import { HandlerFunction } from './node-function.ts';
import type { Resources } from './permissions.ts';

export interface WorkflowProps {
  table: ITable;
  /** The events bus (steps that emit are granted events:PutEvents on it). */
  eventBusArn?: string;
}

/** The Standard state machine, loaded from lib/workflow/factcheck.asl.json: the file the local stack runs too. */
export class Workflow extends Construct {
  readonly stateMachine: StateMachine;
  readonly steps: Record<string, HandlerFunction> = {};
  private readonly eventBusArn?: string;

  constructor(scope: Construct, id: string, props: WorkflowProps) {
    super(scope, id);
    this.eventBusArn = props.eventBusArn;
    const substitutions: Record<string, string> = {};
    for (const [state, handler] of Object.entries(STEPS)) {
      const fn = new HandlerFunction(this, {
        handler,
        timeout: Duration.seconds(timeoutSeconds(handler)),
        memorySize: memoryMb(handler),
        environment: { TABLE_NAME: props.table.tableName },
      });
      this.steps[state] = fn;
      substitutions[`${state}FunctionArn`] = fn.functionArn;
    }
    // No fixed name: CloudFormation names it, so a change that replaces it can deploy.
    this.stateMachine = new StateMachine(this, 'StateMachine', {
      stateMachineType: StateMachineType.STANDARD,
      // Inline, so the template holds the file's exact text; CloudFormation resolves the substitutions.
      definitionBody: DefinitionBody.fromString(readFileSync(ASL_FILE, 'utf8')),
      definitionSubstitutions: substitutions,
      tracingEnabled: true,
      // Every event, but never execution data: article text stays out of the logs.
      // Under /aws/vendedlogs/: Step Functions otherwise adds each log group to the account's one CloudWatch Logs
      // resource policy (5,120 characters), and with a stack per developer deploys start failing (ops10, N12). The
      // name is the stack's own (AWS::StackName, unique in an account and region), not a fixed string; a log group
      // is replaced only when its name or class changes, and the old one is retained (30 days of logs).
      logs: { destination: new LogGroup(this, 'Logs', { logGroupName: `/aws/vendedlogs/states/${Aws.STACK_NAME}-workflow`, retention: RetentionDays.ONE_MONTH }), level: LogLevel.ALL, includeExecutionData: false },
    });
    // Invoke exactly these functions (grantInvoke would add every version and alias: "<arn>:*").
    this.stateMachine.addToRolePolicy(new PolicyStatement({ actions: ['lambda:InvokeFunction'], resources: Object.values(this.steps).map((f) => f.functionArn) }));
    for (const fn of Object.values(this.steps)) fn.grantDeclared(this.resources(props.table));
  }

  /** What the actions declared in lib/routes.ts apply to. */
  resources(table: ITable): Resources {
    return {
      table,
      eventBusArn: this.eventBusArn,
      stateMachineArn: this.stateMachine.stateMachineArn,
      executionArnPattern: Stack.of(this).formatArn({
        service: 'states', resource: 'execution', resourceName: `${this.stateMachine.stateMachineName}:*`, arnFormat: ArnFormat.COLON_RESOURCE_NAME,
      }),
    };
  }
}
