import type { RunFigures } from './growth.js';
import { round, type Measurement } from './report.js';

export interface MillionBenchOptions {
  /** The reference run's size and the big run's (50,000 and 1,000,000 in the goal). */
  items: [number, number];
  latencyMs: number;
}

/**
 * Goal 4 of issue 26: a big generate + judge run against a reference run of a twentieth its size,
 * each on a fresh store. Memory is flat when the big run's peak RSS (API + worker, one process)
 * stays within 20% of the reference's, and time linear when its wall time stays within 1.1× of the
 * reference's scaled by the size ratio. Opt-in (`--only million`): about 40 minutes here.
 */
export async function benchMillion(
  options: MillionBenchOptions,
  assayRun: (items: number, latencyMs: number) => Promise<RunFigures>,
  progress: (line: string) => void,
): Promise<Measurement[]> {
  const measurements: Measurement[] = [];
  const push = (m: Omit<Measurement, 'bench' | 'runs'>) =>
    measurements.push({ bench: 'million', runs: [], ...m, value: round(m.value) });
  const [small, big] = options.items;
  const runs: RunFigures[] = [];
  for (const items of options.items) {
    progress(`million: a ${items}-item run at ${options.latencyMs} ms`);
    const run = await assayRun(items, options.latencyMs);
    runs.push(run);
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
