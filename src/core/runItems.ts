import type { LlmInput, LlmOutput } from '../domain/common.js';

/** One item of a data source, dataset item or task log alike (they share a shape). */
export interface SourceItem {
  id: string;
  input: LlmInput;
  output: LlmOutput | null;
  metadata: Record<string, string>;
  model: string | null;
}

/**
 * What a run evaluates: a sample and its ground truth. A side that is generated
 * is `null` here and produced in the batch from the other side's input (once per
 * generating model), so generated text never sits in batch documents.
 */
export interface RunPair {
  item_id: string;
  sample: SourceItem | null;
  ground_truth: SourceItem | null;
}

/** How the two sides of a run become pairs. */
export type PairingMode =
  /** Both sides are the same source (e.g. both omitted): every item is its own ground truth. */
  | 'self'
  /** Two different non-generate sources, joined on canonical input. */
  | 'join'
  /** The sample side is generated from the ground truth's inputs. */
  | 'generate_sample'
  /** The ground truth is generated from the sample's inputs. */
  | 'generate_ground_truth';

export interface PairingCounts {
  sample_items: number;
  ground_truth_items: number;
  pairs: number;
  unpaired_sample: number;
  unpaired_ground_truth: number;
}

export const emptyPairingCounts = (): PairingCounts => ({
  sample_items: 0,
  ground_truth_items: 0,
  pairs: 0,
  unpaired_sample: 0,
  unpaired_ground_truth: 0,
});
