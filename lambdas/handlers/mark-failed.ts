import { getDeps } from '../adapters/deps.ts';
import { markFailed } from '../app/steps.ts';
import { failedInput } from './schemas.ts';
import { step } from './step.ts';

export const handler = step('mark-failed', failedInput, ({ articleId, error }) => markFailed(getDeps(), articleId, error));
