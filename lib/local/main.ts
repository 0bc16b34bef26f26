/**
 * `npm start`: the whole stack on this machine, no AWS account. dynalite (persisted under .factcheck/),
 * the state machine of lib/workflow/factcheck.asl.json run by aws-local-stepfunctions behind a local
 * Step Functions endpoint, and the HTTP API with local JWT auth, all calling the Lambda handlers.
 */
import { startLocalStack } from './stack.ts';

const stack = await startLocalStack({ log: (line) => console.log(line) });
console.log(stack.banner);

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (stopping) process.exit(1);
    stopping = true;
    console.log(`\n${signal}: stopping (data stays in ${stack.dataDir}) ...`);
    stack.close().then(() => process.exit(0), () => process.exit(1));
  });
}
