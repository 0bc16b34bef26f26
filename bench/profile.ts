/**
 * Where the extractor's time goes on real articles: the bundle (identifiers kept) under V8's CPU profiler,
 * its samples summed by stage of extractClaims: normalization, sentences, tokens, each scanner, and the rest
 * (gates, offsets, claim objects). Garbage collection is its own line.
 */
import { Session } from 'node:inspector/promises';
import { loadExtractor } from './extraction.ts';
import { realCorpus } from './real.ts';

/** Functions of lambdas/domain that start a stage, and the stage's name in the report. */
const STAGES = new Map<string, string>([
  ['normalizeForMatching', 'normalize (digits, letters, case)'],
  ['sentences', 'split sentences'],
  ['tokenize', 'tokens (words interned)'],
  ['scanCasualties', 'casualty counts'],
  ['scanDates', 'dates'],
  ['scanAttributions', 'attributions'],
]);
const REST = 'gates, offsets, claim objects';
const GC = 'garbage collection';

export interface StageRow {
  language: 'ar' | 'en';
  stage: string;
  percent: number;
  msPerMB: number;
}

interface ProfileNode {
  id: number;
  callFrame: { functionName: string };
  children?: number[];
}

export async function whereTimeGoes(outDir: string, quick: boolean): Promise<StageRow[]> {
  const extractClaims = await loadExtractor(outDir, { keepNames: true });
  const session = new Session();
  session.connect();
  const rows: StageRow[] = [];
  try {
    await session.post('Profiler.enable');
    await session.post('Profiler.setSamplingInterval', { interval: 100 });
    for (const language of ['ar', 'en'] as const) {
      const c = realCorpus(language, quick ? 500_000 : 2_000_000);
      if (!c) continue;
      const pass = () => {
        for (const r of c.rows) extractClaims(r.text, { language: r.language, publishedAt: r.publishedAt });
      };
      pass(); // warm: the steady state, as the in-process table measures it
      await session.post('Profiler.start');
      const t0 = performance.now();
      for (let k = 0; k < 3; k++) pass();
      const ms = (performance.now() - t0) / 3;
      const { profile } = await session.post('Profiler.stop');
      const spent = byStage(profile as unknown as { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] });
      const total = [...spent.values()].reduce((a, b) => a + b, 0);
      const perMB = ms / (c.bytes / 1e6);
      for (const stage of [...STAGES.values(), REST, GC]) {
        const share = (spent.get(stage) ?? 0) / total;
        rows.push({ language, stage, percent: 100 * share, msPerMB: share * perMB });
      }
    }
  } finally {
    session.disconnect();
  }
  return rows;
}

/** Sampled time by stage: a sample counts for the innermost stage function on its stack. */
function byStage(profile: { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] }): Map<string, number> {
  const stageOf = new Map<number, string | undefined>();
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const walk = (n: ProfileNode, stage: string | undefined) => {
    const name = n.callFrame.functionName;
    const own = STAGES.get(name) ?? (name === 'extractClaims' ? REST : name === '(garbage collector)' ? GC : stage);
    stageOf.set(n.id, own);
    for (const c of n.children ?? []) walk(nodes.get(c)!, own);
  };
  walk(profile.nodes[0], undefined);
  const spent = new Map<string, number>();
  profile.samples.forEach((id, k) => {
    const stage = stageOf.get(id);
    if (stage) spent.set(stage, (spent.get(stage) ?? 0) + (profile.timeDeltas[k] ?? 0));
  });
  return spent;
}
