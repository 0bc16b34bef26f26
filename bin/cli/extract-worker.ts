/**
 * A worker thread of `factcheck extract --jsonl` (bin/cli/extract.ts starts them on large inputs): it
 * receives batches of validated rows and answers each with its output lines and the rows the extractor
 * failed on. Its own entry point in the CLI build (bin/build-cli.mjs); it loads the extractor as the
 * command's own thread does, with the build's code cache (bin/cli/extractor.ts).
 */
import { parentPort } from 'node:worker_threads';
import type { Job } from './extract-line.ts';
import { loadExtractor } from './extractor.ts';

// The port holds the batches sent while the extractor loads: they are answered once the listener is on.
const { extractBatch } = await loadExtractor();
parentPort!.on('message', (job: Job) => parentPort!.postMessage(extractBatch(job)));
