// One bundled Lambda handler in its own Node.js process, called as the Lambda runtime calls it: an event in,
// the handler's result or {errorType, errorMessage, trace} out (errorType is the error's name, as the
// Node.js runtime reports it). Plain JavaScript, so the bundle runs on bare node as in Lambda.
import { pathToFileURL } from 'node:url';

const file = process.env.FACTCHECK_BUNDLE_FILE;
const exportName = process.env.FACTCHECK_BUNDLE_EXPORT ?? 'handler';
let loaded;

const toRapid = (e) => (e instanceof Error || (e && typeof e === 'object' && 'message' in e)
  ? { errorType: e.name ?? 'Error', errorMessage: String(e.message), trace: String(e.stack ?? '').split('\n') }
  : { errorType: typeof e, errorMessage: String(e), trace: [] });

process.on('message', async ({ id, event, context }) => {
  try {
    loaded ??= import(pathToFileURL(file).href);
    const fn = (await loaded)[exportName];
    if (typeof fn !== 'function') throw Object.assign(new Error(`${file} exports no function "${exportName}"`), { name: 'Runtime.HandlerNotFound' });
    const deadline = Date.now() + context.timeoutMs;
    const result = await fn(event, { ...context, getRemainingTimeInMillis: () => Math.max(0, deadline - Date.now()) });
    process.send({ id, result: result ?? null });
  } catch (e) {
    process.send({ id, error: toRapid(e) });
  }
});
