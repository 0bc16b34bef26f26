/** What every command shares: one-line errors, flag parsing from the spec, tables, claim values. Light. */
import { parseArgs } from 'node:util';
import { cliLine, cliTargetOfEnv } from '../../lib/local/cli-line.ts';
import { shownTime } from '../../lambdas/domain/time.ts';
import { commandHelp, type CommandSpec } from './spec.ts';

/**
 * An error meant for the user: printed as one line (no stack), then the process exits with `code`. `problem` is
 * the API's answer when the API refused the request: under --json it is printed instead of the line.
 */
export class CliError extends Error {
  constructor(message: string, readonly code = 1, readonly usage?: CommandSpec, readonly problem?: unknown) {
    super(message);
  }
}

/** The API's refusal (`e`, an ApiError) said in the command's own words; under --json, the API's problem as it is. */
export function refused(e: { body: unknown }, message: string): never {
  throw new CliError(message, 1, undefined, e.body);
}

export function fail(message: string, code = 1): never {
  throw new CliError(message, code);
}

/** Wrong usage of a command: exit 2, with its usage. */
export function usageError(spec: CommandSpec, message: string): never {
  throw new CliError(`${spec.name}: ${message}`, 2, spec);
}

export interface Parsed {
  values: Record<string, string | boolean | string[] | undefined>;
  positionals: string[];
}

/** The flags and arguments of `args` for command `spec`; unknown flags, missing values and extra arguments are usage errors. */
export function parseFlags(spec: CommandSpec, args: string[]): Parsed {
  const options: Record<string, { type: 'string' | 'boolean'; multiple?: boolean; short?: string }> = { help: { type: 'boolean', short: 'h' } };
  for (const [name, f] of Object.entries(spec.flags)) options[name] = { type: f.type, ...(f.multiple ? { multiple: true } : {}) };
  let parsed: Parsed;
  try {
    parsed = parseArgs({ args, options, allowPositionals: true, strict: true }) as Parsed;
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    const flag = /'(-[^' ]*)/.exec(err.message)?.[1] ?? '';
    if (err.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') usageError(spec, `unknown flag ${flag}`);
    if (err.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
      usageError(spec, spec.flags[flag.replace(/^-+/, '').split(' ')[0]]?.type === 'boolean' ? `${flag} takes no value` : `${flag.split(' ')[0]} needs a value`);
    }
    usageError(spec, err.message.split('\n')[0]);
  }
  if (parsed.values.help) {
    process.stdout.write(`${commandHelp(spec)}\n`);
    process.exit(0);
  }
  const n = parsed.positionals.length;
  if (n < spec.min) usageError(spec, `needs ${spec.args}`);
  if (n > spec.max) usageError(spec, `unexpected argument "${parsed.positionals[spec.max]}"`);
  return parsed;
}

export const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

export function printJson(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}

/**
 * A command this CLI tells the user to run (a `more:` line, `follow it:`, `Next:`, `publish one:`, the way out of a
 * refusal) as it is pasted into a terminal in the clone: `npx factcheck`, and PORT, FACTCHECK_API,
 * FACTCHECK_DATA_DIR when they are not the defaults, each word quoted for a shell (trial 7, finding 16), the same
 * way the local stack's banner prints its CLI lines.
 */
export function command(args: string[]): string {
  return cliLine(args, cliTargetOfEnv());
}

/** The line that ends a page when another follows: the command for the next page. */
export function moreLine(args: string[], next: string): string {
  return `more: ${command([...args, '--cursor', next])}`;
}

/**
 * A time as the CLI prints it, in UTC to the second: "2024-03-12T10:15:30.123Z" → "2024-03-12 10:15:30Z" (README's
 * format, lambdas/domain/time.ts, as the API's messages print it). Every human-readable line and table uses it
 * (trial 7, finding 22); --json prints the API's own.
 */
export const at = shownTime;

const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();

/** A plain-text table: columns padded to their widest cell, cells longer than `max` cut with "…". */
/** Rows under a header, each column cut at `max` characters, except ids ("claim id", "id"): those are pasted back whole. */
export function table(head: string[], rows: string[][], max = 60): string {
  const widths = head.map((h, i) => Math.min(/\bid$/.test(h) ? Infinity : max, Math.max(h.length, ...rows.map((r) => [...oneLine(r[i])].length))));
  const cell = (s: string, i: number) => {
    let chars = [...oneLine(s)];
    if (chars.length > widths[i]) chars = [...chars.slice(0, widths[i] - 1), '…'];
    return chars.join('') + (i === head.length - 1 ? '' : ' '.repeat(widths[i] - chars.length));
  };
  return [head, ...rows].map((r) => r.map(cell).join('  ').trimEnd()).join('\n');
}

export interface ClaimLike {
  claimId?: string;
  type: string;
  text: string;
  start?: number;
  casualty?: { kind: string; min: number | null; max: number | null; qualifier: string; group: string };
  date?: { values: { from: string; to: string }[] };
  attribution?: { source: string };
  checkworthiness?: number;
  status?: string;
  version?: number;
  verdict?: { rating: string; reviewer?: string } | null;
  publication?: { state: string; version?: number } | null;
  checks?: { priority?: number; corroborations?: unknown[]; conflicts?: unknown[] };
}

export function countOf(c: { min: number | null; max: number | null; qualifier: string }): string {
  switch (c.qualifier) {
    case 'exact': return `${c.min}`;
    case 'at_least': return `≥${c.min}`;
    case 'more_than': return `>${c.min}`;
    case 'at_most': return `≤${c.max}`;
    case 'approx': return `~${c.min}`;
    default: return `${c.min ?? ''}–${c.max ?? ''}`;
  }
}

/** The extracted value in a few words: "killed 33 Turkish soldiers", "2020-03-05 | 2020-03-06". */
export function valueOf(c: ClaimLike): string {
  if (c.casualty) return `${c.casualty.kind} ${countOf(c.casualty)} ${c.casualty.group}`.trim();
  if (c.date) return c.date.values.map((v) => (v.from === v.to ? v.from : `${v.from}..${v.to}`)).join(' | ');
  return '';
}

/** "open", or the verdict's rating with its version: "false (v2)". */
/** The claim's current verdict was published and the fact-check withdrawn since (a later revision is not). */
export const withdrawn = (c: ClaimLike) => c.publication?.state === 'withdrawn' && c.publication.version === c.version;

export function stateOf(c: ClaimLike): string {
  // A fact-check withdrawn since its publication is no current verdict to a reader (trial 8, finding 35).
  if (c.verdict) return `${c.verdict.rating} (v${c.version ?? '?'}${withdrawn(c) ? ', withdrawn' : ''})`;
  return c.status === 'PENDING_REVIEW' ? 'open' : (c.status ?? '').toLowerCase();
}
