import type { Collection, Db } from 'mongodb';
import type { RunResult } from '../domain/runs.js';
import { insertNew } from './mongo.js';
import type { ResultFilter, RunResultDoc } from './runResults.js';

export const RESULT_INDEX_COLLECTION = 'run_result_index';

/**
 * One result as the results list filters and orders it: `[id, evaluator_id, model,
 * status, passed]`. Arrays, not objects, because a run's index is read whole pieces
 * at a time and its size is what a page costs.
 */
export type IndexEntry = [string, string, string | null, RunResult['status'], boolean | null];

/** How many entries of a piece fall in each filterable combination: totals and skipping without reading entries. */
interface IndexGroup {
  evaluator_id: string;
  model: string | null;
  status: RunResult['status'];
  passed: boolean | null;
  n: number;
}

/**
 * The index of a run's results, in `_id` documents only (the one look-up FerretDB
 * answers from an index; on MongoDB as cheap): while the run runs, one document per
 * finished batch (`<run>/b<k>`) and a plan (`<run>/m`, the batch count); once it is
 * final, sorted segments of `SEGMENT_SIZE` entries (`<run>/s<j>`) under a header
 * (`<run>/h`) listing each segment's first and last id and group counts. A page of
 * 100 then costs a header, a segment or two and 100 result look-ups, however many
 * results the run or the whole store holds — where a query by `run_id` sorted by
 * `_id` scanned every stored result on FerretDB (9 s at 50,000).
 */
interface IndexDoc {
  _id: string;
  project_id: string;
  run_id: string;
  kind: 'plan' | 'batch' | 'segment' | 'header';
  /** plan */
  batches?: number;
  /** batch, segment */
  entries?: StoredEntries;
  groups?: IndexGroup[];
  /** header */
  segments?: SegmentInfo[];
  created_at: number;
}

interface SegmentInfo {
  first: string;
  last: string;
  groups: IndexGroup[];
}

export const SEGMENT_SIZE = 1000;

/** Entries as parallel arrays of scalars: FerretDB stores no nested arrays. */
interface StoredEntries {
  ids: string[];
  evaluators: string[];
  models: (string | null)[];
  statuses: RunResult['status'][];
  passed: (boolean | null)[];
}

const toStored = (entries: readonly IndexEntry[]): StoredEntries => ({
  ids: entries.map((e) => e[0]),
  evaluators: entries.map((e) => e[1]),
  models: entries.map((e) => e[2]),
  statuses: entries.map((e) => e[3]),
  passed: entries.map((e) => e[4]),
});

const fromStored = (stored: StoredEntries | undefined): IndexEntry[] =>
  (stored?.ids ?? []).map((id, i) => [
    id,
    stored!.evaluators[i]!,
    stored!.models[i] ?? null,
    stored!.statuses[i]!,
    stored!.passed[i] ?? null,
  ]);

const planKey = (runId: string) => `${runId}/m`;
const batchKey = (runId: string, index: number) => `${runId}/b${index}`;
const segmentKey = (runId: string, index: number) => `${runId}/s${index}`;
const headerKey = (runId: string) => `${runId}/h`;

/** Plain code-unit order, the order of `_id` strings for the ASCII ids Assay makes. */
const byId = (a: IndexEntry, b: IndexEntry) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);

export const indexEntry = (doc: RunResultDoc): IndexEntry => [
  doc._id,
  doc.evaluator_id,
  doc.model,
  doc.status,
  doc.passed,
];

function groupsOf(entries: readonly IndexEntry[]): IndexGroup[] {
  const groups = new Map<string, IndexGroup>();
  for (const [, evaluator_id, model, status, passed] of entries) {
    const key = JSON.stringify([evaluator_id, model, status, passed]);
    const group = groups.get(key) ?? { evaluator_id, model, status, passed, n: 0 };
    group.n++;
    groups.set(key, group);
  }
  return [...groups.values()];
}

/** Whether one result (or a group of them) passes the list's filters. */
function matcher(filter: ResultFilter) {
  return (evaluatorId: string, model: string | null, status: string, passed: boolean | null) =>
    (filter.evaluator_id === undefined || evaluatorId === filter.evaluator_id) &&
    (filter.model === undefined || model === filter.model) &&
    (filter.passed === undefined || passed === filter.passed) &&
    (filter.status === undefined || status === filter.status) &&
    (filter.error === undefined || (status === 'error') === filter.error);
}

/** A run's index as a sequence of sorted pieces, each loaded when needed. */
interface Piece {
  first: string;
  last: string;
  groups: IndexGroup[];
  load(): Promise<IndexEntry[]>;
}

export interface IndexPage {
  ids: string[];
  total: number;
  hasMore: boolean;
}

/** `_id` look-ups in flight at once. */
const CONCURRENCY = 16;

async function inParallel<T, R>(items: readonly T[], fn: (item: T) => Promise<R>): Promise<R[]> {
  const out: R[] = [];
  for (let i = 0; i < items.length; i += CONCURRENCY) {
    out.push(...(await Promise.all(items.slice(i, i + CONCURRENCY).map(fn))));
  }
  return out;
}

export class ResultIndex {
  readonly collection: Collection<IndexDoc>;

  constructor(
    db: Db,
    /** Entries per sealed segment (smaller in tests, to cross segment bounds cheaply). */
    private readonly segmentSize = SEGMENT_SIZE,
  ) {
    this.collection = db.collection<IndexDoc>(RESULT_INDEX_COLLECTION);
  }

  /** Written when the run is prepared: how many batch documents the index will have. */
  async writePlan(projectId: string, runId: string, batches: number): Promise<void> {
    await this.put({ _id: planKey(runId), project_id: projectId, run_id: runId, kind: 'plan', batches });
  }

  /** A finished batch's results (all of them, earlier attempts' included): written again by a retry. */
  async writeBatch(
    projectId: string,
    runId: string,
    batchIndex: number,
    results: Iterable<RunResultDoc>,
  ): Promise<void> {
    const entries = [...results].map(indexEntry).sort(byId);
    await this.put({
      _id: batchKey(runId, batchIndex),
      project_id: projectId,
      run_id: runId,
      kind: 'batch',
      entries: toStored(entries),
      groups: groupsOf(entries),
    });
  }

  /** Insert first (no scan on any FerretDB), replace only when it is there already. */
  private async put(doc: Omit<IndexDoc, 'created_at'>): Promise<void> {
    const stored: IndexDoc = { ...doc, created_at: Math.floor(Date.now() / 1000) };
    if ((await insertNew(this.collection, [stored]))[0]) return;
    await this.collection.replaceOne({ _id: stored._id }, stored);
  }

  /**
   * Once the run is final: its batch documents merged into sorted segments, the
   * header written last (until then readers use the batch documents), then the
   * batch documents dropped. Idempotent: run again, it finishes what is missing.
   */
  async seal(projectId: string, runId: string): Promise<void> {
    const [plan, header] = await Promise.all([
      this.collection.findOne({ _id: planKey(runId) }),
      this.collection.findOne({ _id: headerKey(runId) }),
    ]);
    if (!plan) return;
    const batchIds = Array.from({ length: plan.batches ?? 0 }, (_, k) => batchKey(runId, k));
    if (!header) {
      const batches = await inParallel(batchIds, (id) => this.collection.findOne({ _id: id }));
      const entries = mergeEntries(batches.map((batch) => fromStored(batch?.entries)));
      const segments: SegmentInfo[] = [];
      for (let j = 0; j * this.segmentSize < entries.length; j++) {
        const slice = entries.slice(j * this.segmentSize, (j + 1) * this.segmentSize);
        const groups = groupsOf(slice);
        await this.put({
          _id: segmentKey(runId, j),
          project_id: projectId,
          run_id: runId,
          kind: 'segment',
          entries: toStored(slice),
          groups,
        });
        segments.push({ first: slice[0]![0], last: slice.at(-1)![0], groups });
      }
      await this.put({
        _id: headerKey(runId),
        project_id: projectId,
        run_id: runId,
        kind: 'header',
        segments,
      });
    }
    await inParallel(batchIds, (id) => this.collection.deleteOne({ _id: id }));
  }

  /** The run's index as pieces in `_id` order, or null for a run stored before there was an index. */
  private async pieces(runId: string): Promise<Piece[] | null> {
    const [plan, header] = await Promise.all([
      this.collection.findOne({ _id: planKey(runId) }),
      this.collection.findOne({ _id: headerKey(runId) }),
    ]);
    if (header) {
      return (header.segments ?? []).map((segment, j) => ({
        ...segment,
        load: async () => fromStored((await this.collection.findOne({ _id: segmentKey(runId, j) }))?.entries),
      }));
    }
    if (!plan) return null;
    // Still running (or sealing failed): the finished batches, merged here. Batches
    // cover interleaving id ranges, so the page needs them all.
    const batches = await inParallel(
      Array.from({ length: plan.batches ?? 0 }, (_, k) => batchKey(runId, k)),
      (id) => this.collection.findOne({ _id: id }),
    );
    // A missing batch is one not finished yet, or one the seal dropped since the header was
    // read: the seal writes the header before it drops batches, so the header then holds them all.
    if (batches.some((batch) => !batch) && (await this.collection.findOne({ _id: headerKey(runId) }))) {
      return this.pieces(runId);
    }
    const entries = mergeEntries(batches.map((batch) => fromStored(batch?.entries)));
    if (entries.length === 0) return [];
    return [
      {
        first: entries[0]![0],
        last: entries.at(-1)![0],
        groups: groupsOf(entries),
        load: async () => entries,
      },
    ];
  }

  /**
   * The ids of one page of a run's results in `_id` order (`after`/`before` are
   * result ids), the count of all matches, and whether more follow; null when the
   * run has no index (stored before it existed: the caller queries the results).
   */
  async page(
    runId: string,
    filter: ResultFilter,
    query: { limit: number; after?: string; before?: string },
  ): Promise<IndexPage | null> {
    const pieces = await this.pieces(runId);
    if (!pieces) return null;
    const matches = matcher(filter);
    const count = (piece: Piece) =>
      piece.groups.reduce(
        (sum, g) => sum + (matches(g.evaluator_id, g.model, g.status, g.passed) ? g.n : 0),
        0,
      );
    const total = pieces.reduce((sum, piece) => sum + count(piece), 0);
    const wanted = query.limit + 1;
    const ids: string[] = [];
    const backwards = query.before !== undefined;
    const order = backwards ? [...pieces].reverse() : pieces;
    for (const piece of order) {
      if (ids.length >= wanted) break;
      if (query.after !== undefined && piece.last <= query.after) continue;
      if (query.before !== undefined && piece.first >= query.before) continue;
      if (count(piece) === 0) continue;
      const entries = await piece.load();
      const walk = backwards ? [...entries].reverse() : entries;
      for (const [id, evaluatorId, model, status, passed] of walk) {
        if (query.after !== undefined && id <= query.after) continue;
        if (query.before !== undefined && id >= query.before) continue;
        if (!matches(evaluatorId, model, status, passed)) continue;
        ids.push(id);
        if (ids.length >= wanted) break;
      }
    }
    const hasMore = ids.length > query.limit;
    const pageIds = ids.slice(0, query.limit);
    if (backwards) pageIds.reverse();
    return { ids: pageIds, total, hasMore };
  }

  /** Every matching result id in `_id` order, a piece at a time (for exports); null without an index. */
  async ids(runId: string, filter: ResultFilter): Promise<AsyncIterable<string> | null> {
    const pieces = await this.pieces(runId);
    if (!pieces) return null;
    const matches = matcher(filter);
    return (async function* () {
      for (const piece of pieces) {
        for (const [id, evaluatorId, model, status, passed] of await piece.load()) {
          if (matches(evaluatorId, model, status, passed)) yield id;
        }
      }
    })();
  }

  /**
   * After the run's results were deleted (retention): the index emptied, an empty
   * header left so the results list answers at once (and never falls back to a query).
   */
  async expire(runId: string): Promise<void> {
    const run = await this.collection.findOne({ _id: headerKey(runId) });
    await this.deleteIndex(runId);
    await this.put({
      _id: headerKey(runId),
      project_id: run?.project_id ?? '',
      run_id: runId,
      kind: 'header',
      segments: [],
    });
  }

  /** The index documents of a run, by `_id` (plan, batches, segments, header). */
  async deleteIndex(runId: string): Promise<void> {
    const [plan, header] = await Promise.all([
      this.collection.findOne({ _id: planKey(runId) }),
      this.collection.findOne({ _id: headerKey(runId) }),
    ]);
    const ids = [
      ...Array.from({ length: plan?.batches ?? 0 }, (_, k) => batchKey(runId, k)),
      ...Array.from({ length: header?.segments?.length ?? 0 }, (_, j) => segmentKey(runId, j)),
      headerKey(runId),
      planKey(runId),
    ];
    await inParallel(ids, (id) => this.collection.deleteOne({ _id: id }));
  }
}

/** Sorted, one entry per id (a batch document written twice by duplicated attempts holds the same ids). */
function mergeEntries(lists: readonly IndexEntry[][]): IndexEntry[] {
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
