import { ArnFormat, Duration, Stack } from 'aws-cdk-lib';
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

export interface WorkflowProps {
  table: ITable;
}

/** The Standard state machine, loaded from lib/workflow/factcheck.asl.json: the file the local stack runs too. */
export class Workflow extends Construct {
  readonly stateMachine: StateMachine;
  /** Known before the machine exists, so functions can be granted access to it without a dependency cycle. */
  readonly stateMachineArn: string;
  readonly steps: Record<string, HandlerFunction> = {};

  constructor(scope: Construct, id: string, props: WorkflowProps) {
    super(scope, id);
    const stack = Stack.of(this);
    const stateMachineName = `${stack.stackName}-FactCheck`;
    this.stateMachineArn = stack.formatArn({ service: 'states', resource: 'stateMachine', resourceName: stateMachineName, arnFormat: ArnFormat.COLON_RESOURCE_NAME });

    const substitutions: Record<string, string> = {};
    for (const [state, handler] of Object.entries(STEPS)) {
      const fn = new HandlerFunction(this, {
        handler,
        timeout: Duration.seconds(timeoutSeconds(handler)),
        memorySize: memoryMb(handler),
        environment: { TABLE_NAME: props.table.tableName, STATE_MACHINE_ARN: this.stateMachineArn },
      });
      props.table.grantReadWriteData(fn);
      this.steps[state] = fn;
      substitutions[`${state}FunctionArn`] = fn.functionArn;
    }
    this.stateMachine = new StateMachine(this, 'StateMachine', {
      stateMachineName,
      stateMachineType: StateMachineType.STANDARD,
      // Inline, so the template holds the file's exact text; CloudFormation resolves the substitutions.
      definitionBody: DefinitionBody.fromString(readFileSync(ASL_FILE, 'utf8')),
      definitionSubstitutions: substitutions,
      tracingEnabled: true,
      // Every event, but never execution data: article text stays out of the logs.
      logs: { destination: new LogGroup(this, 'Logs', { retention: RetentionDays.ONE_MONTH }), level: LogLevel.ALL, includeExecutionData: false },
    });
    // Invoke exactly these functions (grantInvoke would add every version and alias: "<arn>:*").
    this.stateMachine.addToRolePolicy(new PolicyStatement({ actions: ['lambda:InvokeFunction'], resources: Object.values(this.steps).map((f) => f.functionArn) }));
    // AwaitReview's Lambda hands the token back itself when nothing is left open.
    this.steps.AwaitReview.addToRolePolicy(taskResponsePolicy(this.stateMachineArn));
  }
}

export function taskResponsePolicy(stateMachineArn: string): PolicyStatement {
  return new PolicyStatement({ actions: ['states:SendTaskSuccess', 'states:SendTaskFailure', 'states:SendTaskHeartbeat'], resources: [stateMachineArn] });
}
