/** Every Lambda bundled as the CDK app bundles it (esbuild metafile), and the time to import it in a fresh Node process. */
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { BUNDLING, EXTERNAL_MODULES } from '../lib/bundling.ts';
import { ROUTES, STEPS } from '../lib/routes.ts';

export interface BundleRow {
  handler: string;
  bytes: number;
  importMs: number;
}

const root = join(import.meta.dirname, '..');

function importMs(file: string, runs: number): number {
  const script = `const t=performance.now();await import(${JSON.stringify(file)});process.stdout.write(String(performance.now()-t))`;
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: root, encoding: 'utf8', env: { ...process.env, TABLE_NAME: 'bench' } });
    if (r.status !== 0) throw new Error(`importing ${file} failed: ${r.stderr}`);
    times.push(Number(r.stdout));
  }
  return times.sort((a, b) => a - b)[Math.floor(times.length / 2)];
}

export async function bundleBench(outDir: string, quick: boolean): Promise<{ rows: BundleRow[]; baselineMs: number }> {
  const handlers = [...new Set([...Object.values(STEPS), ...ROUTES.map((r) => r.handler)])];
  const dir = join(outDir, 'bundles');
  mkdirSync(dir, { recursive: true });
  const rows: BundleRow[] = [];
  for (const handler of handlers) {
    const outfile = join(dir, `${handler}.mjs`);
    const result = await build({
      entryPoints: [join(root, 'lambdas', 'handlers', `${handler}.ts`)],
      bundle: true, platform: 'node', format: BUNDLING.format, target: BUNDLING.target, minify: BUNDLING.minify,
      keepNames: BUNDLING.keepNames, metafile: true, mainFields: [...BUNDLING.mainFields], external: EXTERNAL_MODULES,
      outfile, logLevel: 'error', banner: { js: BUNDLING.banner },
    });
    const bytes = Object.values(result.metafile!.outputs).filter((o) => !('map' in o) || true).reduce((s, o) => s + o.bytes, 0);
    rows.push({ handler, bytes, importMs: importMs(outfile, quick ? 3 : 7) });
  }
  // The same fresh process importing nothing: what every cold start pays anyway.
  const baselineMs = importMs('node:os', quick ? 3 : 7);
  return { rows, baselineMs };
}
