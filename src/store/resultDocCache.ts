import type { RunResultDoc } from './runResultDocs.js';

/**
 * Result documents a page of a not yet sealed run looked up, kept in this process: while a run
 * runs, the same pages are read again and again (the console refreshes the first page), and each
 * of their 100 results is otherwise an `_id` look-up queued behind the run's own writes. A result
 * never changes once written, and this is only asked for ids the run's index lists now, so a
 * deleted or expired run's results are never served from here.
 */
export class ResultDocCache {
  private readonly kept = new Map<string, { doc: RunResultDoc; chars: number }>();
  private chars = 0;

  constructor(private readonly maxChars = KEEP_CHARS) {}

  get(id: string): RunResultDoc | undefined {
    const kept = this.kept.get(id);
    if (!kept) return undefined;
    // Re-inserted: Map order is then least recently read first.
    this.kept.delete(id);
    this.kept.set(id, kept);
    return kept.doc;
  }

  /** Drops a run's documents (its results are being deleted: no copy stays, even in memory here). */
  forgetRun(runId: string): void {
    const prefix = `${runId}/`;
    for (const [id, kept] of this.kept) {
      if (!id.startsWith(prefix)) continue;
      this.kept.delete(id);
      this.chars -= kept.chars;
    }
  }

  keep(doc: RunResultDoc): void {
    const chars = sizeOf(doc);
    if (chars > this.maxChars / 8 || this.kept.has(doc._id)) return;
    while (this.chars + chars > this.maxChars) {
      const [oldest, kept] = this.kept.entries().next().value as [string, { chars: number }];
      this.kept.delete(oldest);
      this.chars -= kept.chars;
    }
    this.kept.set(doc._id, { doc, chars });
    this.chars += chars;
  }
}

/** Characters of result documents kept at most (about as many bytes of strings, twice that in V8). */
const KEEP_CHARS = 16 * 1024 * 1024;

/** A document's rough size: its strings' lengths (texts dominate a result), nested values as JSON. */
function sizeOf(doc: RunResultDoc): number {
  let chars = 200;
  for (const value of Object.values(doc)) {
    if (typeof value === 'string') chars += value.length;
    else if (value !== null && typeof value === 'object') chars += JSON.stringify(value).length;
  }
  return chars;
}

/** The one cache of this process. */
export const resultDocCache = new ResultDocCache();
