import { getDeps } from '../adapters/deps.ts';
import { extract } from '../app/steps.ts';
import { stepInput } from './schemas.ts';
import { step } from './step.ts';

export const handler = step('extract-claims', stepInput, ({ articleId }) => extract(getDeps(), articleId));
