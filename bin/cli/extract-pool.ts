/**
 * The worker threads of `factcheck extract --jsonl` on large inputs: batches of validated rows go to the
 * least busy worker (a new one is started while all are busy, up to `max`), each answers with its
 * output lines (bin/cli/extract-worker.ts). Light: the extractor loads in the workers, not here.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { CliError } from './common.ts';
import type { Done, Job } from './extract-line.ts';

/** More threads than this gain little on one input and each costs its own start and warm-up. */
export const MAX_DEFAULT_WORKERS = 8;

/**
 * Below this size (bytes of a file, or characters read so far from a pipe) the default extracts in the
 * CLI's own thread. Each worker is a V8 isolate of its own: it starts (~0.1 s), compiles the extractor
 * again (~0.7 s of CPU on V8's background threads, which the one-thread run gets on a spare core) and runs
 * its first ~1000 articles slowly before it is warm: about 1.2 s of CPU per worker, measured on 2 cores,
 * against ~1.5 s for all of 10 MB in one warm thread. 2 workers were slower than one thread at every size
 * measured up to 10 MB; by that cost they pay from ~16-20 MB on 2 idle cores. `--workers N` overrides.
 */
export const WORKERS_FROM = 32 * 1024 * 1024;

/** Workers when `--workers` is not given: one per core the process may use, at most MAX_DEFAULT_WORKERS. */
export const defaultWorkers = (): number => Math.max(1, Math.min(availableParallelism(), MAX_DEFAULT_WORKERS));

// The worker is its own entry point of the CLI build, next to this chunk (extract-worker.js); run from
// source (tsx), it is the .ts file beside this one.
const WORKER = new URL(import.meta.url.endsWith('.ts') ? './extract-worker.ts' : './extract-worker.js', import.meta.url);

interface Slot {
  worker: Worker;
  busy: number;
}

export class ExtractPool {
  private readonly slots: Slot[] = [];
  private readonly waiting = new Map<number, { slot: Slot; resolve: (d: Done) => void; reject: (e: Error) => void }>();
  private broken?: Error;

  constructor(private readonly max: number) {}

  /** Extracts a batch in a worker. */
  run(job: Job): Promise<Done> {
    if (this.broken) return Promise.reject(this.broken);
    let slot = this.slots.reduce<Slot | undefined>((best, s) => (!best || s.busy < best.busy ? s : best), undefined);
    if (!slot || (slot.busy > 0 && this.slots.length < this.max)) slot = this.start();
    slot.busy++;
    const done = new Promise<Done>((resolve, reject) => this.waiting.set(job.seq, { slot: slot!, resolve, reject }));
    done.catch(() => undefined); // awaited in order by the caller; a failure must not count as unhandled before that
    slot.worker.postMessage(job);
    return done;
  }

  private start(): Slot {
    const slot: Slot = { worker: new Worker(WORKER), busy: 0 };
    slot.worker.on('message', (d: Done) => {
      const w = this.waiting.get(d.seq);
      this.waiting.delete(d.seq);
      slot.busy--;
      w?.resolve(d);
    });
    const die = (why: string) => {
      this.broken ??= new CliError(`extract: a worker thread failed (${why}); run with --workers 1 to extract in one thread`);
      for (const [seq, w] of this.waiting) {
        if (w.slot !== slot) continue;
        this.waiting.delete(seq);
        w.reject(this.broken);
      }
    };
    slot.worker.on('error', (e) => die(e.message));
    slot.worker.on('exit', (code) => die(`exit ${code}`));
    this.slots.push(slot);
    return slot;
  }

  /** Stops the workers (they would keep the process alive). */
  async close(): Promise<void> {
    for (const s of this.slots) s.worker.removeAllListeners('exit');
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }
}
