/**
 * One contender of the in-process headline, alone in its own process (bench/real.ts `soloThroughput` starts
 * it): `node --import tsx bench/solo.ts <ours|chrono> <ar|en> <bytes> <rounds> <bundle.mjs>`. Prints
 * `{"mbs", "claims"}`: the best of `rounds` passes over the real corpus after one warm-up pass.
 */
import * as chrono from 'chrono-node';
import { pathToFileURL } from 'node:url';
import { realCorpus } from './real.ts';

const [who, language, bytes, rounds, bundle] = process.argv.slice(2);
if ((who !== 'ours' && who !== 'chrono') || (language !== 'ar' && language !== 'en')) throw new Error('usage: solo.ts <ours|chrono> <ar|en> <bytes> <rounds> <bundle>');
const c = realCorpus(language, Number(bytes));
if (!c) throw new Error('no dev articles');
let claims = 0;
let pass: () => void;
if (who === 'ours') {
  const { extractClaims } = await import(pathToFileURL(bundle).href);
  pass = () => {
    claims = 0;
    for (const r of c.rows) claims += extractClaims(r.text, { language: r.language, publishedAt: r.publishedAt }).length;
  };
} else {
  const parser = language === 'ar' ? chrono.ar : chrono.en.casual;
  const dates = c.rows.map((r) => new Date(`${r.publishedAt}T12:00:00Z`));
  pass = () => {
    for (let i = 0; i < c.rows.length; i++) parser.parse(c.rows[i].text, dates[i]);
  };
}
pass();
let best = Infinity;
for (let r = 0; r < Number(rounds); r++) {
  const t0 = performance.now();
  pass();
  best = Math.min(best, performance.now() - t0);
}
process.stdout.write(JSON.stringify({ mbs: c.bytes / 1e6 / (best / 1000), claims }));
