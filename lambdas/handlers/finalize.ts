import { getDeps } from '../adapters/deps.ts';
import { finalize } from '../app/steps.ts';
import { finalizeInput } from './schemas.ts';
import { step } from './step.ts';

export const handler = step('finalize', finalizeInput, ({ articleId, outcome }) => finalize(getDeps(), articleId, outcome));
