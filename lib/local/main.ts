/**
 * `npm start`: the whole stack on this machine, no AWS account. dynalite (persisted under .factcheck/),
 * the state machine of lib/workflow/factcheck.asl.json run by aws-local-stepfunctions behind a local
 * Step Functions endpoint, and the HTTP API with local JWT auth, all calling the Lambda handlers.
 */
import { startLocalStack } from './stack.ts';
import { DamagedStoreError } from './store.ts';

const stack = await startLocalStack({ log: (line) => console.log(line) }).catch((e) => {
  // A damaged data folder: say what is wrong and what to do, no stack trace.
  if (!(e instanceof DamagedStoreError)) throw e;
  console.error(`factcheck: ${e.message}`);
  process.exit(2);
});
console.log(stack.banner);

let stopping = false;
const stop = (why: string) => {
  if (stopping) process.exit(1);
  stopping = true;
  const { started, transitions, faultsInjected } = stack.sfn.stats;
  console.log(`\n${why}: stopping (data stays in ${stack.dataDir}); executions started: ${started}, state transitions: ${transitions}, faults injected: ${faultsInjected}`);
  stack.close().then(() => process.exit(0), () => process.exit(1));
};
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => stop(signal));
// Started by a program with an IPC channel (the tests): stop when it goes away, however it ended.
if (process.send) process.on('disconnect', () => stop('parent gone'));
