import type { z } from 'zod';
import type { pairedDifferenceSchema } from '../domain/runs.js';
import { pairedDifferenceInterval } from './intervals.js';
import { addToMoments, emptyMoments, mergeMoments, type Moments } from './moments.js';

export type PairedDifference = z.infer<typeof pairedDifferenceSchema>;

/**
 * Per-item differences score_b − score_a for one evaluator and one pair of models,
 * over items both models scored. Pairing removes the item-to-item variance a
 * comparison of two independent means would carry. A batch has both models'
 * scores for its items, so it adds their differences and the run merges batches.
 */
export type PairedAccumulator = Moments;

export function emptyPairedAccumulator(): PairedAccumulator {
  return emptyMoments();
}

export function addPairedScores(
  acc: PairedAccumulator,
  scores: { scoreA: number; scoreB: number },
): PairedAccumulator {
  const difference = scores.scoreB - scores.scoreA;
  if (!Number.isFinite(difference)) throw new RangeError('paired scores must be finite');
  return addToMoments(acc, difference);
}

export function mergePairedAccumulators(a: PairedAccumulator, b: PairedAccumulator): PairedAccumulator {
  return mergeMoments(a, b);
}

export function finalizePairedDifference(
  acc: PairedAccumulator,
  context: {
    evaluatorId: string;
    modelA: string;
    modelB: string;
    range?: { low: number; high: number } | null;
  },
): PairedDifference {
  // A difference of two scores on [low, high] lies within ±(high − low).
  const width = context.range ? context.range.high - context.range.low : null;
  return {
    evaluator_id: context.evaluatorId,
    model_a: context.modelA,
    model_b: context.modelB,
    mean_difference: acc.n > 0 ? acc.mean : null,
    ci95: pairedDifferenceInterval(acc, width),
    n: acc.n,
  };
}
