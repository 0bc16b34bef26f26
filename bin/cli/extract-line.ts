/**
 * One row of `factcheck extract --jsonl` through the extractor: its `{"id","claims"}` output line, or the
 * extractor's error message. The same function runs in the CLI's own thread (`--workers 1`, small inputs)
 * and in its worker threads (bin/cli/extract-worker.ts), so both write the same bytes.
 */
import { extractClaims, type Claim } from '../../lambdas/domain/extract/index.ts';

/** A validated input row, as the main thread sends it to a worker. */
export interface Row {
  id: string | number;
  text: string;
  language: 'ar' | 'en' | undefined;
  publishedAt: string | undefined;
}

export function extractLine(row: Row): string | { error: string } {
  let claims: Claim[];
  try {
    claims = extractClaims(row.text, { language: row.language, publishedAt: row.publishedAt });
  } catch (e) {
    return { error: String((e as Error)?.message) };
  }
  return `${JSON.stringify({ id: row.id, claims })}\n`;
}

/** A batch of rows sent to a worker, and what comes back: the output lines joined, and the rows that failed. */
export interface Job {
  seq: number;
  rows: Row[];
}
export interface Done {
  seq: number;
  out: string;
  /** [index of the row in the batch, the extractor's message] */
  failures: [number, string][];
}

export function extractBatch(job: Job): Done {
  const out: string[] = [];
  const failures: [number, string][] = [];
  job.rows.forEach((row, i) => {
    const r = extractLine(row);
    if (typeof r === 'string') out.push(r);
    else failures.push([i, r.error]);
  });
  return { seq: job.seq, out: out.join(''), failures };
}
