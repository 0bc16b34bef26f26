/** The adapters a handler needs, created once per process (module scope in Lambda) and reused. */
import { config } from '../config.ts';
import { PublicCache } from './cdn.ts';
import { DeskStore } from './desk.ts';
import { documentClient, Repository } from './dynamodb.ts';
import { eventSink, type EventSink } from './events.ts';
import { IntakeStore } from './intake-store.ts';
import { safeFetch, type SafeRequest, type SafeResponse } from './safe-fetch.ts';
import { Workflow } from './sfn.ts';

export interface Deps {
  repo: Repository;
  desk: DeskStore;
  /** Feeds, webhooks and deliveries. */
  intake: IntakeStore;
  /** Events out: the EventBridge bus in AWS, the local bus in npm start (lambdas/app/events.ts emits). */
  events: EventSink;
  workflow: Workflow;
  /** The CDN's copies of the public pages (CloudFront; nothing locally). */
  publicCache: PublicCache;
  now: () => string;
  /** Pages, feeds and webhook targets, through the safe fetcher (address checks at every hop, caps). */
  fetch: (req: SafeRequest) => Promise<SafeResponse>;
}

let deps: Deps | undefined;
export function getDeps(): Deps {
  if (!deps) {
    const db = documentClient();
    deps = {
      repo: new Repository(db, config().tableName),
      desk: new DeskStore(db, config().tableName),
      intake: new IntakeStore(db, config().tableName),
      events: eventSink(config().eventBusName),
      workflow: new Workflow(() => config().stateMachineArn),
      publicCache: new PublicCache(() => config().publicCacheDistributionId),
      now: () => new Date().toISOString(),
      fetch: (req) => {
        const c = config();
        return safeFetch(req, { allow: c.fetchAllow, maxBytes: c.fetchMaxBytes, timeoutMs: c.fetchTimeoutMs, maxRedirects: 5 });
      },
    };
  }
  return deps;
}
