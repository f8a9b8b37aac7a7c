import type { LlmInput, LlmOutput } from '../domain/common.js';
import type { ContainerSource, ResolvedSource } from '../domain/runs.js';
import { isSampled, matchesFilters } from './monitorSampling.js';
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
  /** Filters the store cannot apply (text lengths, sampling): the limit then counts what passes them. */
  let keep: ((item: StoredItem) => boolean) | null = null;
  let limit: number | undefined;
  if (source.type === 'dataset') {
    items = stores.datasets.iterateItems(resolved.dataset_id!, { limit: source.limit });
  } else if (source.type === 'container') {
    keep = containerItemFilter(source);
    limit = keep ? source.limit : undefined;
    items = stores.logs.iterate(resolved.container_id!, {
      since: source.since,
      // `until` is exclusive: logs of the creation second itself are in.
      until: Math.min(source.until ?? Infinity, createdAt + 1),
      model: source.filter?.model,
      metadata: source.filter?.metadata,
      limit: keep ? undefined : source.limit,
    });
  } else {
    throw new Error('a generate source has no items of its own');
  }
  let kept = 0;
  for await (const item of items) {
    if (keep && !keep(item)) continue;
    if (limit !== undefined && kept++ >= limit) return;
    yield {
      id: item.id,
      input: item.input,
      output: item.output ?? null,
      metadata: item.metadata ?? {},
      model: item.model ?? null,
    };
  }
}

function containerItemFilter(source: ContainerSource): ((item: StoredItem) => boolean) | null {
  const { filter, sampling } = source;
  if (!filter?.input_length && !filter?.output_length && !sampling) return null;
  return (item) =>
    matchesFilters(
      { ...item, output: item.output ?? null, model: item.model ?? null, metadata: item.metadata ?? {} },
      filter ?? {},
    ) &&
    (!sampling || isSampled(sampling.seed, item.id, sampling.rate));
}

/** How the run's two resolved sides become pairs (the API has already refused two generate sides). */
export function pairingModeOf(sample: ResolvedSource, groundTruth: ResolvedSource): PairingMode {
  if (sample.type === 'generate') return 'generate_sample';
  if (groundTruth.type === 'generate') return 'generate_ground_truth';
  return stableJson(sample.source) === stableJson(groundTruth.source) ? 'self' : 'join';
}
