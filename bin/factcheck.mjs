#!/usr/bin/env node
// The `factcheck` command (package.json "bin"). It runs the bundle bin/build-cli.mjs made at `npm ci`
// (node_modules/.cache/factcheck-cli/), and rebuilds it first when a source file changed since.
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const cacheDir = join(root, 'node_modules', '.cache', 'factcheck-cli');

function current() {
  let manifest;
  try {
    manifest = JSON.parse(readFileSync(join(cacheDir, 'manifest.json'), 'utf8'));
  } catch {
    return undefined;
  }
  for (const [path, mtime] of Object.entries(manifest.inputs)) {
    try {
      if (statSync(join(root, path)).mtimeMs !== mtime) return { stale: manifest };
    } catch {
      return { stale: manifest };
    }
  }
  return { fresh: manifest };
}

let found = current();
if (!found?.fresh) {
  try {
    found = { fresh: await (await import('./build-cli.mjs')).buildCli() };
  } catch (e) {
    const why = e.errors?.[0]?.text ?? e.message.split('\n')[0]; // esbuild's first error, else the message
    if (!found?.stale) {
      process.stderr.write(`factcheck: the command is not built and cannot be (${why}): run "npm ci"\n`);
      process.exit(1);
    }
    // A stale build beats none (no esbuild; a dependency added since the last install), but never silently: it is
    // the code of an older checkout.
    process.stderr.write(`factcheck: warning: the sources changed since the command was built and it cannot be rebuilt (${why}); running the old build: run "npm ci"\n`);
  }
}
await import(pathToFileURL(join(cacheDir, (found.fresh ?? found.stale).entry)).href);
