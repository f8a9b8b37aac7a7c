import type { RunPair } from './runItems.js';

export interface ChunkLimits {
  maxItems: number;
  /** Of a batch's serialised pairs: keeps a batch document well inside MongoDB's 16 MB. */
  maxBytes: number;
}

/** Groups pairs into batches of at most `maxItems` and about `maxBytes` (never fewer than one pair). */
export async function* chunkPairs(
  pairs: AsyncIterable<RunPair>,
  limits: ChunkLimits,
): AsyncGenerator<RunPair[]> {
  let chunk: RunPair[] = [];
  let bytes = 0;
  for await (const pair of pairs) {
    const size = Buffer.byteLength(JSON.stringify(pair));
    if (chunk.length > 0 && (chunk.length >= limits.maxItems || bytes + size > limits.maxBytes)) {
      yield chunk;
      chunk = [];
      bytes = 0;
    }
    chunk.push(pair);
    bytes += size;
  }
  if (chunk.length > 0) yield chunk;
}
