/**
 * Runs a bundled Lambda function the way the Lambda service does: each invocation in a Node.js process of
 * its own (lambda-child.mjs) that handles one event at a time and is kept warm for the next; more
 * processes while all are busy. A failure comes back as Step Functions sees it: an Error named by the
 * runtime's errorType, whose message is the {errorType, errorMessage, trace} JSON (the "Cause").
 */
import { fork, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import type { BundledFunction } from './bundles.ts';

const CHILD = join(import.meta.dirname, 'lambda-child.mjs');
/** Processes per function at most (Lambda's concurrency, scaled to a laptop); further events wait. */
const MAX_PROCESSES = 6;

interface Worker {
  proc: ChildProcess;
  busy: boolean;
}

export interface RapidError {
  errorType: string;
  errorMessage: string;
  trace?: string[];
}

export function lambdaError(e: RapidError): Error {
  const err = new Error(JSON.stringify(e));
  err.name = e.errorType;
  return err;
}

export class LambdaPool {
  private readonly workers: Worker[] = [];
  private readonly waiting: (() => void)[] = [];
  private closed = false;

  /** env: the process environment at the moment a process starts (the stack fills it in as it starts). */
  constructor(private readonly fn: BundledFunction, private readonly env: () => Record<string, string | undefined>, private readonly log: (line: string) => void = () => undefined) {}

  async invoke(event: unknown): Promise<unknown> {
    const worker = await this.acquire();
    const id = randomUUID();
    try {
      const reply = await new Promise<{ result?: unknown; error?: RapidError }>((resolve) => {
        const timer = setTimeout(() => {
          worker.proc.kill('SIGKILL');
          resolve({ error: { errorType: 'Sandbox.Timedout', errorMessage: `Task timed out after ${this.fn.timeoutSeconds}.00 seconds` } });
        }, this.fn.timeoutSeconds * 1000);
        const onMessage = (m: { id: string; result?: unknown; error?: RapidError }) => {
          if (m.id !== id) return;
          done();
          resolve(m);
        };
        const onExit = (code: number | null, signal: string | null) => {
          done();
          resolve({ error: { errorType: 'Runtime.ExitError', errorMessage: `RequestId: ${id} Error: Runtime exited with ${signal ? `signal ${signal}` : `error: exit status ${code}`}` } });
        };
        const done = () => {
          clearTimeout(timer);
          worker.proc.off('message', onMessage);
          worker.proc.off('exit', onExit);
        };
        worker.proc.on('message', onMessage);
        worker.proc.once('exit', onExit);
        worker.proc.send({ id, event, context: { awsRequestId: id, functionName: this.fn.handler, memoryLimitInMB: String(this.fn.memoryMb), timeoutMs: this.fn.timeoutSeconds * 1000 } });
      });
      if (reply.error) throw lambdaError(reply.error);
      return reply.result;
    } finally {
      this.release(worker);
    }
  }

  private async acquire(): Promise<Worker> {
    for (;;) {
      if (this.closed) throw lambdaError({ errorType: 'Runtime.Stopped', errorMessage: 'the local stack is stopping' });
      const idle = this.workers.find((w) => !w.busy && w.proc.exitCode === null && !w.proc.killed);
      if (idle) {
        idle.busy = true;
        return idle;
      }
      if (this.workers.length < MAX_PROCESSES) {
        const w: Worker = { proc: this.spawn(), busy: true };
        this.workers.push(w);
        return w;
      }
      await new Promise<void>((r) => this.waiting.push(r));
    }
  }

  private release(w: Worker) {
    w.busy = false;
    if (w.proc.exitCode !== null || w.proc.killed) this.workers.splice(this.workers.indexOf(w), 1);
    this.waiting.shift()?.();
  }

  private spawn(): ChildProcess {
    const env = {
      ...this.fn.environment,
      ...this.env(),
      // The function's own Node options (the template's), never the caller's (tsx, vitest).
      NODE_OPTIONS: this.fn.environment.NODE_OPTIONS ?? '',
      FACTCHECK_BUNDLE_FILE: this.fn.file,
      FACTCHECK_BUNDLE_EXPORT: this.fn.exportName,
    };
    const proc = fork(CHILD, [], { env, execArgv: [], stdio: ['ignore', 'pipe', 'pipe', 'ipc'], serialization: 'json' });
    // Lambda sends what a function prints to its log group; here, to the stack's log, one line each.
    for (const stream of [proc.stdout!, proc.stderr!]) {
      let rest = '';
      stream.on('data', (d: Buffer) => {
        const lines = (rest + d.toString('utf8')).split('\n');
        rest = lines.pop()!;
        for (const line of lines) if (line.trim()) this.log(`[${this.fn.handler}] ${line}`);
      });
    }
    return proc;
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const r of this.waiting.splice(0)) r();
    await Promise.all(this.workers.splice(0).map((w) => new Promise<void>((resolve) => {
      if (w.proc.exitCode !== null) return resolve();
      w.proc.once('exit', () => resolve());
      w.proc.kill('SIGTERM');
    })));
  }
}
