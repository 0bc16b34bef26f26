import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { readFileSync, mkdirSync, writeFileSync, rmSync, existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { JOBS, ROUTES, STEPS } from '../routes.ts';
import { startTimers } from './intake-timers.ts';
import type { FaultHook } from './aws-gate.ts';
import { BundledHandlers } from './bundles.ts';
import { cliLine } from './cli-line.ts';
import { ensureSigningKey } from './auth.ts';
import { createHttpApi, type HttpHandler } from './http-api.ts';
import { localSettings } from './settings.ts';
import { LocalStepFunctions, parseFaults, type StepHandler } from './step-functions.ts';
import { ensureTable, startCheckedStore, tableExists } from './store.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const ASL_PATH = join(root, 'lib', 'workflow', 'factcheck.asl.json');
const TABLE_NAME = 'factcheck';
const STATE_MACHINE_ARN = 'arn:aws:states:us-east-1:000000000000:stateMachine:FactCheck';

/** Per handler: invocations and milliseconds spent (the cost benchmark's Lambda GB-seconds). */
export type HandlerMeter = Map<string, { count: number; ms: number }>;

export interface LocalStack {
  meter: HandlerMeter;
  url: string;
  port: number;
  dataDir: string;
  banner: string;
  sfn: LocalStepFunctions;
  /** With FACTCHECK_HANDLERS=bundles: the bundles and the IAM gate (calls per function). */
  bundled?: BundledHandlers;
  close(): Promise<void>;
}

function lock(dataDir: string): () => void {
  const file = join(dataDir, 'pid');
  if (existsSync(file)) {
    const pid = Number(readFileSync(file, 'utf8'));
    let alive = false;
    try {
      process.kill(pid, 0);
      alive = pid !== process.pid;
    } catch {
      alive = false;
    }
    if (alive) throw new Error(`another local stack (pid ${pid}) is using ${dataDir}; stop it, or set FACTCHECK_DATA_DIR to another folder`);
  }
  writeFileSync(file, String(process.pid));
  return () => rmSync(file, { force: true });
}

export interface LocalStackOptions {
  log?: (line: string) => void;
  /** Overrides FACTCHECK_HANDLERS / FACTCHECK_CDK_OUT. */
  handlers?: 'source' | 'bundles';
  cdkOut?: string;
  /** With bundles: answers chosen calls of the functions with a fault (tests). */
  fault?: FaultHook;
}

export async function startLocalStack(options: LocalStackOptions = {}): Promise<LocalStack> {
  const s = { ...localSettings(), ...(options.handlers ? { handlers: options.handlers } : {}), ...(options.cdkOut ? { cdkOut: options.cdkOut } : {}) };
  const log = options.log ?? (() => undefined);
  // The handlers' config knows it runs here (lambdas/config.ts localStack): refusals may say how to allow a local address.
  process.env.FACTCHECK_LOCAL_STACK = '1';
  mkdirSync(s.dataDir, { recursive: true });
  const unlock = lock(s.dataDir);
  const signingKey = ensureSigningKey();

  // A folder it cannot read whole is refused (untouched), never opened as if empty.
  const tableMarker = join(s.dataDir, 'table-created');
  const store = await startCheckedStore(join(s.dataDir, 'dynamodb'), async (endpoint) => {
    if (!existsSync(tableMarker)) return undefined;
    const probe = new DynamoDBClient({ endpoint, region: 'us-east-1', credentials: { accessKeyId: 'local', secretAccessKey: 'local' } });
    return (await tableExists(probe, TABLE_NAME)) ? undefined : `the table "${TABLE_NAME}" created here on ${readFileSync(tableMarker, 'utf8').trim()} is gone`;
  }).catch((e) => {
    unlock();
    throw e;
  });
  // The handlers' SDK clients read these, exactly as in Lambda (plus endpoints instead of AWS).
  Object.assign(process.env, {
    AWS_REGION: process.env.AWS_REGION ?? 'us-east-1',
    AWS_ACCESS_KEY_ID: process.env.AWS_ACCESS_KEY_ID ?? 'local',
    AWS_SECRET_ACCESS_KEY: process.env.AWS_SECRET_ACCESS_KEY ?? 'local',
    AWS_ENDPOINT_URL_DYNAMODB: store.endpoint,
    TABLE_NAME,
    STATE_MACHINE_ARN,
    REVIEW_TIMEOUT_SECONDS: String(s.reviewTimeoutSeconds),
    POWERTOOLS_LOG_LEVEL: process.env.POWERTOOLS_LOG_LEVEL ?? 'ERROR',
    // CloudWatch embedded metrics would only be noise on a terminal (the bundle test turns them on to read them).
    POWERTOOLS_METRICS_DISABLED: process.env.POWERTOOLS_METRICS_DISABLED ?? 'true',
    // The SDK versions are pinned (package.json), so its notice that later versions will need Node 22 is noise here.
    AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ?? 'true',
  });
  const ddb = new DynamoDBClient({ endpoint: store.endpoint });
  const table = await ensureTable(ddb, TABLE_NAME);
  if (table === 'created') writeFileSync(tableMarker, new Date().toISOString());

  const meter: HandlerMeter = new Map();
  const bundled = s.handlers === 'bundles' ? await BundledHandlers.open({ cdkOut: s.cdkOut, synthDir: join(s.dataDir, 'cdk.out'), log }) : undefined;
  const load = async (name: string) => {
    const handler = bundled ? bundled.handler(name) : (await import(join(root, 'lambdas', 'handlers', `${name}.ts`))).handler;
    return async (event: any) => {
      const t0 = performance.now();
      try {
        return await handler(event);
      } finally {
        const m = meter.get(name) ?? { count: 0, ms: 0 };
        m.count++;
        m.ms += performance.now() - t0;
        meter.set(name, m);
      }
    };
  };
  const stepHandlers: Record<string, StepHandler> = {};
  for (const [state, file] of Object.entries(STEPS)) stepHandlers[`${state}FunctionArn`] = await load(file);
  const sfn = new LocalStepFunctions({
    asl: readFileSync(ASL_PATH, 'utf8'),
    handlers: stepHandlers,
    stateMachineArn: STATE_MACHINE_ARN,
    retryIntervalMs: s.retryIntervalMs,
    faults: parseFaults(process.env.FACTCHECK_FAULTS),
    log,
  });
  const sfnEndpoint = await sfn.listen();
  process.env.AWS_ENDPOINT_URL_SFN = sfnEndpoint.endpoint;
  await bundled?.connect({ dynamodb: store.endpoint, sfn: sfnEndpoint.endpoint }, options.fault);

  const httpHandlers: Record<string, HttpHandler> = {};
  for (const r of ROUTES) httpHandlers[r.handler] = await load(r.handler);
  const server = createHttpApi({ handlers: httpHandlers, signingKey, log, dataDir: s.dataDir, consoleDir: s.consoleDir ?? join(root, 'console', 'dist') });
  await new Promise<void>((resolve, reject) => {
    server.once('error', (e: NodeJS.ErrnoException) =>
      reject(e.code === 'EADDRINUSE' ? new Error(`port ${s.port} is in use: set PORT to another one`) : e));
    server.listen(s.port, s.host, resolve);
  });
  const port = (server.address() as AddressInfo).port;
  const url = `http://localhost:${port}`;
  process.env.PUBLIC_BASE_URL = url;

  // Executions do not survive a restart: carry on every article that was still running from what is stored.
  // Only whole articles are carried on (one without its text is marked FAILED: a resubmission restarts it).
  const { getDeps } = await import('../../lambdas/adapters/deps.ts');
  const { resumable } = await import('../../lambdas/app/submit.ts');
  const active = await resumable(getDeps());
  // An article that was waiting for reviewers waits only what is left of its review time (counted from when it
  // began to wait, not again from this start); one past it ends PARTIALLY_CHECKED at once (1 s).
  for (const a of active) {
    const since = Date.parse((await getDeps().repo.getArticle(a.articleId))?.awaitingSince ?? '');
    const left = Number.isNaN(since) ? s.reviewTimeoutSeconds : Math.max(1, Math.ceil(s.reviewTimeoutSeconds - (Date.now() - since) / 1000));
    sfn.startExecution({ stateMachineArn: STATE_MACHINE_ARN, name: a.executionName, input: JSON.stringify({ articleId: a.articleId, reviewTimeoutSeconds: left, ...(a.fetch ? { fetch: true } : {}) }) });
  }

  // A search index written with older terms (lambdas/domain/search.ts SEARCH_INDEX_VERSION) is rebuilt in the
  // background, as `factcheck reindex` does it against a deployed API; searches meanwhile find what they did.
  const { rebuildSearchIndex } = await import('../../lambdas/app/reindex.ts');
  const { SEARCH_INDEX_VERSION } = await import('../../lambdas/domain/search.ts');
  // A table created now holds no postings of older terms: it is at the current version from the start (unstamped,
  // its second start "rebuilt" every article from version 1).
  if (table === 'created') await getDeps().desk.setSearchIndexVersion(SEARCH_INDEX_VERSION, new Date().toISOString());
  const indexVersion = await getDeps().desk.searchIndexVersion();
  let closing = false;
  let rebuilt = 0;
  const rebuilding = indexVersion >= SEARCH_INDEX_VERSION ? undefined : rebuildSearchIndex(getDeps(), {
    stopped: () => closing,
    progress: (page) => {
      rebuilt += page.rebuilt;
      if (!page.nextCursor && rebuilt) log(`search index rebuilt from version ${indexVersion} to ${page.version}: ${rebuilt} article(s)`);
    },
  }).catch((e: Error) => log(`search index rebuild failed (${cliLine(['reindex'], { port, dataDir: s.dataDir })} runs it again): ${e.message}`));

  // EventBridge Scheduler's part: the feed poller (a new feed is polled at once by POST /feeds itself).
  const deliver = await load(JOBS.DeliverWebhooks);
  const timers = startTimers([
    { name: JOBS.PollFeeds, everyMs: s.feedPollSeconds * 1000, run: await load(JOBS.PollFeeds), atStart: true },
    { name: JOBS.DeliverWebhooks, everyMs: s.webhookSweepMs, run: deliver },
  ], log);
  // The bus rule's part: each event to deliver-webhooks, as EventBridge invokes it (asynchronously).
  const { localBus } = await import('../../lambdas/adapters/events.ts');
  const onEvent = (event: unknown) => void deliver(event).catch((e: Error) => log(`deliver-webhooks failed: ${e.message}`));
  localBus.on('event', onEvent);

  // The CLI finds this stack by PORT (default 3000) and its signing key by FACTCHECK_DATA_DIR (default .factcheck):
  // the commands shown carry whichever is not the default, so they work as printed in another terminal.
  const cli = (args: string) => cliLine(args.split(' '), { port, dataDir: s.dataDir }).padEnd(39);
  const banner = [
    `factcheck local stack listening on ${url}`,
    `  console:   ${url}/                (the reviewer console)`,
    ...(bundled ? [`  handlers:  the Lambda bundles of ${bundled.cdkOut}, each function in processes of its own`] : []),
    `  data:      ${s.dataDir} (table ${table === 'created' ? 'created' : 'reused'}${active.length ? `, ${active.length} article(s) resumed` : ''})`,
    `  token:     ${cli('token --role reviewer')} (or --role submitter, --role editor)`,
    `  try it:    ${cli('demo')} (submits a sample Arabic article)`,
    `  health:    curl ${url}/health`,
  ].join('\n');

  return {
    url,
    port,
    dataDir: s.dataDir,
    banner,
    sfn,
    meter,
    bundled,
    async close() {
      closing = true;
      await rebuilding;
      timers.stop();
      localBus.off('event', onEvent);
      await new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections?.();
      // The executions stop before the store and their endpoint close: their articles stay where they were, for
      // the next start to carry on (above), instead of failing on a closed connection.
      const stopped = await sfn.stop();
      if (stopped) log(`${stopped} execution(s) stopped; their articles carry on at the next start`);
      sfnEndpoint.server.close();
      await bundled?.close();
      await store.close();
      unlock();
    },
  };
}
