/** The adapters a handler needs, created once per process (module scope in Lambda) and reused. */
import { config } from '../config.ts';
import { documentClient, Repository } from './dynamodb.ts';
import { Workflow } from './sfn.ts';

export interface Deps {
  repo: Repository;
  workflow: Workflow;
  now: () => string;
}

let deps: Deps | undefined;
export function getDeps(): Deps {
  deps ??= {
    repo: new Repository(documentClient(), config().tableName),
    workflow: new Workflow(() => config().stateMachineArn),
    now: () => new Date().toISOString(),
  };
  return deps;
}
