import { getDeps } from '../adapters/deps.ts';
import { normalize } from '../app/steps.ts';
import { stepInput } from './schemas.ts';
import { step } from './step.ts';

export const handler = step('normalize', stepInput, ({ articleId }) => normalize(getDeps(), articleId));
