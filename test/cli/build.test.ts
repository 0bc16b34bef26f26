/**
 * The CLI build (bin/build-cli.mjs, run by `npm ci`): what `factcheck --help` loads is only the command
 * table; the extractor, chrono-node and the token signer are chunks that only their commands import.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { parse } from 'acorn';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error: a plain ES module without types
import { buildCli, root } from '../../bin/build-cli.mjs';

interface Meta {
  outputs: Record<string, { imports: { path: string; kind: string }[]; inputs: Record<string, unknown>; entryPoint?: string }>;
}

describe('the CLI build', () => {
  let dir: string;
  let meta: Meta;
  let inputs: Record<string, number>;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'factcheck-cli-build-'));
    ({ metafile: meta, inputs } = await buildCli({ outdir: dir }));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  /** Every input of the chunks `from` reaches through imports of the given kinds. */
  function reached(from: string, kinds: string[]): string[] {
    const seen = new Set<string>([from]);
    const queue = [from];
    while (queue.length) {
      for (const imp of meta.outputs[queue.pop()!].imports) {
        if (!kinds.includes(imp.kind) || !meta.outputs[imp.path] || seen.has(imp.path)) continue;
        seen.add(imp.path);
        queue.push(imp.path);
      }
    }
    return [...seen].flatMap((o) => Object.keys(meta.outputs[o].inputs));
  }

  it('starts without the extractor, jose or the API client', () => {
    // Arrange
    const entry = Object.keys(meta.outputs).find((o) => meta.outputs[o].entryPoint === 'bin/factcheck.ts')!;
    // Act
    const atStart = reached(entry, ['import-statement']);
    const onDemand = reached(entry, ['import-statement', 'dynamic-import']);
    // Assert
    expect(atStart).toContain('bin/cli/spec.ts');
    for (const heavy of ['node_modules/jose/', 'lambdas/domain/extract/', 'bin/cli/desk.ts', 'bin/cli/editor.ts', 'bin/cli/api.ts', 'bin/cli/extract.ts']) {
      expect(atStart.filter((i) => i.startsWith(heavy)), heavy).toEqual([]);
      expect(onDemand.some((i) => i.startsWith(heavy)), heavy).toBe(true);
    }
    expect(relative(dir, entry)).not.toMatch(/^\.\./);
  });

  it('builds the worker of extract --jsonl beside the command, and watches its sources for staleness', () => {
    // Arrange
    const worker = Object.keys(meta.outputs).find((o) => meta.outputs[o].entryPoint === 'bin/cli/extract-worker.ts');
    // Act
    const loads = reached(worker!, ['import-statement', 'dynamic-import']);
    // Assert: extract-pool.ts starts it as extract-worker.js next to its own chunk
    expect(relative(dir, worker!)).toBe('extract-worker.js');
    expect(loads).toContain('bin/cli/extract-line.ts');
    expect(loads.some((i) => i.startsWith('lambdas/domain/extract/'))).toBe(true);
    for (const source of ['bin/cli/extract-worker.ts', 'bin/cli/extract-line.ts', 'bin/cli/extract-pool.ts', 'lambdas/domain/extract/index.ts']) expect(Object.keys(inputs)).toContain(source);
  });

  it("builds the extractor once more as one CommonJS file, with V8's code cache of a run over the sample articles", () => {
    // Arrange
    const cjs = readFileSync(join(dir, 'extract-line.cjs'), 'utf8');
    // Act
    const top = parse(cjs, { ecmaVersion: 'latest', sourceType: 'script' }).body.filter((s) => s.type === 'VariableDeclaration');
    const cache = readFileSync(join(dir, 'extract-line.cjs.cache'));
    // Assert: its constants const too, and a cache that holds more than the top level (the functions the run compiled)
    expect(top.filter((s) => s.kind === 'const').length).toBeGreaterThan(10 * top.filter((s) => s.kind !== 'const').length);
    expect(cache.length).toBeGreaterThan(cjs.length);
    expect(Object.keys(inputs)).toContain('bin/cli/extractor.ts');
  });

  it("declares the extractor's module constants const, not the var esbuild writes (bin/const-top-level.mjs)", () => {
    // Arrange
    const chunk = Object.keys(meta.outputs).find((o) => Object.keys(meta.outputs[o].inputs).includes('lambdas/domain/extract/casualties.ts'))!;
    // Act
    const top = parse(readFileSync(join(root, chunk), 'utf8'), { ecmaVersion: 'latest', sourceType: 'module' }).body.filter((s) => s.type === 'VariableDeclaration');
    const kindOf = (name: RegExp) => top.find((s) => s.declarations.some((d) => d.id.type === 'Identifier' && name.test(d.id.name)))?.kind;
    const consts = top.filter((s) => s.kind === 'const').length;
    const vars = top.filter((s) => s.kind !== 'const').length;
    // Assert: a word set of the casualty rules, a table of the dates, and most declarations in all
    expect(kindOf(/^SUPERLATIVES\d*$/)).toBe('const');
    expect(kindOf(/^WEEKDAYS?\d*$/)).toBe('const');
    expect(consts).toBeGreaterThan(10 * vars);
  });
});
