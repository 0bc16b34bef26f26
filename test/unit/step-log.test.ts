/** What a failing workflow step writes to its log: the error's name, message and the article (DESIGN.md: logs hold no text). */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { TransientError } from '../../lambdas/domain/errors.ts';

// Powertools writes to the global console (which a test can watch) only in its dev mode, read when the logger is made.
process.env.POWERTOOLS_DEV = 'true';
const { step } = await import('../../lambdas/handlers/step.ts');

afterEach(() => vi.restoreAllMocks());

describe('a failing step', () => {
  it('logs the error name and message (not under the key "message", which Powertools drops) and rethrows it', async () => {
    // Arrange
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const handler = step('extract-claims', z.object({ articleId: z.string() }), async () => {
      throw new TransientError('DynamoDB left claim writes unprocessed after 8 retries');
    });
    // Act
    const thrown = await handler({ articleId: 'art-0123' }).catch((e: Error) => e);
    // Assert
    expect((thrown as Error).name).toBe('TransientError');
    const entries = warn.mock.calls.map(([line]) => JSON.parse(String(line)));
    const entry = entries.find((e) => e.message === 'extract-claims failed');
    expect(entry, JSON.stringify(entries)).toBeDefined();
    expect(entry.level).toBe('WARN');
    expect(entry.articleId).toBe('art-0123');
    expect(entry.error).toMatchObject({ name: 'TransientError', message: 'DynamoDB left claim writes unprocessed after 8 retries' });
  });

  it('refuses invalid input with a ValidationError naming the field', async () => {
    const handler = step('normalize', z.object({ articleId: z.string().regex(/^art-/) }), async () => ({}));
    const thrown = (await handler({ articleId: 'bad' }).catch((e: Error) => e)) as Error;
    expect(thrown.name).toBe('ValidationError');
    expect(thrown.message).toMatch(/^normalize: invalid input: articleId: /);
  });
});
