/**
 * The intake use cases' ports for integration tests: the real store (dynalite at `endpoint`), the safe
 * fetcher allowed to one local site only, and a workflow port that records the articles it is asked to start
 * (no state machine is needed to test intake).
 */
import type { Deps } from '../../lambdas/adapters/deps.ts';
import { documentClient, Repository } from '../../lambdas/adapters/dynamodb.ts';
import { IntakeStore } from '../../lambdas/adapters/intake-store.ts';
import { safeFetch } from '../../lambdas/adapters/safe-fetch.ts';
import { parseAllowList } from '../../lambdas/domain/intake/address.ts';

export function intakeDeps(endpoint: string, table: string, sitePort: number, starts: string[] = []): Deps {
  const db = documentClient(endpoint);
  const allow = parseAllowList(`127.0.0.1:${sitePort}`);
  return {
    repo: new Repository(db, table),
    intake: new IntakeStore(db, table),
    workflow: { start: async (articleId: string) => void starts.push(articleId), resume: async () => true } as unknown as Deps['workflow'],
    now: () => new Date().toISOString(),
    fetch: (req) => safeFetch(req, { allow, maxBytes: 2 * 1024 * 1024, timeoutMs: 5000, maxRedirects: 5 }),
  } as Deps;
}
