/**
 * `factcheck extract`: the extractor on a text (a table, or --json), or the JSON Lines contract (--jsonl,
 * DESIGN.md section 4): `{"id","text","language"?,"publishedAt"?}` a line in, `{"id","claims"}` a line out,
 * in input order. Problems go to stderr with their line number; stdout carries only the contract.
 * On a large input (or with --workers N > 1) the main thread still reads, parses and checks each line and
 * writes the output, while worker threads extract batches of rows (bin/cli/extract-pool.ts); the output
 * is written batch by batch in input order, the same bytes on stdout and stderr as in one thread.
 */
import { closeSync, fstatSync, openSync, readFileSync, readSync, statSync } from 'node:fs';
import { TextDecoder } from 'node:util';
import type { Claim } from '../../lambdas/domain/extract/index.ts';
import { CliError, fail, printJson, str, table, usageError, valueOf, type Parsed } from './common.ts';
import { validDate } from './dates.ts';
import type { Done, Row } from './extract-line.ts';
import { defaultWorkers, ExtractPool, WORKERS_FROM } from './extract-pool.ts';
import { loadExtractor, saveCodeCache } from './extractor.ts';
import type { CommandSpec } from './spec.ts';

const today = () => new Date().toISOString().slice(0, 10);

const language = (v: unknown) => (v === 'ar' || v === 'en' ? v : undefined);

export async function run(spec: CommandSpec, p: Parsed): Promise<number> {
  const lang = str(p.values.lang);
  const published = str(p.values.published);
  if (lang !== undefined && !language(lang)) usageError(spec, `--lang must be ar or en, not "${lang}"`);
  if (published !== undefined && !validDate(published)) usageError(spec, `--published must be a date YYYY-MM-DD, not "${published}"`);
  if (p.values.jsonl) {
    if (p.values.json) usageError(spec, '--jsonl and --json do not go together');
    const workers = str(p.values.workers);
    if (workers !== undefined && !(/^[1-9]\d*$/.test(workers) && Number(workers) <= 64)) usageError(spec, `--workers must be a whole number from 1 to 64, not "${workers}"`);
    return jsonl(p.positionals[0], lang, published, workers === undefined ? undefined : Number(workers));
  }
  if (p.values.workers !== undefined) usageError(spec, '--workers goes with --jsonl');
  let text: string;
  try {
    text = readFileSync(p.positionals[0] ?? 0, 'utf8');
  } catch (e) {
    fail(`cannot read ${p.positionals[0] ?? 'stdin'}: ${(e as Error).message}`);
  }
  if (!published) process.stderr.write(`factcheck: no --published: relative dates resolve against today (${today()})\n`);
  const { extractClaims } = await loadExtractor();
  const claims = extractClaims(text, { language: lang, publishedAt: published });
  if (p.values.json) printJson(claims);
  else process.stdout.write(`${claimsTable(claims)}\n`);
  return 0;
}

export function claimsTable(claims: Claim[]): string {
  if (claims.length === 0) return '(no check-worthy claims found)';
  return table(['type', 'value', 'text', 'source', 'worth'],
    claims.map((c) => [c.type, valueOf(c), c.text, c.attribution?.source ?? '', c.checkworthiness.toFixed(2)]), 48);
}

/** Bytes of output collected before a write (extraction in this thread), and the room left that counts as full. */
const OUT_BUFFER = 256 * 1024;
const OUT_SLACK = 16 * 1024;

/** Notes about dates, one line each for the first few lines, then counted. */
const NOTE_LINES = 10;

/** Characters of text per batch: the first batches small, so that every worker has work soon. */
const FIRST_BATCH = 8 * 1024;
const MAX_BATCH = 64 * 1024;
/** Batches sent and not yet written, per worker: enough that none waits, few enough to bound memory. */
const IN_FLIGHT = 3;

/** A batch of rows on its way through a worker, with the notes for its lines (written after it, in line order). */
interface Batch {
  seq: number;
  rows: Row[];
  lines: number[];
  notes: [line: number, text: string][];
  chars: number;
  done?: Promise<Done>;
  finished?: boolean;
}

/**
 * The input as text, chunk by chunk. A regular file (named, or on stdin) is read with blocking reads: from the page
 * cache they cost less than the stream's turns of the event loop, which left the thread idle waiting for each 64 KB
 * (the bench's 10 MB of English: 14 ms idle and 7 ms in fs read in an 868 ms profile). A pipe streams.
 * Both decode with one streaming TextDecoder (a character cut between two reads is whole in the text): Node's own
 * UTF-8 decoding (a StringDecoder, or the stream's setEncoding) took 23.7 ms of an 895 ms profile of that run, and
 * decoding the same 10 MB in 1 MB chunks in-process takes 23.7 ms that way, 7.3 ms with TextDecoder. It keeps a
 * byte-order mark (ignoreBOM), which jsonl() drops from the first line itself, and replaces invalid bytes with U+FFFD
 * as the StringDecoder did (the same strings on randomly cut invalid input).
 */
function chunksOf(file: string | undefined): Iterable<string> | AsyncIterable<string> {
  let fd: number | undefined;
  if (file) fd = openSync(file, 'r');
  else if (inputSize(undefined) > 0) fd = 0;
  const decoder = new TextDecoder('utf-8', { ignoreBOM: true });
  return fd === undefined ? streamChunks(decoder) : readChunks(fd, file !== undefined, decoder);
}

function* readChunks(fd: number, close: boolean, decoder: TextDecoder): Generator<string> {
  const buf = Buffer.allocUnsafe(READ_CHUNK);
  try {
    for (let n = readSync(fd, buf, 0, READ_CHUNK, null); n > 0; n = readSync(fd, buf, 0, READ_CHUNK, null)) yield decoder.decode(buf.subarray(0, n), { stream: true });
    const end = decoder.decode();
    if (end) yield end;
  } finally {
    if (close) closeSync(fd);
  }
}

async function* streamChunks(decoder: TextDecoder): AsyncGenerator<string> {
  for await (const b of process.stdin as AsyncIterable<Buffer>) yield decoder.decode(b, { stream: true });
  const end = decoder.decode();
  if (end) yield end;
}

/** Bytes a blocking read takes at a time. */
const READ_CHUNK = 1024 * 1024;

/** The size of the input when it is a regular file (0 for a pipe, or when unknown). */
function inputSize(file: string | undefined): number {
  try {
    const st = file ? statSync(file) : fstatSync(0);
    return st.isFile() ? st.size : 0;
  } catch {
    return 0;
  }
}

async function jsonl(file: string | undefined, defaultLang: string | undefined, defaultPublished: string | undefined, workers: number | undefined): Promise<number> {
  let bad = 0;
  let undated = 0;
  let lineNo = 0;
  const maxWorkers = workers ?? defaultWorkers();
  let pool: ExtractPool | undefined;
  let extractLine: typeof import('./extract-line.ts').extractLine | undefined;
  // Explicit --workers N > 1 uses workers whatever the size; the default only on a large input.
  if (maxWorkers > 1 && (workers !== undefined || inputSize(file) >= WORKERS_FROM)) pool = new ExtractPool(maxWorkers);
  else extractLine = (await loadExtractor()).extractLine;

  const queue: Batch[] = [];
  let batch: Batch = { seq: 0, rows: [], lines: [], notes: [], chars: 0 };
  const note = (line: number, msg: string) => `factcheck: extract: line ${line}: ${msg}\n`;
  const warn = (msg: string) => {
    if (!pool) return void process.stderr.write(note(lineNo, msg));
    batch.notes.push([lineNo, note(lineNo, msg)]);
    if (batch.notes.length >= 1024) dispatch(); // a long run of bad lines is reported as it goes
  };
  // Lines extracted in this thread are encoded straight into a buffer (no joined string, no second copy when
  // stdout encodes it), written when full; a new buffer then, as a write to a pipe may still hold the last one.
  let out = Buffer.allocUnsafe(OUT_BUFFER);
  let outBytes = 0;
  const write = async (chunk: string | Buffer) => {
    if (!process.stdout.write(chunk)) await new Promise((r) => process.stdout.once('drain', r));
  };
  const flush = async () => {
    if (!outBytes) return;
    const chunk = out.subarray(0, outBytes);
    out = Buffer.allocUnsafe(OUT_BUFFER);
    outBytes = 0;
    await write(chunk);
  };
  /** Adds a line to the buffer (at most 3 bytes of UTF-8 per UTF-16 code unit); true when the buffer is full. */
  const emit = (line: string): boolean => {
    if (outBytes + 3 * line.length > out.length) {
      if (outBytes) pending.push(out.subarray(0, outBytes));
      out = Buffer.allocUnsafe(Math.max(OUT_BUFFER, 3 * line.length));
      outBytes = 0;
    }
    outBytes += out.write(line, outBytes);
    return pending.length > 0 || outBytes >= OUT_BUFFER - OUT_SLACK;
  };
  /** Full buffers waiting for the next await (handle() runs synchronously for a whole chunk of input). */
  const pending: Buffer[] = [];
  const flushAll = async () => {
    while (pending.length) await write(pending.shift()!);
    await flush();
  };

  const dispatch = () => {
    const b = batch;
    b.done = b.rows.length ? pool!.run({ seq: b.seq, rows: b.rows }) : Promise.resolve({ seq: b.seq, out: '', failures: [] });
    void b.done.then(() => (b.finished = true), () => (b.finished = true));
    queue.push(b);
    batch = { seq: b.seq + 1, rows: [], lines: [], notes: [], chars: 0 };
  };
  /** Writes the batches at the head of the queue that are done, and waits for them while more than `max` are out. */
  const settle = async (max: number) => {
    while (queue.length && (queue.length > max || queue[0].finished)) {
      const b = queue.shift()!;
      const done = await b.done!;
      await flushAll(); // rows extracted in this thread before the workers started come first
      if (done.out) await write(done.out);
      // The stderr of this batch in line order: its notes, then for each failed row the extractor's message.
      const failed = done.failures.map(([i, msg]): [number, string] =>
        [b.lines[i], note(b.lines[i], `the extractor failed on id ${JSON.stringify(b.rows[i].id)}: ${msg}; skipped`)]);
      bad += failed.length;
      const notes = failed.length ? [...b.notes, ...failed].sort((x, y) => x[0] - y[0]) : b.notes; // stable: notes first
      if (notes.length) process.stderr.write(notes.map((n) => n[1]).join(''));
    }
  };

  const handle = (line: string) => {
    lineNo++;
    if (line.endsWith('\r')) line = line.slice(0, -1);
    if (lineNo === 1 && line.charCodeAt(0) === 0xfeff) line = line.slice(1); // a byte-order mark (editors on Windows write one)
    if (!line.trim()) return;
    let row: Record<string, unknown>;
    try {
      row = JSON.parse(line);
    } catch (e) {
      bad++;
      warn(`not JSON (${(e as Error).message}); skipped`);
      return;
    }
    if (!row || typeof row !== 'object' || Array.isArray(row)) {
      bad++;
      return warn('not a JSON object; skipped');
    }
    if (typeof row.id !== 'string' && typeof row.id !== 'number') {
      bad++;
      return warn('"id" must be a string or a number; skipped');
    }
    if (typeof row.text !== 'string') {
      bad++;
      return warn(`"text" must be a string (id ${JSON.stringify(row.id)}); skipped`);
    }
    let lang = language(row.language) ?? defaultLang;
    if (row.language !== undefined && row.language !== null && !language(row.language)) {
      warn(`"language" ${JSON.stringify(row.language)} is not ar or en (id ${JSON.stringify(row.id)}): detected from the text`);
      lang = defaultLang;
    }
    let publishedAt = typeof row.publishedAt === 'string' && validDate(row.publishedAt) ? row.publishedAt : undefined;
    if (!publishedAt) {
      const given = row.publishedAt !== undefined && row.publishedAt !== null;
      if (!given && defaultPublished) publishedAt = defaultPublished;
      else {
        if (undated++ < NOTE_LINES) {
          warn(`${given ? `"publishedAt" ${JSON.stringify(row.publishedAt)} is not a date YYYY-MM-DD` : 'no "publishedAt"'} (id ${JSON.stringify(row.id)}): relative dates resolve against today (${today()})`);
        }
      }
    }
    const r: Row = { id: row.id, text: row.text, language: lang as Row['language'], publishedAt };
    if (pool) {
      batch.rows.push(r);
      batch.lines.push(lineNo);
      batch.chars += r.text.length;
      if (batch.chars >= Math.min(MAX_BATCH, FIRST_BATCH * 2 ** Math.min(batch.seq, 8))) dispatch();
      return;
    }
    const s = extractLine!(r);
    if (typeof s !== 'string') {
      bad++;
      return warn(`the extractor failed on id ${JSON.stringify(row.id)}: ${s.error}; skipped`);
    }
    if (emit(s)) full = true;
  };

  let full = false;
  let rest = '';
  let read = 0;
  try {
    try {
      for await (const chunk of chunksOf(file)) {
        read += chunk.length;
        if (!pool && maxWorkers > 1 && read >= WORKERS_FROM) pool = new ExtractPool(maxWorkers); // a pipe that proves large
        let from = 0;
        for (let nl = chunk.indexOf('\n'); nl >= 0; nl = chunk.indexOf('\n', from)) {
          handle(rest + chunk.slice(from, nl));
          rest = '';
          from = nl + 1;
        }
        rest += chunk.slice(from);
        if (pool) await settle(IN_FLIGHT * maxWorkers);
        else if (full) {
          full = false;
          await flushAll();
        }
      }
    } catch (e) {
      if (e instanceof CliError) throw e;
      fail(`cannot read ${file ?? 'stdin'}: ${(e as Error).message}`);
    }
    if (rest) handle(rest);
    if (pool) {
      dispatch();
      await settle(0);
    }
    await flushAll();
  } finally {
    await pool?.close();
  }
  if (undated > NOTE_LINES) process.stderr.write(`factcheck: extract: ${undated - NOTE_LINES} more lines without a valid "publishedAt" (${undated} in all)\n`);
  if (bad) process.stderr.write(`factcheck: extract: ${bad} of ${lineNo} lines skipped\n`);
  saveCodeCache(); // the build's sample run only
  return bad ? 1 : 0;
}
