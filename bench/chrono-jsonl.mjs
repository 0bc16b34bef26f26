#!/usr/bin/env node
// The benchmark's whole-process baseline: chrono-node 2.10.3 (as installed, not bundled) over the same
// JSON Lines as `factcheck extract --jsonl`, the same way: read stdin as it streams, parse each line,
// find the dates (chrono.ar for Arabic, chrono.en.casual otherwise), write one JSON line per article.
import * as chrono from 'chrono-node';

let out = [];
let rest = '';
const handle = (line) => {
  if (!line.trim()) return;
  const row = JSON.parse(line);
  const parser = row.language === 'ar' ? chrono.ar : chrono.en.casual;
  const ref = new Date(`${row.publishedAt ?? new Date().toISOString().slice(0, 10)}T12:00:00Z`);
  const dates = parser.parse(row.text, ref).map((r) => ({ text: r.text, start: r.index, end: r.index + r.text.length, date: r.start.date().toISOString().slice(0, 10) }));
  out.push(`${JSON.stringify({ id: row.id, dates })}\n`);
};
const flush = async () => {
  if (!out.length) return;
  const chunk = out.join('');
  out = [];
  if (!process.stdout.write(chunk)) await new Promise((r) => process.stdout.once('drain', r));
};
process.stdin.setEncoding('utf8');
for await (const chunk of process.stdin) {
  let from = 0;
  for (let nl = chunk.indexOf('\n'); nl >= 0; nl = chunk.indexOf('\n', from)) {
    handle(rest + chunk.slice(from, nl));
    rest = '';
    from = nl + 1;
  }
  rest += chunk.slice(from);
  if (out.length > 256) await flush();
}
if (rest) handle(rest);
await flush();
