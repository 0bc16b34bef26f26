/**
 * One contender of the in-process headline, alone in its own process (bench/real.ts `soloThroughput` starts
 * it): `node --import tsx bench/solo.ts <ours|chrono> <ar|en> <bytes> <rounds> <bundle.mjs>`. Prints
 * `{"mbs", "claims"}`: the best of `rounds` passes over the real corpus after one warm-up pass.
 */
import { pathToFileURL } from 'node:url';
import { passes, realCorpus } from './real.ts';

const [who, language, bytes, rounds, bundle] = process.argv.slice(2);
if ((who !== 'ours' && who !== 'chrono') || (language !== 'ar' && language !== 'en')) throw new Error('usage: solo.ts <ours|chrono> <ar|en> <bytes> <rounds> <bundle>');
const c = realCorpus(language, Number(bytes));
if (!c) throw new Error('no dev articles');
// Only the contender measured is loaded: the extractor's bundle is not even imported for chrono-node.
const extractClaims = who === 'ours' ? (await import(pathToFileURL(bundle).href)).extractClaims : () => [];
const pass = passes(c, extractClaims);
let claims = 0;
const run = who === 'ours' ? () => void (claims = pass.ours()) : pass.chrono;
run();
let best = Infinity;
for (let r = 0; r < Number(rounds); r++) {
  const t0 = performance.now();
  run();
  best = Math.min(best, performance.now() - t0);
}
process.stdout.write(JSON.stringify({ mbs: c.bytes / 1e6 / (best / 1000), claims }));
