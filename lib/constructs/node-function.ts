import { Duration } from 'aws-cdk-lib';
import { Policy, PolicyStatement, Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Architecture, Runtime, Tracing } from 'aws-cdk-lib/aws-lambda';
import { NodejsFunction, OutputFormat } from 'aws-cdk-lib/aws-lambda-nodejs';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { join } from 'node:path';
import { BUNDLING, EXTERNAL_MODULES, functionId, METRICS_NAMESPACE } from '../bundling.ts';
import { projectRoot } from '../paths.ts';
import { declaredStatements, type Resources } from './permissions.ts';

export interface HandlerFunctionProps {
  /** lambdas/handlers/<handler>.ts */
  handler: string;
  environment?: Record<string, string>;
  memorySize?: number;
  timeout?: Duration;
}

/** One Lambda per handler file: Node.js 22 on arm64, bundled by the local esbuild (no Docker), Powertools logging. */
export class HandlerFunction extends NodejsFunction {
  /** lambdas/handlers/<handlerName>.ts */
  readonly handlerName: string;

  constructor(scope: Construct, props: HandlerFunctionProps) {
    const id = functionId(props.handler);
    const logGroup = new LogGroup(scope, `${id}Logs`, { retention: RetentionDays.ONE_MONTH });
    // Its own role: writes to its own log group only (no AWSLambdaBasicExecutionRole with logs on "*").
    const role = new Role(scope, `${id}Role`, { assumedBy: new ServicePrincipal('lambda.amazonaws.com') });
    role.addToPolicy(new PolicyStatement({ actions: ['logs:CreateLogStream', 'logs:PutLogEvents'], resources: [logGroup.logGroupArn] }));
    super(scope, id, {
      role,
      entry: join(projectRoot, 'lambdas', 'handlers', `${props.handler}.ts`),
      handler: 'handler',
      projectRoot,
      depsLockFilePath: join(projectRoot, 'package-lock.json'),
      runtime: Runtime.NODEJS_22_X,
      architecture: Architecture.ARM_64,
      memorySize: props.memorySize ?? 512,
      timeout: props.timeout ?? Duration.seconds(30),
      tracing: Tracing.ACTIVE,
      logGroup,
      environment: {
        NODE_OPTIONS: '--enable-source-maps',
        POWERTOOLS_SERVICE_NAME: 'factcheck',
        POWERTOOLS_METRICS_NAMESPACE: METRICS_NAMESPACE,
        POWERTOOLS_LOG_LEVEL: 'INFO',
        ...props.environment,
      },
      bundling: {
        format: OutputFormat.ESM,
        target: BUNDLING.target,
        minify: BUNDLING.minify,
        keepNames: BUNDLING.keepNames,
        sourceMap: BUNDLING.sourceMap,
        mainFields: [...BUNDLING.mainFields],
        externalModules: EXTERNAL_MODULES,
        banner: BUNDLING.banner,
      },
    });
    this.handlerName = props.handler;
  }

  /**
   * Grants exactly the actions lib/routes.ts declares for this handler, as a policy of its own: the
   * function does not wait for it, so a function the state machine calls may still be granted actions on
   * that state machine without a dependency cycle.
   */
  grantDeclared(resources: Resources): void {
    const statements = declaredStatements(this.handlerName, resources);
    if (statements.length) new Policy(this, 'Access', { roles: [this.role!], statements });
  }
}

