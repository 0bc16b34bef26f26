import { getDeps } from '../adapters/deps.ts';
import { check } from '../app/steps.ts';
import { stepInput } from './schemas.ts';
import { step } from './step.ts';

export const handler = step('check-claims', stepInput, ({ articleId }) => check(getDeps(), articleId));
