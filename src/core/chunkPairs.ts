import type { RunPair } from './runItems.js';

export interface ChunkLimits {
  /** Items per batch, given how many the earlier batches hold (see core/batchSizing.ts). */
  maxItems: number | ((itemsBefore: number) => number);
  /** Of a batch's serialised pairs: keeps a batch document well inside MongoDB's 16 MB. */
  maxBytes: number;
}

/** Groups pairs into batches of at most `maxItems` and about `maxBytes` (never fewer than one pair). */
export async function* chunkPairs(
  pairs: AsyncIterable<RunPair>,
  limits: ChunkLimits,
): AsyncGenerator<RunPair[]> {
  const limit = limits.maxItems;
  const maxItemsAfter = typeof limit === 'number' ? () => limit : limit;
  let chunk: RunPair[] = [];
  let bytes = 0;
  let itemsBefore = 0;
  let maxItems = maxItemsAfter(0);
  for await (const pair of pairs) {
    const size = Buffer.byteLength(JSON.stringify(pair));
    if (chunk.length > 0 && (chunk.length >= maxItems || bytes + size > limits.maxBytes)) {
      yield chunk;
      itemsBefore += chunk.length;
      maxItems = maxItemsAfter(itemsBefore);
      chunk = [];
      bytes = 0;
    }
    chunk.push(pair);
    bytes += size;
  }
  if (chunk.length > 0) yield chunk;
}
