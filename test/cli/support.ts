/** Runs the built `factcheck` command as users do: a child process of package.json's "bin" (bin/factcheck.mjs). */
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';

export const root = resolve(import.meta.dirname, '..', '..');
export const BIN = resolve(root, 'bin', 'factcheck.mjs');

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function cli(args: string[], opts: { input?: string; env?: Record<string, string | undefined>; command?: string[] } = {}): Promise<CliResult> {
  const [cmd, ...pre] = opts.command ?? [process.execPath, BIN];
  const child = spawn(cmd, [...pre, ...args], { cwd: root, env: { ...process.env, FACTCHECK_DEBUG: '', ...opts.env }, stdio: 'pipe' });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (d) => (stdout += d));
  child.stderr.setEncoding('utf8').on('data', (d) => (stderr += d));
  child.stdin.end(opts.input ?? '');
  return new Promise((done, fail) => {
    child.once('error', fail);
    child.once('close', (code) => done({ code, stdout, stderr }));
  });
}

/** A Node stack frame ("    at foo (file:1:2)"): never shown to users. */
export const STACK_FRAME = /^\s+at .+[:(]/m;
