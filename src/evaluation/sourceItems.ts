import type { LlmInput, LlmOutput } from '../domain/common.js';
import type { ResolvedSource } from '../domain/runs.js';
import { stableJson } from '../domain/stableJson.js';
import type { PairingMode, SourceItem } from '../core/runItems.js';

/** What reading a run's sources needs from the project's stores (task logs and dataset items). */
export interface SourceStores {
  containers: { require(idOrLabel: string): Promise<unknown> };
  logs: {
    iterate(
      containerId: string,
      filter: {
        since?: number;
        until?: number;
        model?: string;
        metadata?: Record<string, string>;
        limit?: number;
      },
    ): AsyncIterable<StoredItem>;
  };
  datasets: {
    require(idOrName: string): Promise<unknown>;
    iterateItems(datasetId: string, options: { limit?: number }): AsyncIterable<StoredItem>;
  };
}

interface StoredItem {
  id: string;
  input: LlmInput;
  output?: LlmOutput | null;
  metadata?: Record<string, string> | null;
  model?: string | null;
}

/**
 * The items of one resolved, non-generate source. Task logs are read up to the
 * run's creation time, so preparing the run again (a retried activity) reads the
 * same logs even while new ones are being ingested.
 */
export async function* sourceItems(
  stores: SourceStores,
  resolved: ResolvedSource,
  createdAt: number,
): AsyncGenerator<SourceItem> {
  const { source } = resolved;
  let items: AsyncIterable<StoredItem>;
  if (source.type === 'dataset') {
    items = stores.datasets.iterateItems(resolved.dataset_id!, { limit: source.limit });
  } else if (source.type === 'container') {
    items = stores.logs.iterate(resolved.container_id!, {
      since: source.since,
      // `until` is exclusive: logs of the creation second itself are in.
      until: Math.min(source.until ?? Infinity, createdAt + 1),
      model: source.filter?.model,
      metadata: source.filter?.metadata,
      limit: source.limit,
    });
  } else {
    throw new Error('a generate source has no items of its own');
  }
  for await (const item of items) {
    yield {
      id: item.id,
      input: item.input,
      output: item.output ?? null,
      metadata: item.metadata ?? {},
      model: item.model ?? null,
    };
  }
}

/** How the run's two resolved sides become pairs (the API has already refused two generate sides). */
export function pairingModeOf(sample: ResolvedSource, groundTruth: ResolvedSource): PairingMode {
  if (sample.type === 'generate') return 'generate_sample';
  if (groundTruth.type === 'generate') return 'generate_ground_truth';
  return stableJson(sample.source) === stableJson(groundTruth.source) ? 'self' : 'join';
}
