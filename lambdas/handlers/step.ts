/** What every workflow-step handler shares: validated input, and errors named for the ASL's Retry/Catch. */
import type { ZodType } from 'zod';
import { ZodError } from 'zod';
import { ValidationError } from '../domain/errors.ts';
import { logger } from './http.ts';

export function step<I, O>(name: string, schema: ZodType<I>, fn: (input: I) => Promise<O>) {
  return async (event: unknown): Promise<O> => {
    let input: I;
    try {
      input = schema.parse(event);
    } catch (e) {
      throw new ValidationError(`${name}: invalid input: ${e instanceof ZodError ? e.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ') : e}`);
    }
    try {
      return await fn(input);
    } catch (e) {
      logger.warn(`${name} failed`, { error: (e as Error).name, message: (e as Error).message, articleId: (input as { articleId?: string }).articleId });
      throw e;
    }
  };
}
