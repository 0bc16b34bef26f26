/**
 * The options every Lambda is bundled with (lib/bundling.ts): minified, yet each step still reports its
 * errors by their class name, as the Lambda runtime reports `errorType` and the ASL's Retry/Catch match it.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { afterAll, describe, expect, it } from 'vitest';
import { BUNDLING, EXTERNAL_MODULES } from '../../lib/bundling.ts';
import { projectRoot } from '../../lib/paths.ts';
import { STEPS } from '../../lib/routes.ts';

// Inside the project, so a bundle finds what it leaves external (the runtime's AWS SDK) as in Lambda.
mkdirSync(join(projectRoot, 'node_modules', '.cache'), { recursive: true });
const dir = mkdtempSync(join(projectRoot, 'node_modules', '.cache', 'bundling-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('bundled steps', () => {
  it('report an invalid input as errorType "ValidationError", not a minified class name', async () => {
    // Arrange
    const entries = Object.fromEntries(Object.values(STEPS).map((h) => [h, join(projectRoot, 'lambdas', 'handlers', `${h}.ts`)]));
    await build({
      entryPoints: entries, outdir: dir, outExtension: { '.js': '.mjs' }, bundle: true, platform: 'node',
      format: BUNDLING.format, target: BUNDLING.target, minify: BUNDLING.minify, keepNames: BUNDLING.keepNames,
      mainFields: [...BUNDLING.mainFields], external: EXTERNAL_MODULES, banner: { js: BUNDLING.banner }, logLevel: 'error',
    });
    // Act: each bundle in a fresh process, called as the Lambda runtime calls it.
    const script = `const { handler } = await import(process.argv[1]);
      try { console.log(JSON.stringify({ result: await handler({ articleId: 'bad' }) })); }
      catch (e) { console.log(JSON.stringify({ errorType: e.name, errorMessage: e.message })); }`;
    const outcomes = Object.keys(entries).map((h) => {
      const out = execFileSync(process.execPath, ['--input-type=module', '-e', script, join(dir, `${h}.mjs`)], {
        env: { ...process.env, TABLE_NAME: 't', AWS_REGION: 'us-east-1', POWERTOOLS_LOG_LEVEL: 'SILENT' }, encoding: 'utf8',
      });
      return { handler: h, ...JSON.parse(out.trim().split('\n').at(-1)!) };
    });
    // Assert
    for (const o of outcomes) {
      expect(o, o.handler).toMatchObject({ errorType: 'ValidationError' });
      expect(o.errorMessage, o.handler).toMatch(/invalid input: articleId/);
    }
  });
});
