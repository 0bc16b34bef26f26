import { getDeps } from '../adapters/deps.ts';
import { extract } from '../app/steps.ts';
import { stepInput } from './schemas.ts';
import { count } from './metrics.ts';
import { step } from './step.ts';

export const handler = step('extract-claims', stepInput, async ({ articleId }) => {
  const result = await extract(getDeps(), articleId);
  for (const [kind, n] of Object.entries(result.byKind)) count('ClaimsExtracted', n, { kind });
  return result;
});
