/** What every workflow-step handler shares: validated input, errors named for the ASL's Retry/Catch, metrics. */
import type { ZodType } from 'zod';
import { ZodError } from 'zod';
import { ValidationError } from '../domain/errors.ts';
import { inputProblem, logger } from './http.ts';
import { count, flushMetrics } from './metrics.ts';

/** What a step may read of the Lambda context (absent when npm start calls a handler in its own process). */
export interface StepContext {
  getRemainingTimeInMillis?: () => number;
}

export function step<I, O>(name: string, schema: ZodType<I>, fn: (input: I, context?: StepContext) => Promise<O>) {
  return async (event: unknown, context?: StepContext): Promise<O> => {
    let input: I;
    try {
      input = schema.parse(event);
    } catch (e) {
      throw new ValidationError(`${name}: invalid input: ${e instanceof ZodError ? inputProblem(e).detail : e}`);
    }
    try {
      return await fn(input, context);
    } catch (e) {
      // As an Error, Powertools logs its name, message and stack ("message" itself is a reserved key it drops).
      logger.warn(`${name} failed`, { articleId: (input as { articleId?: string }).articleId, error: e as Error });
      count('StepFailed', 1, { step: name });
      throw e;
    } finally {
      flushMetrics();
    }
  };
}
