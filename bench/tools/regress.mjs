// node --import tsx bench/tools/regress.mjs BUNDLE OUT [--holdout]: every claim an extractor bundle finds in a broad set
// of texts, a JSON line per run, written to OUT. Two bundles (main's and a change's) give identical files when the
// change moves no claim: compare them with cmp. The texts: ../shared/data/dev and constructions, test/corpus/written
// (and test/corpus/holdout with --holdout: for a final check only, never to look at), each whole with its language,
// detected, and against two other publication dates, and sentence by sentence; plus the bench's template corpus.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const [bundle, out, ...flags] = process.argv.slice(2);
if (!bundle || !out) {
  console.error('usage: node --import tsx bench/tools/regress.mjs BUNDLE OUT [--holdout]');
  process.exit(2);
}
const root = fileURLToPath(new URL('../..', import.meta.url));
const { extractClaims } = await import(pathToFileURL(bundle).href);
const dirs = [join(root, '../shared/data/dev'), join(root, '../shared/data/constructions'), join(root, 'test/corpus/written')];
if (flags.includes('--holdout')) dirs.push(join(root, 'test/corpus/holdout'));
const articles = [];
for (const dir of dirs) {
  for (const f of readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) {
    const j = JSON.parse(readFileSync(join(dir, f), 'utf8'));
    for (const a of Array.isArray(j) ? j : [j]) articles.push({ id: `${f}:${a.id}`, text: a.text, lang: a.lang ?? a.language, pub: a.publishedAt });
  }
}
const { corpus } = await import(pathToFileURL(join(root, 'bench/corpus.ts')).href);
for (const l of ['ar', 'en', 'mixed']) {
  corpus(l, 1_000_000).texts.forEach((t, i) => articles.push({ id: `template-${l}-${i}`, text: t, lang: l === 'mixed' ? undefined : l, pub: '2024-03-02', template: true }));
}
const lines = [];
let claims = 0;
const run = (key, text, language, publishedAt) => {
  let r;
  try {
    r = extractClaims(text, { language, publishedAt });
    claims += r.length;
  } catch (e) {
    r = `threw: ${e.message}`;
  }
  lines.push(JSON.stringify([key, r]));
};
for (const a of articles) {
  run(a.id, a.text, a.lang, a.pub);
  if (a.template) continue;
  run(`${a.id}|detected`, a.text, undefined, a.pub);
  run(`${a.id}|2001-01-01`, a.text, a.lang, '2001-01-01');
  run(`${a.id}|2024-02-29`, a.text, a.lang, '2024-02-29');
  a.text.split(/(?<=[.!?؟\n])\s*/).forEach((s, i) => s.trim() && run(`${a.id}#${i}`, s, a.lang, a.pub));
}
writeFileSync(out, `${lines.join('\n')}\n`);
console.log(`${lines.length} runs, ${claims} claims -> ${out}`);
