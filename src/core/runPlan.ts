import type { BatchSizing } from './batchSizing.js';
import type { PairingCounts, PairingMode } from './runItems.js';

/** What the workflow knows about a prepared run: counts only, never items. */
export interface RunPlan {
  batchCount: number;
  /** Results the run will produce: pairs × each evaluator's result slots (see core/comparisonSlots.ts). */
  total: number;
  mode: PairingMode;
  counts: PairingCounts;
  evaluatorIds: string[];
  /** The pairwise and listwise ones: their results are comparisons, reported apart from the scores. */
  comparativeEvaluatorIds?: string[];
  /** Each evaluator's scale (null: undeclared), for intervals; absent in plans made before scales. */
  scoreRanges?: Record<string, { low: number; high: number } | null>;
  /** The sample side's generating models (empty when the sample is not generated). */
  sampleModels: string[];
  /** Set when the run has large batches (see core/batchSizing.ts); absent: every batch counts alike. */
  sizing?: BatchSizing;
  /** Pre-flight estimate from the actual items (tokens × prices). */
  estimatedUsd: number;
  /** The worker's execution settings, fixed for the run here so every execution agrees. */
  tuning: {
    window: number;
    batchesPerExecution: number;
    /** Of batch activities; absent in plans made before it was configurable (30 s then). */
    heartbeatTimeoutMs?: number;
    /** How long provider failures may stall the run before it pauses; absent in older plans. */
    stallLimitMs?: number;
  };
}
