import { BSON, type Collection, type Db } from 'mongodb';
import type { RunResult } from '../domain/runs.js';
import { findByIds, insertNew } from './mongo.js';
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
 * (`<run>/h`) listing each segment's first and last id and group counts. A sealed
 * segment also carries its results whole (results never change once written), so a
 * page of 100 costs a header and a segment or two — three round trips, however many
 * results the run or the whole store holds — where a query by `run_id` sorted by
 * `_id` scanned every stored result on FerretDB (9 s at 50,000), and the entries
 * alone still left 100 `_id` look-ups per page.
 */
interface IndexDoc {
  _id: string;
  project_id: string;
  run_id: string;
  kind: 'plan' | 'batch' | 'segment' | 'header';
  /** plan */
  batches?: number;
  /** batch, segment (these and the header's fields below are now written inside `json`) */
  entries?: StoredEntries;
  /** batch, segment, as first written: not read */
  groups?: IndexGroup[];
  /** segment: its results whole, in `_id` order (absent on segments sealed before they carried them) */
  docs?: RunResultDoc[];
  /** header as first written (kept readable); now written packed, below */
  segments?: SegmentInfo[];
  /** header, packed: see `packSegments` */
  firsts?: string[];
  lasts?: string[];
  group_keys?: Omit<IndexGroup, 'n'>[];
  counts?: number[];
  /**
   * What documents written now carry instead of the fields above (batch: `entries`;
   * segment: `docs`, and `entries` if a result is missing; header: the packed fields),
   * as one JSON string. FerretDB keeps documents as JSON and converts every stored value
   * to BSON on each read, in Go, one by one: a 100-result segment read as nested
   * documents took 27 ms there, as one string (parsed here) 6 ms. On MongoDB a string
   * costs no more than the documents it replaces.
   */
  json?: string;
  created_at: number;
}

/** The fields a document carries, whether written as `json` or, earlier, as fields. */
type IndexBody = Pick<
  IndexDoc,
  'entries' | 'docs' | 'segments' | 'firsts' | 'lasts' | 'group_keys' | 'counts'
>;

function bodyOf(doc: IndexDoc | null): IndexBody {
  if (!doc) return {};
  return doc.json === undefined ? doc : (JSON.parse(doc.json) as IndexBody);
}

interface SegmentInfo {
  first: string;
  last: string;
  groups: IndexGroup[];
}

/**
 * The header's segments as parallel arrays of scalars, the group keys listed once and
 * counts flat (segment j, group g at `j * groups + g`): every page reads the header
 * whole, and FerretDB's cost grows with its bytes (an object per segment per group
 * made it ~500 bytes a segment; this ~150).
 */
function packSegments(segments: readonly SegmentInfo[]) {
  const keys = new Map<string, Omit<IndexGroup, 'n'>>();
  for (const { groups } of segments) {
    for (const { n: _n, ...key } of groups) keys.set(JSON.stringify(key), key);
  }
  const index = new Map([...keys.keys()].map((key, g) => [key, g]));
  const counts = segments.flatMap(({ groups }) => {
    const row = new Array<number>(keys.size).fill(0);
    for (const { n, ...key } of groups) row[index.get(JSON.stringify(key))!] = n;
    return row;
  });
  return {
    firsts: segments.map((segment) => segment.first),
    lasts: segments.map((segment) => segment.last),
    group_keys: [...keys.values()],
    counts,
  };
}

function unpackSegments(header: IndexBody): SegmentInfo[] {
  if (header.segments) return header.segments;
  const keys = header.group_keys ?? [];
  return (header.firsts ?? []).map((first, j) => ({
    first,
    last: header.lasts![j]!,
    groups: keys
      .map((key, g) => ({ ...key, n: header.counts![j * keys.length + g]! }))
      .filter((group) => group.n > 0),
  }));
}

/**
 * A sealed segment holds at most this many results and, past its first result, at
 * most `SEGMENT_BYTES` of them (BSON). FerretDB's cost of a look-up grows with the
 * bytes it converts (on a busy 2-core machine ~0.4 ms per KB of stored JSON), so a
 * page should read little beyond its 100 results: segments of 100 make it one or two
 * (100–200 results), while the header (about 500 bytes per segment: 50 KB for a
 * 10,000-result run) stays below a segment. The byte cap keeps a segment of long texts far below the 16 MiB
 * document limit (FerretDB stores documents as JSON text, larger than their BSON)
 * and keeps what a page parses near what it returns.
 */
export const SEGMENT_SIZE = 100;
export const SEGMENT_BYTES = 2 * 1024 * 1024;

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

/** A piece's entries, and its results whole when the piece carries them. */
interface Loaded {
  entries: IndexEntry[];
  docs: Map<string, RunResultDoc>;
}

/** A run's index as a sequence of sorted pieces, each loaded when needed. */
interface Piece {
  first: string;
  last: string;
  groups: IndexGroup[];
  load(): Promise<Loaded>;
}

export interface IndexPage {
  ids: string[];
  /** The page's results found in the index itself; the others are looked up by `_id`. */
  docs: Map<string, RunResultDoc>;
  total: number;
  hasMore: boolean;
}

const loaded = (doc: IndexDoc | null): Loaded => {
  const { entries, docs } = bodyOf(doc);
  return {
    entries: entries || !docs ? fromStored(entries) : docs.map(indexEntry),
    docs: new Map((docs ?? []).map((result) => [result._id, result])),
  };
};

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

  /** Where the results themselves are, by `_id` (sealing copies them into segments). */
  private readonly results: Collection<RunResultDoc>;

  constructor(
    db: Db,
    /** Entries per sealed segment (smaller in tests, to cross segment bounds cheaply). */
    private readonly segmentSize = SEGMENT_SIZE,
    private readonly segmentBytes = SEGMENT_BYTES,
  ) {
    this.collection = db.collection<IndexDoc>(RESULT_INDEX_COLLECTION);
    // The name is run_results.ts's RUN_RESULTS_COLLECTION; not imported, as that module imports this one.
    this.results = db.collection<RunResultDoc>('run_results');
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
      json: JSON.stringify({ entries: toStored(entries) } satisfies IndexBody),
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
   * Copying the results costs a look-up each, so with a `deadline` (ms since the
   * epoch) it stops between segments once past it and answers false: the caller
   * leaves the rest to a store job (see cleanUpRun).
   */
  async seal(projectId: string, runId: string, options: { deadline?: number } = {}): Promise<boolean> {
    const [plan, header] = await Promise.all([
      this.collection.findOne({ _id: planKey(runId) }),
      this.collection.findOne({ _id: headerKey(runId) }),
    ]);
    if (!plan) return true;
    const batchIds = Array.from({ length: plan.batches ?? 0 }, (_, k) => batchKey(runId, k));
    if (!header) {
      const batches = await inParallel(batchIds, (id) => this.collection.findOne({ _id: id }));
      const entries = mergeEntries(batches.map((batch) => fromStored(bodyOf(batch).entries)));
      const segments: SegmentInfo[] = [];
      for (let start = 0, j = 0; start < entries.length; j++) {
        if (options.deadline !== undefined && Date.now() > options.deadline) return false;
        const candidates = entries.slice(start, start + this.segmentSize);
        const found = await findByIds(
          this.results,
          candidates.map(([id]) => id),
        );
        // Cut at the byte cap (a segment holds one result at least, whatever its size).
        const docs: RunResultDoc[] = [];
        let bytes = 0;
        let taken = 0;
        for (const [id] of candidates) {
          const doc = found.get(id);
          const size = doc ? BSON.calculateObjectSize(doc) : 0;
          if (taken > 0 && bytes + size > this.segmentBytes) break;
          bytes += size;
          taken++;
          if (doc) docs.push(doc);
        }
        const slice = candidates.slice(0, taken);
        const groups = groupsOf(slice);
        await this.put({
          _id: segmentKey(runId, j),
          project_id: projectId,
          run_id: runId,
          kind: 'segment',
          json: JSON.stringify({
            // The entries are the results' own fields: stored apart only when a result is missing.
            ...(docs.length === slice.length ? {} : { entries: toStored(slice) }),
            docs,
          } satisfies IndexBody),
        });
        segments.push({ first: slice[0]![0], last: slice.at(-1)![0], groups });
        start += taken;
      }
      await this.put({
        _id: headerKey(runId),
        project_id: projectId,
        run_id: runId,
        kind: 'header',
        json: JSON.stringify(packSegments(segments) satisfies IndexBody),
      });
    }
    await inParallel(batchIds, (id) => this.collection.deleteOne({ _id: id }));
    return true;
  }

  /**
   * The run's pieces, narrowed to one item's results when the filter names an item: they
   * are one short `_id` range (`run/item/…`; item ids hold no '/'), inside one or two
   * pieces, whose entries are read here so the counts are exact.
   */
  private async piecesFor(runId: string, filter: ResultFilter): Promise<Piece[] | null> {
    const pieces = await this.pieces(runId);
    if (!pieces || filter.item_id === undefined) return pieces;
    // '0' is the character after '/': the range holds exactly the keys under `run/item/`.
    const from = `${runId}/${filter.item_id}/`;
    const to = `${runId}/${filter.item_id}0`;
    const overlapping = pieces.filter((piece) => piece.last >= from && piece.first < to);
    return Promise.all(
      overlapping.map(async (piece): Promise<Piece> => {
        const { entries, docs } = await piece.load();
        const inRange = entries.filter(([id]) => id >= from && id < to);
        return {
          first: inRange[0]?.[0] ?? from,
          last: inRange.at(-1)?.[0] ?? from,
          groups: groupsOf(inRange),
          load: async () => ({ entries: inRange, docs }),
        };
      }),
    );
  }

  /** The run's index as pieces in `_id` order, or null for a run stored before there was an index. */
  private async pieces(runId: string): Promise<Piece[] | null> {
    const [plan, header] = await Promise.all([
      this.collection.findOne({ _id: planKey(runId) }),
      this.collection.findOne({ _id: headerKey(runId) }),
    ]);
    if (header) {
      return unpackSegments(bodyOf(header)).map((segment, j) => ({
        ...segment,
        load: async () => loaded(await this.collection.findOne({ _id: segmentKey(runId, j) })),
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
    const entries = mergeEntries(batches.map((batch) => fromStored(bodyOf(batch).entries)));
    if (entries.length === 0) return [];
    return [
      {
        first: entries[0]![0],
        last: entries.at(-1)![0],
        groups: groupsOf(entries),
        load: async () => ({ entries, docs: new Map() }),
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
    const pieces = await this.piecesFor(runId, filter);
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
    const docs = new Map<string, RunResultDoc>();
    const backwards = query.before !== undefined;
    const order = backwards ? [...pieces].reverse() : pieces;
    /** Whether a piece lies wholly inside the far bound of the walk (`before` forwards, `after` backwards). */
    const within = (piece: Piece) =>
      backwards
        ? query.after === undefined || piece.first > query.after
        : query.before === undefined || piece.last < query.before;
    let more = false;
    for (const piece of order) {
      if (ids.length >= wanted) break;
      if (query.after !== undefined && piece.last <= query.after) continue;
      if (query.before !== undefined && piece.first >= query.before) continue;
      if (count(piece) === 0) continue;
      // The page is full, and this piece has a match past it: more follow, known from the
      // counts without reading the piece (a page of 100 over segments of 100 reads one).
      if (ids.length === query.limit && within(piece)) {
        more = true;
        break;
      }
      const { entries, docs: pieceDocs } = await piece.load();
      const walk = backwards ? [...entries].reverse() : entries;
      for (const [id, evaluatorId, model, status, passed] of walk) {
        if (query.after !== undefined && id <= query.after) continue;
        if (query.before !== undefined && id >= query.before) continue;
        if (!matches(evaluatorId, model, status, passed)) continue;
        ids.push(id);
        const doc = pieceDocs.get(id);
        if (doc) docs.set(id, doc);
        if (ids.length >= wanted) break;
      }
    }
    const hasMore = more || ids.length > query.limit;
    const pageIds = ids.slice(0, query.limit);
    if (backwards) pageIds.reverse();
    return { ids: pageIds, docs, total, hasMore };
  }

  /**
   * Every matching result in `_id` order, a piece at a time (for exports): its id, and
   * the result itself when the piece carries it; null without an index.
   */
  async matches(
    runId: string,
    filter: ResultFilter,
  ): Promise<AsyncIterable<{ id: string; doc?: RunResultDoc }> | null> {
    const pieces = await this.piecesFor(runId, filter);
    if (!pieces) return null;
    const matches = matcher(filter);
    return (async function* () {
      for (const piece of pieces) {
        if (piece.groups.every((g) => !matches(g.evaluator_id, g.model, g.status, g.passed))) continue;
        const { entries, docs } = await piece.load();
        for (const [id, evaluatorId, model, status, passed] of entries) {
          if (matches(evaluatorId, model, status, passed)) yield { id, doc: docs.get(id) };
        }
      }
    })();
  }

  /** Every matching result id in `_id` order, a piece at a time; null without an index. */
  async ids(runId: string, filter: ResultFilter): Promise<AsyncIterable<string> | null> {
    const found = await this.matches(runId, filter);
    if (!found) return null;
    return (async function* () {
      for await (const { id } of found) yield id;
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
    // The header's segments are inside its `json` since the bucket change: read its body, not its fields.
    const listed = header ? unpackSegments(bodyOf(header)).length : 0;
    const ids = [
      ...Array.from({ length: plan?.batches ?? 0 }, (_, k) => batchKey(runId, k)),
      ...Array.from({ length: listed }, (_, j) => segmentKey(runId, j)),
      headerKey(runId),
      planKey(runId),
    ];
    await inParallel(ids, (id) => this.collection.deleteOne({ _id: id }));
    // A seal interrupted between writing a segment and the header leaves segments the header does not list.
    for (
      let j = listed;
      (await this.collection.deleteOne({ _id: segmentKey(runId, j) })).deletedCount > 0;
      j++
    );
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
