#!/usr/bin/env node
/**
 * Builds the `factcheck` command: esbuild bundles bin/factcheck.ts (ESM, code splitting, so each command's
 * heavy modules are a chunk loaded only by that command) into node_modules/.cache/factcheck-cli/<build>/,
 * then points manifest.json at it, with the source files it was built from and their mtimes. A second
 * entry, extract-worker.js, is what the worker threads of `factcheck extract --jsonl` run.
 *
 * `npm ci` runs it (package.json "prepare"); bin/factcheck.mjs runs it again when a source file changed
 * since (a developer editing the extractor gets their change at the next run, not a stale bundle).
 */
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { constTopLevel } from './const-top-level.mjs';

export const root = fileURLToPath(new URL('..', import.meta.url));
export const cacheDir = join(root, 'node_modules', '.cache', 'factcheck-cli');
export const manifestFile = join(cacheDir, 'manifest.json');

/** Builds into a fresh folder and returns the manifest: `{entry, inputs: {path: mtimeMs}}`, paths relative to the repo. */
export async function buildCli({ outdir } = {}) {
  const { build } = await import('esbuild');
  const id = `${Date.now().toString(36)}-${process.pid}`;
  const dir = outdir ?? join(cacheDir, id);
  const result = await build({
    absWorkingDir: root,
    // The worker threads of `extract --jsonl` are an entry of their own (bin/cli/extract-pool.ts starts
    // extract-worker.js from beside its chunk); its inputs join the manifest, so an edit rebuilds it too.
    entryPoints: { factcheck: 'bin/factcheck.ts', 'extract-worker': 'bin/cli/extract-worker.ts' },
    outdir: dir,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    minifyWhitespace: true, // identifiers kept: readable profiles and FACTCHECK_DEBUG stacks
    minifySyntax: true,
    metafile: true,
    logLevel: 'error',
    // CommonJS dependencies that call require() still find Node's built-in modules inside an ES module.
    banner: { js: "import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);" },
  });
  // The extractor once more, as one CommonJS file: bin/cli/extractor.ts loads it with V8's code cache (below).
  const extractor = await build({
    absWorkingDir: root,
    entryPoints: ['bin/cli/extract-line.ts'],
    outfile: join(dir, 'extract-line.cjs'),
    bundle: true,
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    minifyWhitespace: true,
    minifySyntax: true,
    metafile: true,
    logLevel: 'error',
  });
  // The module constants back as `const` (bin/const-top-level.mjs says why, and when a `var` stays one).
  for (const file of [...Object.keys(result.metafile.outputs), ...Object.keys(extractor.metafile.outputs)]) {
    if (!file.endsWith('.js') && !file.endsWith('.cjs')) continue;
    const path = join(root, file);
    writeFileSync(path, constTopLevel(readFileSync(path, 'utf8')).code);
  }
  codeCache(join(dir, 'factcheck.js'), join(dir, 'extract-line.cjs.cache'));
  const inputs = {};
  for (const path of [...Object.keys(result.metafile.inputs), 'bin/build-cli.mjs', 'bin/const-top-level.mjs']) {
    if (path.startsWith('node_modules/')) continue; // dependencies change only through npm, which runs "prepare"
    inputs[path] = statSync(join(root, path)).mtimeMs;
  }
  const manifest = { entry: join(dir, 'factcheck.js'), inputs, metafile: result.metafile, outdir: dir };
  if (outdir) return manifest;
  // Publish atomically (a concurrent run reads either the old manifest or this one), then drop builds
  // older than ten minutes: a process started on one may still import its chunks for a while.
  mkdirSync(cacheDir, { recursive: true });
  const tmp = `${manifestFile}.${id}`;
  writeFileSync(tmp, JSON.stringify({ entry: `${id}/factcheck.js`, inputs }));
  renameSync(tmp, manifestFile);
  for (const name of readdirSync(cacheDir)) {
    if (name === id || name === 'manifest.json') continue;
    const path = join(cacheDir, name);
    try {
      if (Date.now() - statSync(path).mtimeMs > 10 * 60_000) rmSync(path, { recursive: true, force: true });
    } catch {
      /* removed by a concurrent build */
    }
  }
  return { entry: `${id}/factcheck.js`, inputs };
}

/** Texts the code cache is made from: the written test corpus (our own articles, Arabic and English). */
const SAMPLES = join(root, 'test', 'corpus', 'written');

/**
 * V8's code cache of extract-line.cjs: the built command extracts the sample articles once, as a user's run would,
 * and writes the bytecode its functions compiled to (bin/cli/extractor.ts). Without the samples (a copy of the
 * package without its tests), or if the run fails, there is no cache: the command compiles as it goes, as before.
 */
function codeCache(entry, out) {
  let jsonl = '';
  try {
    for (const f of readdirSync(SAMPLES)) {
      if (!f.endsWith('.json')) continue;
      const { id, text, lang, publishedAt } = JSON.parse(readFileSync(join(SAMPLES, f), 'utf8'));
      jsonl += `${JSON.stringify({ id, text, language: lang, publishedAt })}\n`;
    }
  } catch {
    return;
  }
  const r = spawnSync(process.execPath, [entry, 'extract', '--jsonl', '--workers', '1'], {
    input: jsonl, env: { ...process.env, FACTCHECK_CODE_CACHE_OUT: out }, stdio: ['pipe', 'ignore', 'pipe'], encoding: 'utf8',
  });
  if (r.status !== 0) process.stderr.write(`factcheck CLI build: no code cache for the extractor (the sample run ${r.error?.message ?? `exited ${r.status}`}: ${r.stderr?.trim().split('\n')[0] ?? ''})\n`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const t0 = performance.now();
  const m = await buildCli();
  process.stderr.write(`factcheck CLI built: ${join(cacheDir, m.entry)} (${Math.round(performance.now() - t0)} ms)\n`);
}
