import { BSON } from 'mongodb';
import type { RunResult } from '../domain/runs.js';
import type { ResultFilter, RunResultDoc } from './runResultDocs.js';

/**
 * The results index's documents: their kinds (plan, batch, segment, header), keys and encoding,
 * and what a page reads from them (entries, groups, filters). The index itself (writing, sealing,
 * paging, deleting) is in resultIndex.ts.
 */
/**
 * One result as the results list filters and orders it: `[id, evaluator_id, model,
 * status, passed]`. Arrays, not objects, because a run's index is read whole pieces
 * at a time and its size is what a page costs.
 */
export type IndexEntry = [string, string, string | null, RunResult['status'], boolean | null];

/** How many entries of a piece fall in each filterable combination: totals and skipping without reading entries. */
export interface IndexGroup {
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
interface IndexDocBase {
  _id: string;
  project_id: string;
  run_id: string;
  created_at: number;
}

/** `<run>/m`, written when the run is prepared: how many batch documents the index will have. */
export interface IndexPlanDoc extends IndexDocBase {
  kind: 'plan';
  batches: number;
  /** Batches in flight at once (ASSAY_RUN_WINDOW when prepared; absent on older plans). */
  window?: number;
}

/**
 * A finished batch's entries (`<run>/b<k>`), a sealed segment (`<run>/s<j>`) or the header
 * (`<run>/h`): the body (`IndexBody`) as one JSON string, written by `encodeBody` and read by
 * `bodyOf`. FerretDB keeps documents as JSON and converts every stored value to BSON on each read,
 * in Go, one by one: a 100-result segment read as nested documents took 27 ms there, as one string
 * (parsed here) 6 ms. On MongoDB a string costs no more than the documents it replaces.
 */
export interface IndexBodyDoc extends IndexDocBase {
  kind: 'batch' | 'segment' | 'header';
  json: string;
}

export type IndexDoc = IndexPlanDoc | IndexBodyDoc;

/** What a batch, segment or header document's `json` holds. */
export interface IndexBody {
  entries?: StoredEntries;
  /** segment: its results whole, in `_id` order */
  docs?: RunResultDoc[];
  /** header, packed: see `packSegments` */
  firsts?: string[];
  lasts?: string[];
  group_keys?: Omit<IndexGroup, 'n'>[];
  counts?: number[];
}

/** The one encoding of a body, and its decoding below. */
export const encodeBody = (body: IndexBody): string => JSON.stringify(body);

export function bodyOf(doc: IndexDoc | null): IndexBody {
  return doc === null || doc.kind === 'plan' ? {} : (JSON.parse(doc.json) as IndexBody);
}

/** The number of batch documents a plan announces (0 without a plan). */
export const plannedBatches = (doc: IndexDoc | null): number => (doc?.kind === 'plan' ? doc.batches : 0);

export interface SegmentInfo {
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
export function packSegments(segments: readonly SegmentInfo[]) {
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

export function unpackSegments(header: IndexBody): SegmentInfo[] {
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
export interface StoredEntries {
  ids: string[];
  evaluators: string[];
  models: (string | null)[];
  statuses: RunResult['status'][];
  passed: (boolean | null)[];
}

export const toStored = (entries: readonly IndexEntry[]): StoredEntries => ({
  ids: entries.map((e) => e[0]),
  evaluators: entries.map((e) => e[1]),
  models: entries.map((e) => e[2]),
  statuses: entries.map((e) => e[3]),
  passed: entries.map((e) => e[4]),
});

export const fromStored = (stored: StoredEntries | undefined): IndexEntry[] =>
  (stored?.ids ?? []).map((id, i) => [
    id,
    stored!.evaluators[i]!,
    stored!.models[i] ?? null,
    stored!.statuses[i]!,
    stored!.passed[i] ?? null,
  ]);

export const planKey = (runId: string) => `${runId}/m`;
export const indexBatchKey = (runId: string, index: number) => `${runId}/b${index}`;
export const segmentKey = (runId: string, index: number) => `${runId}/s${index}`;
export const headerKey = (runId: string) => `${runId}/h`;

/** Plain code-unit order, the order of `_id` strings for the ASCII ids Assay makes. */
export const byId = (a: IndexEntry, b: IndexEntry) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);

/** The index of the first entry whose id is above `id` (or, not `strictly`, at least `id`): sorted entries. */
export function firstAbove(entries: readonly IndexEntry[], id: string, strictly: boolean): number {
  let low = 0;
  let high = entries.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    const at = entries[mid]![0];
    if (at < id || (strictly && at === id)) low = mid + 1;
    else high = mid;
  }
  return low;
}

export const indexEntry = (doc: RunResultDoc): IndexEntry => [
  doc._id,
  doc.evaluator_id,
  doc.model,
  doc.status,
  doc.passed,
];

export function groupsOf(entries: readonly IndexEntry[]): IndexGroup[] {
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
export function matcher(filter: ResultFilter) {
  return (evaluatorId: string, model: string | null, status: string, passed: boolean | null) =>
    (filter.evaluator_id === undefined || evaluatorId === filter.evaluator_id) &&
    (filter.model === undefined || model === filter.model) &&
    (filter.passed === undefined || passed === filter.passed) &&
    (filter.status === undefined || status === filter.status) &&
    (filter.error === undefined || (status === 'error') === filter.error);
}

/** A piece's entries, and its results whole when the piece carries them. */
export interface Loaded {
  entries: IndexEntry[];
  docs: Map<string, RunResultDoc>;
}

/** A run's index as a sequence of sorted pieces, each loaded when needed. */
export interface Piece {
  first: string;
  last: string;
  groups: IndexGroup[];
  load(): Promise<Loaded>;
}

/**
 * The pieces of each sealed header this process keeps (resultIndexCache), by the header's
 * segments: a 1,000,000-result run has 10,000 segments, and making their pieces again for every
 * page was most of a page's CPU (about 20 ms of a 75 ms page). Gone with the header they belong to.
 */
const sealedPieces = new WeakMap<readonly SegmentInfo[], readonly Piece[]>();

/** A sealed run's pieces, segment `j` read by `load(j)`: made once per header, read-only to callers. */
export function segmentPieces(
  segments: readonly SegmentInfo[],
  load: (j: number) => Promise<Loaded>,
): readonly Piece[] {
  let pieces = sealedPieces.get(segments);
  if (!pieces) {
    pieces = segments.map((segment, j) => ({ ...segment, load: () => load(j) }));
    sealedPieces.set(segments, pieces);
  }
  return pieces;
}

export interface IndexPage {
  ids: string[];
  /** The page's results found in the index itself; the others are looked up by `_id`. */
  docs: Map<string, RunResultDoc>;
  total: number;
  hasMore: boolean;
}

/**
 * A batch document's body: its results whole, sorted, when they total at most `maxBytes` (BSON;
 * their entries are then read from them), else its entries only (results looked up by `_id`).
 */
export function batchBody(results: RunResultDoc[], maxBytes: number): IndexBody {
  const sorted = [...results].sort((a, b) => (a._id < b._id ? -1 : a._id > b._id ? 1 : 0));
  let bytes = 0;
  for (const doc of sorted) {
    bytes += BSON.calculateObjectSize(doc);
    if (bytes > maxBytes) return { entries: toStored(sorted.map(indexEntry)) };
  }
  return { docs: sorted };
}

/** Adds a batch's carried results to `kept` while it holds at most `maxBytes` (BSON). */
export function keepCarried(
  kept: { docs: Map<string, RunResultDoc>; bytes: number },
  docs: Map<string, RunResultDoc>,
  maxBytes: number,
): void {
  for (const [id, doc] of docs) {
    const size = BSON.calculateObjectSize(doc);
    if (kept.bytes + size > maxBytes) return;
    kept.bytes += size;
    kept.docs.set(id, doc);
  }
}

export const loaded = (doc: IndexDoc | null): Loaded => {
  const { entries, docs } = bodyOf(doc);
  return {
    entries: entries || !docs ? fromStored(entries) : docs.map(indexEntry),
    docs: new Map((docs ?? []).map((result) => [result._id, result])),
  };
};

/**
 * The first of a seal's `candidates` that one segment holds: cut at `maxBytes` (BSON) of their
 * results, one at least whatever its size; `docs` are those of them found.
 */
export function segmentCut(
  candidates: readonly IndexEntry[],
  found: ReadonlyMap<string, RunResultDoc>,
  maxBytes: number,
): { slice: IndexEntry[]; docs: RunResultDoc[] } {
  const docs: RunResultDoc[] = [];
  let bytes = 0;
  let taken = 0;
  for (const [id] of candidates) {
    const doc = found.get(id);
    const size = doc ? BSON.calculateObjectSize(doc) : 0;
    if (taken > 0 && bytes + size > maxBytes) break;
    bytes += size;
    taken++;
    if (doc) docs.push(doc);
  }
  return { slice: candidates.slice(0, taken), docs };
}
