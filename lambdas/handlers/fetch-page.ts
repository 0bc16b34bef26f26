import { getDeps } from '../adapters/deps.ts';
import { fetchPage } from '../app/intake.ts';
import { stepInput } from './schemas.ts';
import { step } from './step.ts';

export const handler = step('fetch-page', stepInput, ({ articleId }) => fetchPage(getDeps(), articleId));
