/**
 * A worker thread of `factcheck extract --jsonl` (bin/cli/extract.ts starts them on large inputs): it
 * receives batches of validated rows and answers each with its output lines and the rows the extractor
 * failed on. Its own entry point in the CLI build (bin/build-cli.mjs).
 */
import { parentPort } from 'node:worker_threads';
import { extractBatch, type Job } from './extract-line.ts';

parentPort!.on('message', (job: Job) => parentPort!.postMessage(extractBatch(job)));
