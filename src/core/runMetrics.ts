import type { MetricSummary } from '../domain/runs.js';
import { sampleOutputModels } from '../domain/sampleModels.js';
import { emptyAccumulator, finalizeMetrics } from '../metrics/accumulator.js';
import {
  emptyPairedAccumulator,
  finalizePairedDifference,
  type PairedDifference,
} from '../metrics/paired.js';
import type { RunTotals } from './runTotals.js';

export interface RunMetricsShape {
  evaluatorIds: readonly string[];
  /** Each evaluator's scale; an evaluator missing here has an undeclared one. */
  scoreRanges?: Readonly<Record<string, { low: number; high: number } | null>>;
  sampleModels: readonly string[];
  /** Items of either side left without a partner; reported on every evaluator's metrics. */
  unpaired: number;
}

/**
 * The run's metrics from its totals: one summary per evaluator and sample model
 * (every one, even before it has a result), and the paired difference of every
 * two sample models per evaluator.
 */
export function runMetrics(
  totals: RunTotals,
  shape: RunMetricsShape,
): { by_evaluator: MetricSummary[]; paired_differences: PairedDifference[] } {
  const by_evaluator = shape.evaluatorIds.flatMap((evaluatorId) =>
    sampleOutputModels(shape.sampleModels).map((model) => {
      const group = totals.groups.find((g) => g.evaluator_id === evaluatorId && g.model === model);
      return finalizeMetrics(group?.metrics ?? emptyAccumulator(), {
        evaluatorId,
        model,
        unpaired: shape.unpaired,
        range: shape.scoreRanges?.[evaluatorId] ?? null,
      });
    }),
  );
  const paired_differences = shape.evaluatorIds.flatMap((evaluatorId) =>
    shape.sampleModels.flatMap((modelA, i) =>
      shape.sampleModels.slice(i + 1).map((modelB) => {
        const pair = totals.paired.find(
          (p) => p.evaluator_id === evaluatorId && p.model_a === modelA && p.model_b === modelB,
        );
        return finalizePairedDifference(pair?.differences ?? emptyPairedAccumulator(), {
          evaluatorId,
          modelA,
          modelB,
          range: shape.scoreRanges?.[evaluatorId] ?? null,
        });
      }),
    ),
  );
  return { by_evaluator, paired_differences };
}
