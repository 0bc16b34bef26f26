import { getDeps } from '../adapters/deps.ts';
import { markFailed } from '../app/steps.ts';
import { failedInput } from './schemas.ts';
import { count } from './metrics.ts';
import { step } from './step.ts';

export const handler = step('mark-failed', failedInput, async ({ articleId, error }) => {
  const result = await markFailed(getDeps(), articleId, error);
  count('ArticlesFailed');
  return result;
});
