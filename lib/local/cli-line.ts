/**
 * A `factcheck` command as a user pastes it into another terminal in a clone of this project: `npx factcheck …`
 * (`factcheck` alone is not on PATH there), after the settings that pick the stack when they are not the
 * defaults. The local stack's start banner prints its CLI lines with it, and the CLI its `more:` lines.
 * Light (node:path only): the CLI bundle imports it.
 */
import { resolve } from 'node:path';

/** The stack a command reaches: `api` (FACTCHECK_API) or `port` (PORT, default 3000), and the data folder of its signing key. */
export interface CliTarget {
  api?: string;
  port?: number;
  dataDir?: string;
}

/** A shell word as it is when nothing in it is special to a shell, else in single quotes. */
export function shellWord(s: string): string {
  return /^[\p{L}\p{M}\p{N}_@%+=:,./-]+$/u.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`;
}

/** `PORT=3197 npx factcheck demo`: each setting only when it is not the default, each word quoted for a shell. */
export function cliLine(args: string[], to: CliTarget): string {
  const settings = [
    ...(to.api ? [`FACTCHECK_API=${shellWord(to.api)}`] : []),
    ...(!to.api && to.port !== undefined && to.port !== 3000 ? [`PORT=${to.port}`] : []),
    ...(to.dataDir !== undefined && resolve(to.dataDir) !== resolve('.factcheck') ? [`FACTCHECK_DATA_DIR=${shellWord(resolve(to.dataDir))}`] : []),
  ];
  return [...settings, 'npx factcheck', ...args.map(shellWord)].join(' ');
}

/**
 * The stack this process's CLI talks to, from the environment it reads (bin/cli/api.ts): the same line then
 * reaches it from a terminal where none of them is set. FACTCHECK_TOKEN is never printed: a credential.
 */
export function cliTargetOfEnv(env: NodeJS.ProcessEnv = process.env): CliTarget {
  return {
    api: env.FACTCHECK_API || undefined,
    port: env.PORT ? Number(env.PORT) : undefined,
    dataDir: env.FACTCHECK_DATA_DIR || undefined,
  };
}
