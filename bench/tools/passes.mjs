// node bench/tools/passes.mjs BUNDLE FILE N: N passes of an extractor bundle over the rows of a JSON Lines file
// ({"text","language"?,"publishedAt"?} a line); prints the claims counted. For instruction counts (icount.sh).
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const [bundle, file, n] = process.argv.slice(2);
const { extractClaims } = await import(pathToFileURL(bundle).href);
const rows = readFileSync(file, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
let claims = 0;
for (let p = 0; p < Number(n); p++) {
  for (const r of rows) claims += extractClaims(r.text, { language: r.language, publishedAt: r.publishedAt }).length;
}
console.log(claims);
