import { emptyAccumulator, mergeAccumulators, type MetricAccumulator } from '../metrics/accumulator.js';
import { mergePairedAccumulators, type PairedAccumulator } from '../metrics/paired.js';

/**
 * What a run has accumulated: counts, cost, and the metric accumulators per
 * (evaluator, model) and per (evaluator, model pair). Plain JSON: a batch returns
 * one for its own results, and the workflow merges them into its state. Pure (no
 * I/O), so the workflow bundle can import it.
 */
export interface RunTotals {
  /** Results written (scored, unscored or error). */
  done: number;
  /** Results with status error. */
  failed: number;
  /** Results a rerun copied from its parent instead of evaluating (absent on other runs). */
  carried_over?: number;
  /** Every model call of the run: generation and judging. */
  tokens: { input: number; output: number };
  spend_usd: number;
  /** Calls the project answer cache answered and what they would have cost (absent when none). */
  cache?: { hits: number; saved_usd: number };
  groups: GroupTotals[];
  paired: PairedTotals[];
}

export interface GroupTotals {
  evaluator_id: string;
  /** The generating model, or null when the sample side is not generated. */
  model: string | null;
  metrics: MetricAccumulator;
}

export interface PairedTotals {
  evaluator_id: string;
  model_a: string;
  model_b: string;
  differences: PairedAccumulator;
}

export const emptyRunTotals = (): RunTotals => ({
  done: 0,
  failed: 0,
  tokens: { input: 0, output: 0 },
  spend_usd: 0,
  groups: [],
  paired: [],
});

const groupKey = (g: GroupTotals) => `${g.evaluator_id}\u0000${g.model ?? ''}`;
const pairKey = (p: PairedTotals) => `${p.evaluator_id}\u0000${p.model_a}\u0000${p.model_b}`;

function mergeBy<T>(a: T[], b: T[], key: (t: T) => string, merge: (x: T, y: T) => T): T[] {
  const merged = new Map(a.map((t) => [key(t), t]));
  for (const t of b) {
    const existing = merged.get(key(t));
    merged.set(key(t), existing ? merge(existing, t) : t);
  }
  return [...merged.values()];
}

/** Only reruns carry results over: other runs' totals keep their shape. */
const carriedOver = (n: number) => (n > 0 ? { carried_over: n } : {});

function mergeCache(a: RunTotals['cache'], b: RunTotals['cache']): Pick<RunTotals, 'cache'> {
  if (!a && !b) return {};
  return {
    cache: { hits: (a?.hits ?? 0) + (b?.hits ?? 0), saved_usd: (a?.saved_usd ?? 0) + (b?.saved_usd ?? 0) },
  };
}

export function mergeRunTotals(a: RunTotals, b: RunTotals): RunTotals {
  return {
    done: a.done + b.done,
    failed: a.failed + b.failed,
    ...carriedOver((a.carried_over ?? 0) + (b.carried_over ?? 0)),
    tokens: { input: a.tokens.input + b.tokens.input, output: a.tokens.output + b.tokens.output },
    spend_usd: a.spend_usd + b.spend_usd,
    ...mergeCache(a.cache, b.cache),
    groups: mergeBy(a.groups, b.groups, groupKey, (x, y) => ({
      ...x,
      metrics: mergeAccumulators(x.metrics, y.metrics),
    })),
    paired: mergeBy(a.paired, b.paired, pairKey, (x, y) => ({
      ...x,
      differences: mergePairedAccumulators(x.differences, y.differences),
    })),
  };
}

/** The group of (evaluator, model), creating an empty one so every evaluator shows up in metrics. */
export function groupOf(totals: RunTotals, evaluatorId: string, model: string | null): GroupTotals {
  let group = totals.groups.find((g) => g.evaluator_id === evaluatorId && g.model === model);
  if (!group) {
    group = { evaluator_id: evaluatorId, model, metrics: emptyAccumulator() };
    totals.groups.push(group);
  }
  return group;
}
