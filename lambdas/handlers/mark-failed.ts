import { getDeps } from '../adapters/deps.ts';
import { markFailed } from '../app/steps.ts';
import { failedInput } from './schemas.ts';
import { count } from './metrics.ts';
import { step } from './step.ts';

export const handler = step('mark-failed', failedInput, async ({ articleId, error }) => {
  const { reason, ...result } = await markFailed(getDeps(), articleId, error);
  // By reason: a refused fetch (routine with feeds) is counted, not paged; only `error` pages (lib/constructs/monitoring.ts).
  count('ArticlesFailed', 1, { reason });
  return result;
});
