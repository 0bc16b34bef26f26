/** Every Lambda bundled as the CDK app bundles it (esbuild metafile), and the time to import it in a fresh Node process. */
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { BUNDLING, EXTERNAL_MODULES } from '../lib/bundling.ts';
import { HANDLERS } from '../lib/routes.ts';

export interface BundleRow {
  handler: string;
  /** The AWS SDK bundled in (what ships: lib/bundling.ts) and left to the runtime's copy. */
  bundled: { bytes: number; importMs: number };
  runtimeSdk: { bytes: number; importMs: number };
}

const root = join(import.meta.dirname, '..');

function importOnce(file: string): number {
  const script = `const t=performance.now();await import(${JSON.stringify(file)});process.stdout.write(String(performance.now()-t))`;
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: root, encoding: 'utf8', env: { ...process.env, TABLE_NAME: 'bench' } });
  if (r.status !== 0) throw new Error(`importing ${file} failed: ${r.stderr}`);
  return Number(r.stdout);
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function bundle(handler: string, outfile: string, external: string[]): Promise<number> {
  const result = await build({
    entryPoints: [join(root, 'lambdas', 'handlers', `${handler}.ts`)],
    bundle: true, platform: 'node', format: BUNDLING.format, target: BUNDLING.target, minify: BUNDLING.minify,
    keepNames: BUNDLING.keepNames, metafile: true, mainFields: [...BUNDLING.mainFields], external,
    outfile, logLevel: 'error', banner: { js: BUNDLING.banner },
  });
  return Object.values(result.metafile!.outputs).reduce((s, o) => s + o.bytes, 0);
}

/**
 * Each handler bundled both ways: with the AWS SDK in the bundle, and with the SDK left to the runtime
 * (resolved from node_modules here, as the runtime resolves its own copy). Fresh processes, the two
 * variants interleaved so that load on the machine falls on both alike.
 */
export async function bundleBench(outDir: string, quick: boolean): Promise<{ rows: BundleRow[]; baselineMs: number; shipsSdk: boolean }> {
  const dir = join(outDir, 'bundles');
  mkdirSync(dir, { recursive: true });
  const runs = quick ? 3 : 7;
  const rows: BundleRow[] = [];
  for (const handler of HANDLERS) {
    const files = { bundled: join(dir, `${handler}.mjs`), runtimeSdk: join(dir, `${handler}.runtime-sdk.mjs`) };
    const bytes = { bundled: await bundle(handler, files.bundled, []), runtimeSdk: await bundle(handler, files.runtimeSdk, ['@aws-sdk/*']) };
    const times = { bundled: [] as number[], runtimeSdk: [] as number[] };
    for (let i = 0; i < runs; i++) {
      times.bundled.push(importOnce(files.bundled));
      times.runtimeSdk.push(importOnce(files.runtimeSdk));
    }
    rows.push({
      handler,
      bundled: { bytes: bytes.bundled, importMs: median(times.bundled) },
      runtimeSdk: { bytes: bytes.runtimeSdk, importMs: median(times.runtimeSdk) },
    });
  }
  // The same fresh process importing nothing: what every cold start pays anyway.
  const baselineMs = median(Array.from({ length: runs }, () => importOnce('node:os')));
  return { rows, baselineMs, shipsSdk: EXTERNAL_MODULES.length === 0 };
}
