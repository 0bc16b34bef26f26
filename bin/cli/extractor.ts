/**
 * The extractor as `factcheck extract` loads it. The CLI build (bin/build-cli.mjs) writes it a second time as one
 * CommonJS file, extract-line.cjs, beside the command's chunks, with V8's code cache for it (extract-line.cjs.cache:
 * the bytecode of the functions a run over sample articles compiled). Loaded from there, a process starts with the
 * extractor's functions already compiled instead of parsing and compiling each at its first call (Node 20 has no
 * code cache for ES modules; `vm.Script` takes one). Run from the sources (tsx, the tests), it is a plain import.
 *
 * V8 accepts a cache only from the same V8 with the same flags: INLINING_BUDGET is set before the cache is read or
 * made, and a cache V8 rejects (another Node, a flag of the user's) only costs the compile it would have saved.
 */
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { Script } from 'node:vm';
import { isMainThread, threadId } from 'node:worker_threads';

export type Extractor = typeof import('./extract-line.ts');

/**
 * Bytecode V8 may inline into one optimized function (V8's default 920). On the bench's 10 MB of real articles, whole
 * processes, interleaved: CPU en 1.97 -> 1.77 s, ar 1.61 -> 1.45 s (best of 5-7) at 300; 150, 200 and 450 did no better
 * then. Since the rules' hot functions shrank (#16, 290fb66), 200 is less work (bench/tools/icount.sh, 1 MB, cold pass
 * 300 -> 200: en 1765M -> 1697M, ar 1558M -> 1509M; steady the same within its jitter; 100, 150: as 200; 460: en 1877M).
 * A one-pass process spends its first ~1,000 articles waiting for V8's optimizing compiler, which compiles the rules'
 * large functions with everything their calls lead to inlined: less inlining is the same code optimized sooner, at no
 * cost once warm. The flag touches only this process and its workers (each worker loads the extractor here too), never
 * the extractor as a library.
 */
const INLINING_BUDGET = 200;

/** The build's file of the extractor, and its code cache beside it (bin/build-cli.mjs writes both under these names). */
const EXTRACTOR_FILE = 'extract-line.cjs';
const CODE_CACHE_FILE = `${EXTRACTOR_FILE}.cache`;
/** Set by the build's sample run only (bin/build-cli.mjs): where to write the code cache when the run ends. */
const CODE_CACHE_OUT = 'FACTCHECK_CODE_CACHE_OUT';

let script: Script | undefined;

/** With FACTCHECK_DEBUG: where the extractor came from (the build's file with its cache, without a usable one, the sources). */
function say(from: 'code cache' | 'no code cache' | 'code cache rejected' | 'sources') {
  if (process.env.FACTCHECK_DEBUG) process.stderr.write(`factcheck: extract: the extractor from ${from}${isMainThread ? '' : ` (worker ${threadId})`}\n`);
}

export async function loadExtractor(): Promise<Extractor> {
  setFlagsFromString(`--max-inlined-bytecode-size-cumulative=${INLINING_BUDGET}`);
  const file = join(dirname(fileURLToPath(import.meta.url)), EXTRACTOR_FILE);
  let source: string;
  try {
    source = readFileSync(file, 'utf8');
  } catch {
    say('sources');
    return import('./extract-line.ts');
  }
  let cachedData: Buffer | undefined;
  try {
    cachedData = readFileSync(join(dirname(file), CODE_CACHE_FILE));
  } catch {
    /* built without one (no sample articles): compiled as it runs */
  }
  script = new Script(`(function (exports, require, module) {${source}\n})`, { filename: file, cachedData });
  say(!cachedData ? 'no code cache' : script.cachedDataRejected ? 'code cache rejected' : 'code cache');
  const module = { exports: {} as Extractor };
  (script.runInThisContext() as (e: object, r: NodeJS.Require, m: object) => void)(module.exports, createRequire(file), module);
  return module.exports;
}

/** At the end of the build's sample run: the code cache of what the run compiled, written where the build asked. */
export function saveCodeCache(): void {
  const out = process.env[CODE_CACHE_OUT];
  if (!out || !script) return;
  writeFileSync(`${out}.tmp`, script.createCachedData());
  renameSync(`${out}.tmp`, out);
}
