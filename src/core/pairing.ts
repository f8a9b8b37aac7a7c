import { canonicalInput } from './canonical.js';
import type { PairingCounts, PairingMode, RunPair, SourceItem } from './runItems.js';

export interface PairingSources {
  /** Absent when the sample side is generated. */
  sample: AsyncIterable<SourceItem> | null;
  /** Absent when the ground truth is generated, or the same source as the sample ('self'). */
  groundTruth: AsyncIterable<SourceItem> | null;
}

/**
 * Streams the pairs of a run, counting as it goes (`counts` is complete once the
 * iteration ends). Only a join holds anything in memory: the ground-truth side,
 * indexed by canonical input, while the sample side streams past it.
 */
export async function* pairItems(
  mode: PairingMode,
  sources: PairingSources,
  counts: PairingCounts,
): AsyncGenerator<RunPair> {
  switch (mode) {
    case 'self':
      for await (const item of required(sources.sample, 'sample')) {
        counts.sample_items++;
        counts.ground_truth_items++;
        counts.pairs++;
        yield { item_id: item.id, sample: item, ground_truth: item };
      }
      return;
    case 'generate_sample':
      for await (const seed of required(sources.groundTruth, 'ground truth')) {
        counts.ground_truth_items++;
        counts.pairs++;
        yield { item_id: seed.id, sample: null, ground_truth: seed };
      }
      return;
    case 'generate_ground_truth':
      for await (const seed of required(sources.sample, 'sample')) {
        counts.sample_items++;
        counts.pairs++;
        yield { item_id: seed.id, sample: seed, ground_truth: null };
      }
      return;
    case 'join':
      yield* joinOnInput(
        required(sources.sample, 'sample'),
        required(sources.groundTruth, 'ground truth'),
        counts,
      );
  }
}

/**
 * Pairs items with equal canonical input, first come first paired: when several
 * ground-truth items share an input, the n-th sample with that input takes the
 * n-th of them, so duplicates pair one-to-one instead of fanning out.
 */
async function* joinOnInput(
  sample: AsyncIterable<SourceItem>,
  groundTruth: AsyncIterable<SourceItem>,
  counts: PairingCounts,
): AsyncGenerator<RunPair> {
  const waiting = new Map<string, SourceItem[]>();
  for await (const item of groundTruth) {
    counts.ground_truth_items++;
    const key = canonicalInput(item.input);
    const queue = waiting.get(key);
    if (queue) queue.push(item);
    else waiting.set(key, [item]);
  }
  for await (const item of sample) {
    counts.sample_items++;
    const queue = waiting.get(canonicalInput(item.input));
    const match = queue?.shift();
    if (!match) {
      counts.unpaired_sample++;
      continue;
    }
    counts.pairs++;
    yield { item_id: item.id, sample: item, ground_truth: match };
  }
  for (const queue of waiting.values()) counts.unpaired_ground_truth += queue.length;
}

function required<T>(source: T | null, side: string): T {
  if (!source) throw new Error(`pairing needs the ${side} source`);
  return source;
}
