import type { InProcessStack } from '../test/support/inProcessStack.js';
import { RESULT_INDEX_COLLECTION } from '../src/store/resultIndex.js';
import { headerKey } from '../src/store/resultIndexDocs.js';
import { STORE_JOBS_COLLECTION } from '../src/store/storeJobs.js';
import type { RunFigures } from './growth.js';
import { round, type Measurement } from './report.js';

export interface MillionBenchOptions {
  /** The reference run's size and the big run's (50,000 and 1,000,000 in the goal). */
  items: [number, number];
  latencyMs: number;
}

/** How long the reference run's seal may take (under a minute at 50,000 results). */
const SEAL_WAIT_MS = 15 * 60_000;

/**
 * Goal 4 of issue 26: a big generate + judge run against a reference run of a twentieth its size,
 * each on a fresh store. Memory is flat when the big run's peak RSS (API + worker, one process)
 * stays within 20% of the reference's, and time linear when its wall time stays within 1.1× of the
 * reference's scaled by the size ratio. Both are taken from the run's create until the bench sees
 * it completed (RSS sampled every 100 ms): the results index is sealed after that, and its time is
 * reported apart. Opt-in (`--only million`): about 40 minutes quiet, well over an hour on shared cores.
 */
export async function benchMillion(
  options: MillionBenchOptions,
  assayRun: (
    items: number,
    latencyMs: number,
    sealWaitMs: number,
  ) => Promise<RunFigures & { sealSeconds: number | null }>,
  progress: (line: string) => void,
): Promise<Measurement[]> {
  const measurements: Measurement[] = [];
  const push = (m: Omit<Measurement, 'bench' | 'runs'>) =>
    measurements.push({ bench: 'million', runs: [], ...m, value: round(m.value) });
  const [small, big] = options.items;
  const runs: RunFigures[] = [];
  for (const items of options.items) {
    progress(`million: a ${items}-item run at ${options.latencyMs} ms`);
    // The reference's seal is waited for (its stack closes before the big run starts); the big
    // run's only briefly: its report would otherwise wait most of an hour more.
    const sealWaitMs = items === small ? SEAL_WAIT_MS : 60_000;
    const run = await assayRun(items, options.latencyMs, sealWaitMs);
    runs.push(run);
    push({
      metric: `${items}-item run: sealing its results index, after completed`,
      value: run.sealSeconds ?? sealWaitMs / 1000,
      unit: 's',
      note: run.sealSeconds === null ? `not finished within ${sealWaitMs / 1000} s` : 'not in the wall time',
    });
    push({ metric: `${items}-item run: wall time`, value: run.seconds, unit: 's' });
    push({
      metric: `${items}-item run: peak RSS of API + worker (one process)`,
      value: run.peakApiWorkerMb,
      unit: 'MB',
    });
    push({ metric: `${items}-item run: stack CPU per item`, value: run.cpuMsPerItem, unit: 'ms' });
  }
  const [reference, large] = runs as [RunFigures, RunFigures];
  push({
    metric: `peak RSS of API + worker, ${big} ÷ ${small} items`,
    value: large.peakApiWorkerMb / reference.peakApiWorkerMb,
    unit: '×',
    note: 'goal 4: ≤ 1.2',
    goal: 'million.rssRatio',
  });
  push({
    metric: `wall time, ${big} items ÷ (${round(big / small)} × ${small} items)`,
    value: large.seconds / ((big / small) * reference.seconds),
    unit: '×',
    note: 'goal 4: ≤ 1.1',
    goal: 'million.wallRatio',
  });
  return measurements;
}

/**
 * Waits until the run's results index is sealed: its header written and no store job left on it.
 * A run says `completed` before its seal (a big run's goes on in a store job of this process);
 * closing the stack meanwhile drops the database under the job: in the first try FerretDB went
 * down at that moment (its log went with the temp directory) and the big run could not connect.
 * Answers the seconds waited, or null past `waitMs`.
 */
export async function sealed(stack: InProcessStack, runId: string, waitMs: number): Promise<number | null> {
  const started = performance.now();
  const index = stack.mongo.db.collection<{ _id: string }>(RESULT_INDEX_COLLECTION);
  const jobs = stack.mongo.db.collection(STORE_JOBS_COLLECTION);
  while (performance.now() - started < waitMs) {
    const header = await index.findOne({ _id: headerKey(runId) }, { projection: { _id: 1 } });
    if (header && (await jobs.countDocuments({ target_id: runId })) === 0) {
      return (performance.now() - started) / 1000;
    }
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  return null;
}
