import { inParallel } from './mongo.js';
import { byId, type IndexEntry, type IndexGroup, type SegmentInfo } from './resultIndexDocs.js';

/**
 * What pages of a run read from its results index, kept in this process between pages, so that
 * a page costs the same whatever the run's size or phase:
 *
 * - a running (or not yet sealed) run's finished batches, merged in `_id` order with their
 *   group counts: a batch document never changes once written (a batch writes its entries once
 *   it has all its results; a retry writes the same ones), so a page looks up only batches it has
 *   not seen, not every finished batch (0.9 s a page at 50,000 results);
 * - a sealed run's header (its segments' bounds and counts), which never changes either, except
 *   when retention expires the run or the run is deleted: both go through this process's
 *   `forget` when they happen here, and a header older than `SEALED_FRESH_MS` is read again (in
 *   the background, the page served meanwhile from the one kept: a 1,000,000-result run's header
 *   is 1.5 MB, a second's read on FerretDB), so another process's expiry shows soon after that.
 *
 * Bounded by entries kept (a sealed segment counts as one): the least recently read run goes first.
 */
export const SEALED_FRESH_MS = 30_000;
/** A sealed run nobody paged for this long is dropped. */
const SEALED_KEEP_MS = 10 * 60_000;
/** A running run nobody paged for this long is dropped. */
const UNSEALED_KEEP_MS = 60_000;
/** Entries kept at most, all runs together (an entry is ~200 bytes in V8). */
export const KEEP_ENTRIES = 500_000;

export interface UnsealedRun {
  /** Batches the plan announces. */
  planned: number;
  /** Unseen batches past the highest seen worth a look-up (the plan's window and some). */
  lookAhead: number;
  /** Indexes of the batches merged in. */
  seen: Set<number>;
  highest: number;
  /** Merged, sorted, one per id. */
  entries: IndexEntry[];
  groups: Map<string, IndexGroup>;
  /**
   * Batches looked up and not found (not finished), with when (ms): the one part the run's
   * snapshots share and change, as it only says which look-ups a page may skip.
   */
  absent: Map<number, number>;
}

interface Kept {
  sealed?: SegmentInfo[];
  unsealed?: UnsealedRun;
  size: number;
  at: number;
}

export class ResultIndexCache {
  private readonly kept = new Map<string, Kept>();
  private size = 0;
  private readonly refreshes = new Set<string>();

  constructor(
    private readonly maxEntries = KEEP_ENTRIES,
    private readonly now: () => number = Date.now,
  ) {}

  /** A sealed run's header, and whether it is due to be read again (`refreshing` says who does). */
  sealed(key: string): { segments: SegmentInfo[]; stale: boolean } | undefined {
    const kept = this.touch(key, SEALED_KEEP_MS);
    if (!kept?.sealed) return undefined;
    return { segments: kept.sealed, stale: this.now() - kept.at > SEALED_FRESH_MS };
  }

  keepSealed(key: string, segments: SegmentInfo[]): void {
    this.put(key, { sealed: segments, size: segments.length, at: this.now() });
  }

  /** Reads a stale header again in the background, once at a time; a header gone is forgotten. */
  refresh(key: string, read: () => Promise<SegmentInfo[] | null>): void {
    if (this.refreshes.has(key)) return;
    this.refreshes.add(key);
    void read()
      .then(
        (segments) => (segments ? this.keepSealed(key, segments) : this.forget(key)),
        () => this.forget(key),
      )
      .finally(() => this.refreshes.delete(key));
  }

  /** A running run's merged batches, empty the first time (the caller adds batches with `merge`). */
  unsealed(key: string, planned: number, lookAhead = 0): UnsealedRun {
    const kept = this.touch(key, UNSEALED_KEEP_MS);
    if (kept?.unsealed && kept.unsealed.planned === planned) return kept.unsealed;
    return {
      planned,
      lookAhead,
      seen: new Set(),
      highest: -1,
      entries: [],
      groups: new Map(),
      absent: new Map(),
    };
  }

  /** The plan an earlier page of a running run read (a plan never changes once written). */
  knownPlan(key: string): { planned: number; lookAhead: number } | undefined {
    const run = this.touch(key, UNSEALED_KEEP_MS)?.unsealed;
    return run && { planned: run.planned, lookAhead: run.lookAhead };
  }

  /**
   * `run` with finished batches' entries added (each list sorted), kept while it fits. A new
   * object: a page still reading the previous one sees it unchanged.
   */
  merge(key: string, run: UnsealedRun, batches: { index: number; entries: IndexEntry[] }[]): UnsealedRun {
    let next = run;
    if (batches.length > 0) {
      const added = batches.flatMap((batch) => batch.entries).sort(byId);
      const { merged, fresh } = mergeSorted(run.entries, added);
      const groups = new Map([...run.groups].map(([k, group]) => [k, { ...group }]));
      for (const entry of fresh) addToGroups(groups, entry);
      const seen = new Set(run.seen);
      for (const { index } of batches) {
        seen.add(index);
        run.absent.delete(index);
      }
      next = {
        planned: run.planned,
        lookAhead: run.lookAhead,
        seen,
        highest: Math.max(run.highest, ...batches.map(({ index }) => index)),
        entries: merged,
        groups,
        absent: run.absent,
      };
    }
    this.put(key, { unsealed: next, size: next.entries.length, at: this.now() });
    return next;
  }

  /**
   * The run's finished batches, merged: those this process saw before (a batch document never
   * changes once written) and those `read` finds now (null: not finished). Batches start in index
   * order, a window at a time, so the unseen ones worth a look-up are those below the highest
   * seen (in flight, or sent back to run again) and `lookAhead` past it, and past each one found.
   *
   * `recheckMs`: a batch not found is looked up again only that long after (0: on every call), so
   * pages polled back to back cost a few look-ups, not one per batch in flight and ahead. Only
   * for a run still running: its pages may then trail its finished batches by that long.
   * `missing`: a batch looked up now was not found (one skipped is not: the page trails by design).
   */
  async finishedBatches(
    key: string,
    { planned, lookAhead, recheckMs = 0 }: { planned: number; lookAhead: number; recheckMs?: number },
    read: (batch: number) => Promise<IndexEntry[] | null>,
  ): Promise<{ run: UnsealedRun; missing: boolean }> {
    const run = this.unsealed(key, planned, lookAhead);
    const found: { index: number; entries: IndexEntry[] }[] = [];
    const asked = new Set<number>();
    const now = this.now();
    let highest = run.highest;
    let missing = false;
    for (;;) {
      const limit = Math.min(planned, highest + 1 + lookAhead);
      const wanted: number[] = [];
      for (let k = 0; k < limit; k++) {
        if (run.seen.has(k) || asked.has(k)) continue;
        asked.add(k);
        if (now - (run.absent.get(k) ?? -Infinity) >= recheckMs) wanted.push(k);
      }
      if (wanted.length === 0) break;
      const lists = await inParallel(wanted, read);
      lists.forEach((entries, i) => {
        if (!entries) {
          run.absent.set(wanted[i]!, now);
          missing = true;
          return;
        }
        found.push({ index: wanted[i]!, entries });
        highest = Math.max(highest, wanted[i]!);
      });
    }
    return { run: this.merge(key, run, found), missing };
  }

  /** The run's entry (sealed header or merged batches) is gone: its index was deleted or expired. */
  forget(key: string): void {
    const kept = this.kept.get(key);
    if (!kept) return;
    this.kept.delete(key);
    this.size -= kept.size;
  }

  private touch(key: string, keepMs: number): Kept | undefined {
    const kept = this.kept.get(key);
    if (!kept) return undefined;
    if (this.now() - kept.at > keepMs) {
      this.forget(key);
      return undefined;
    }
    // Re-inserted: Map order is then least recently read first.
    this.kept.delete(key);
    this.kept.set(key, kept);
    return kept;
  }

  private put(key: string, kept: Kept): void {
    this.forget(key);
    if (kept.size > this.maxEntries) return;
    while (this.size + kept.size > this.maxEntries) {
      const oldest = this.kept.keys().next().value as string;
      this.forget(oldest);
    }
    this.kept.set(key, kept);
    this.size += kept.size;
  }
}

/** The one cache of this process (pages of a run may be served by any ResultIndex instance). */
export const resultIndexCache = new ResultIndexCache();

/** Two sorted lists as one, one entry per id (the first list's wins), and the second's entries that were new. */
export function mergeSorted(
  old: readonly IndexEntry[],
  added: readonly IndexEntry[],
): { merged: IndexEntry[]; fresh: IndexEntry[] } {
  const merged: IndexEntry[] = [];
  const fresh: IndexEntry[] = [];
  let i = 0;
  let j = 0;
  let last: string | undefined;
  while (i < old.length || j < added.length) {
    const takeOld = j >= added.length || (i < old.length && old[i]![0] <= added[j]![0]);
    const entry = takeOld ? old[i++]! : added[j++]!;
    if (entry[0] === last) continue;
    last = entry[0];
    merged.push(entry);
    if (!takeOld) fresh.push(entry);
  }
  return { merged, fresh };
}

function addToGroups(groups: Map<string, IndexGroup>, [, evaluator_id, model, status, passed]: IndexEntry) {
  const key = `${evaluator_id}\u0000${model}\u0000${status}\u0000${passed}`;
  const group = groups.get(key);
  if (group) group.n++;
  else groups.set(key, { evaluator_id, model, status, passed, n: 1 });
}

/** Sorted, one entry per id (a batch document written twice by duplicated attempts holds the same ids). */
export function mergeEntries(lists: readonly IndexEntry[][]): IndexEntry[] {
  const seen = new Set<string>();
  const merged: IndexEntry[] = [];
  for (const list of lists) {
    for (const entry of list) {
      if (seen.has(entry[0])) continue;
      seen.add(entry[0]);
      merged.push(entry);
    }
  }
  return merged.sort(byId);
}
