/**
 * The Lambda bundles that ship, as `cdk synth` wrote them to a cloud assembly (cdk.out): for each handler
 * of lib/routes.ts, its asset folder, entry file, exported function, environment and timeout, read from
 * the synthesized template and asset manifest. `FACTCHECK_HANDLERS=bundles npm start` runs these.
 */
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { functionId } from '../bundling.ts';
import { cdkContext } from '../paths.ts';
import { HANDLERS } from '../routes.ts';
import { startAwsGate, type AwsGate, type FaultHook } from './aws-gate.ts';
import { LambdaPool } from './lambda-pool.ts';

export interface BundledFunction {
  handler: string;
  /** The module Lambda loads: <asset>/index.mjs for Handler "index.handler". */
  file: string;
  exportName: string;
  /** The environment variables with literal values in the template (those with references are the deployment's). */
  environment: Record<string, string>;
  timeoutSeconds: number;
  memoryMb: number;
}

const STACK = 'FactCheck';

/** Synthesizes the CDK app, bundling every function with the local esbuild, into outdir. */
export async function synthesize(outdir: string): Promise<string> {
  const { App } = await import('aws-cdk-lib');
  const { FactCheckStack } = await import('../factcheck-stack.ts');
  const app = new App({ outdir, context: cdkContext() });
  new FactCheckStack(app, STACK);
  app.synth();
  return outdir;
}

export function readBundles(cdkOut: string): Map<string, BundledFunction> {
  const read = (file: string) => JSON.parse(readFileSync(join(cdkOut, file), 'utf8'));
  const manifest = read('manifest.json');
  const [stackId, stack] = Object.entries<any>(manifest.artifacts).find(([, a]) => a.type === 'aws:cloudformation:stack')
    ?? (() => { throw new Error(`${cdkOut} holds no stack: run "npm run synth" or point FACTCHECK_CDK_OUT at a cloud assembly`); })();
  const template = read(stack.properties.templateFile);
  const metadata: Record<string, { type: string; data: unknown }[]> = existsSync(join(cdkOut, `${stackId}.metadata.json`)) ? read(`${stackId}.metadata.json`) : stack.metadata ?? {};
  const assetManifest = Object.values<any>(manifest.artifacts).find((a) => a.type === 'cdk:asset-manifest' && String(a.properties.file).startsWith(stackId));
  const assets = read(assetManifest.properties.file).files as Record<string, { source: { path: string } }>;

  const out = new Map<string, BundledFunction>();
  for (const handler of HANDLERS) {
    const path = Object.keys(metadata).find((p) => p.endsWith(`/${functionId(handler)}/Resource`));
    const logicalId = metadata[path ?? '']?.find((m) => m.type === 'aws:cdk:logicalId')?.data as string | undefined;
    const fn = logicalId && template.Resources[logicalId];
    if (!fn) throw new Error(`${cdkOut}: no function for the handler "${handler}" (synthesize again: it may be older than lib/routes.ts)`);
    const hash = String(fn.Properties.Code.S3Key).replace(/\.zip$/, '');
    const dir = join(cdkOut, assets[hash].source.path);
    const [module, exportName] = String(fn.Properties.Handler).split('.');
    const file = ['.mjs', '.js', '.cjs'].map((ext) => join(dir, module + ext)).find((f) => existsSync(f));
    if (!file) throw new Error(`${dir}: no ${module}.mjs for the handler "${handler}"`);
    const vars: Record<string, unknown> = fn.Properties.Environment?.Variables ?? {};
    out.set(handler, {
      handler, file, exportName,
      environment: Object.fromEntries(Object.entries(vars).filter((e): e is [string, string] => typeof e[1] === 'string')),
      timeoutSeconds: fn.Properties.Timeout ?? 3,
      memoryMb: fn.Properties.MemorySize ?? 128,
    });
  }
  return out;
}

/**
 * The handlers of the local stack when it runs the bundles (FACTCHECK_HANDLERS=bundles): each function in
 * processes of its own (LambdaPool), reaching DynamoDB and Step Functions through the IAM gate.
 */
export class BundledHandlers {
  private readonly pools = new Map<string, LambdaPool>();
  gate: AwsGate | undefined;

  private constructor(readonly cdkOut: string, readonly functions: Map<string, BundledFunction>, private readonly log: (line: string) => void) {}

  /** From the cloud assembly at cdkOut, or from a fresh synth into synthDir. */
  static async open(opts: { cdkOut?: string; synthDir: string; log: (line: string) => void }): Promise<BundledHandlers> {
    let dir = opts.cdkOut;
    if (!dir) {
      const t0 = performance.now();
      opts.log(`synthesizing the CDK app into ${opts.synthDir} (every function bundled as for AWS) ...`);
      rmSync(opts.synthDir, { recursive: true, force: true });
      dir = await synthesize(opts.synthDir);
      opts.log(`synthesized in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
    }
    return new BundledHandlers(dir, readBundles(dir), opts.log);
  }

  handler(name: string): (event: unknown) => Promise<unknown> {
    const fn = this.functions.get(name);
    if (!fn) throw new Error(`no bundle for the handler "${name}" in ${this.cdkOut}`);
    const existing = this.pools.get(name);
    if (existing) return (event) => existing.invoke(event);
    const pool = new LambdaPool(fn, () => {
      if (!this.gate) throw new Error('the bundles are not connected to the local services yet');
      const e = this.gate.endpoints(name);
      return { ...process.env, AWS_ENDPOINT_URL_DYNAMODB: e.dynamodb, AWS_ENDPOINT_URL_SFN: e.sfn };
    }, this.log);
    this.pools.set(name, pool);
    return (event) => pool.invoke(event);
  }

  /** Starts the gate in front of the local services (their endpoints are known only once they run). */
  async connect(upstream: { dynamodb: string; sfn: string }, fault?: FaultHook): Promise<void> {
    this.gate = await startAwsGate(upstream, { fault, log: this.log });
  }

  async close(): Promise<void> {
    await Promise.all([...this.pools.values()].map((p) => p.close()));
    await this.gate?.close();
  }
}
