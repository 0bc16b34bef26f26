import { getDeps } from '../adapters/deps.ts';
import { awaitReview } from '../app/steps.ts';
import { awaitInput } from './schemas.ts';
import { step } from './step.ts';

/** Invoked by `lambda:invoke.waitForTaskToken`: keeps the token on the article until the last verdict. */
export const handler = step('await-review', awaitInput, ({ articleId, taskToken }) => awaitReview(getDeps(), articleId, taskToken));
