/**
 * bin/factcheck.mjs, the launcher `npx factcheck` runs: it rebuilds the command when a source changed since the
 * build; when it cannot (a dependency added since the last install), it runs the old build, and says so.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

describe('the launcher, with a build older than the sources', () => {
  let root: string;
  beforeAll(() => {
    // A checkout in miniature: the real launcher, a build step that fails as esbuild does on an uninstalled import,
    // and a build whose manifest names a source changed since.
    root = mkdtempSync(join(tmpdir(), 'factcheck-launcher-'));
    mkdirSync(join(root, 'bin'));
    copyFileSync('bin/factcheck.mjs', join(root, 'bin/factcheck.mjs'));
    writeFileSync(join(root, 'bin/build-cli.mjs'), `export async function buildCli() {
  const e = new Error('Build failed with 1 error:\\nbin/factcheck.ts:7:34: ERROR: Could not resolve "some-new-package"');
  e.errors = [{ text: 'Could not resolve "some-new-package"' }];
  throw e;
}\n`);
    writeFileSync(join(root, 'bin/source.ts'), 'export {};\n');
    const cache = join(root, 'node_modules/.cache/factcheck-cli');
    mkdirSync(cache, { recursive: true });
    writeFileSync(join(cache, 'old.js'), "process.stdout.write('the old build ran\\n');\n");
    writeFileSync(join(cache, 'manifest.json'), JSON.stringify({ entry: 'old.js', inputs: { 'bin/source.ts': 1 } }));
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('runs the old build and warns on stderr why it could not rebuild', () => {
    const r = spawnSync(process.execPath, [join(root, 'bin/factcheck.mjs')], { encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('the old build ran\n');
    expect(r.stderr).toBe('factcheck: warning: the sources changed since the command was built and it cannot be rebuilt (Could not resolve "some-new-package"); running the old build: run "npm ci"\n');
  });
});
