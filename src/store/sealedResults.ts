import type { Collection } from 'mongodb';
import type { IndexDoc } from './resultIndexDocs.js';
import { bodyOf, headerKey, segmentKey, unpackSegments } from './resultIndexDocs.js';
import type { RunResultDoc } from './runResultDocs.js';

/**
 * How long a worker keeps a sealed run's segments it read. Long enough for the batches of one
 * rerun, which all read the same parent; short, because a cached segment is a copy of results the
 * user may delete (it is in this process's memory only, and gone this long after).
 */
const KEEP_MS = 30_000;
/** Characters of segment JSON kept at most (about as many bytes of strings, twice that in V8). */
const KEEP_CHARS = 64 * 1024 * 1024;

interface Kept<T> {
  value: T;
  chars: number;
  at: number;
}

/**
 * A finished run's results by key, read from its sealed index segments: one look-up per
 * segment of up to 100 results instead of one per result (on FerretDB each look-up costs about a
 * millisecond of store CPU, so a rerun carrying 50,000 results over paid more for reading its
 * parent than the parent paid for its model calls). The segments a worker read are kept
 * briefly (see KEEP_MS): a rerun's batches read the same parent, each touching segments its
 * neighbours touched when item ids do not sort in batch order.
 */
export class SealedResults {
  private readonly kept = new Map<string, Kept<unknown>>();
  private keptChars = 0;

  constructor(
    private readonly index: Collection<IndexDoc>,
    private readonly now: () => number = Date.now,
  ) {}

  /**
   * The results of `runId` under `keys` that exist, or null when the run is not sealed (still
   * running, or sealed before its header existed): the caller then looks them up one by one.
   */
  async find(runId: string, keys: readonly string[]): Promise<Map<string, RunResultDoc> | null> {
    const segments = await this.read(headerKey(runId), (doc) => {
      const body = bodyOf(doc);
      return doc ? unpackSegments(body).map(({ first, last }) => ({ first, last })) : null;
    });
    if (!segments) return null;
    const wanted = new Map<number, string[]>();
    for (const key of keys) {
      const j = segmentOf(segments, key);
      if (j === -1) continue;
      const inSegment = wanted.get(j);
      if (inSegment) inSegment.push(key);
      else wanted.set(j, [key]);
    }
    const found = new Map<string, RunResultDoc>();
    await Promise.all(
      [...wanted].map(async ([j, inSegment]) => {
        const docs = await this.read(segmentKey(runId, j), (doc) => {
          const results = bodyOf(doc).docs ?? [];
          return new Map(results.map((result) => [result._id, result]));
        });
        for (const key of inSegment) {
          const doc = docs.get(key);
          if (doc) found.set(key, doc);
        }
      }),
    );
    return found;
  }

  /** A document of the index, parsed by `parse`, from what this worker kept or from the store. */
  private async read<T>(id: string, parse: (doc: IndexDoc | null) => T): Promise<T> {
    this.forgetOld();
    const kept = this.kept.get(id);
    if (kept) return kept.value as T;
    const doc = await this.index.findOne({ _id: id });
    const value = parse(doc);
    const chars = doc?.kind === 'plan' || !doc ? 0 : doc.json.length;
    if (chars <= KEEP_CHARS) {
      while (this.keptChars + chars > KEEP_CHARS) this.evictOldest();
      this.kept.set(id, { value, chars, at: this.now() });
      this.keptChars += chars;
    }
    return value;
  }

  private forgetOld(): void {
    const cutoff = this.now() - KEEP_MS;
    // Insertion order is age order: the oldest are first.
    for (const [id, kept] of this.kept) {
      if (kept.at >= cutoff) break;
      this.kept.delete(id);
      this.keptChars -= kept.chars;
    }
  }

  private evictOldest(): void {
    const [id, kept] = this.kept.entries().next().value as [string, Kept<unknown>];
    this.kept.delete(id);
    this.keptChars -= kept.chars;
  }
}

/** The segment whose key range holds `key` (segments are sorted and disjoint), or -1. */
function segmentOf(segments: readonly { first: string; last: string }[], key: string): number {
  let low = 0;
  let high = segments.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const segment = segments[mid]!;
    if (key < segment.first) high = mid - 1;
    else if (key > segment.last) low = mid + 1;
    else return mid;
  }
  return -1;
}
