import type { Collection, Db } from 'mongodb';
import { AFTER_RUN_CONCURRENCY, findByIds, inParallel, insertNew, paced } from './mongo.js';
import { resultDocCache } from './resultDocCache.js';
import { mergeEntries, resultIndexCache } from './resultIndexCache.js';
import { pageOfPieces } from './resultIndexPage.js';
import type { ResultFilter, RunResultDoc } from './runResultDocs.js';
import {
  type IndexDoc,
  type IndexBodyDoc,
  type IndexPlanDoc,
  encodeBody,
  plannedBatches,
  type IndexPage,
  type Piece,
  SEGMENT_BYTES,
  SEGMENT_SIZE,
  type SegmentInfo,
  indexBatchKey,
  batchBody,
  keepCarried,
  bodyOf,
  groupsOf,
  headerKey,
  loaded,
  matcher,
  packSegments,
  planKey,
  segmentKey,
  segmentCut,
  segmentPieces,
  toStored,
  unpackSegments,
} from './resultIndexDocs.js';

export const RESULT_INDEX_COLLECTION = 'run_result_index';
export {
  SEGMENT_BYTES,
  SEGMENT_SIZE,
  indexEntry,
  type IndexEntry,
  type IndexPage,
} from './resultIndexDocs.js';

/** Unseen batches past the highest finished one a page looks for: the plan's window of batches in
 * flight (ASSAY_RUN_WINDOW; 4 when a plan predates that) and this many more. */
const LOOK_AHEAD = 12;
const DEFAULT_WINDOW = 4;
/**
 * How long the pages of a run still running may trail its finished batches: a batch not found is
 * looked up again only this long after (pages polled back to back otherwise looked up every batch
 * in flight and ahead, about 16 store commands a page).
 */
export const RUNNING_RECHECK_MS = 1_000;

/**
 * `running`: the caller read the run's status as not final before asking for the page, so the
 * page may trail its finished batches by RUNNING_RECHECK_MS. A final run's pages never do: its
 * batches were all written before its status.
 */
export interface PageFreshness {
  running?: boolean;
}

/** Bytes (BSON) of results a seal copies from the batches carrying them (memory); the rest are looked up. */
const SEAL_KEEP_BYTES = 64 * 1024 * 1024;

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
  async writePlan(projectId: string, runId: string, batches: number, window?: number): Promise<void> {
    await this.put({
      _id: planKey(runId),
      project_id: projectId,
      run_id: runId,
      kind: 'plan',
      batches,
      ...(window === undefined ? {} : { window }),
    });
  }

  /**
   * A finished batch's results (earlier attempts' included; a retry writes it again). `carry`: whole
   * when they fit in `segmentBytes` (pages and the seal then need no `_id` look-up per result, queued
   * behind the run's writes); else, and for migrations (entries dressed as results), entries only.
   */
  async writeBatch(
    projectId: string,
    runId: string,
    batchIndex: number,
    results: Iterable<RunResultDoc>,
    { carry = false }: { carry?: boolean } = {},
  ): Promise<void> {
    await this.put({
      _id: indexBatchKey(runId, batchIndex),
      project_id: projectId,
      run_id: runId,
      kind: 'batch',
      json: encodeBody(batchBody([...results], carry ? this.segmentBytes : 0)),
    });
  }

  /** Insert first (no scan on any FerretDB), replace only when it is there already. */
  private async put(doc: Omit<IndexPlanDoc, 'created_at'> | Omit<IndexBodyDoc, 'created_at'>): Promise<void> {
    const stored = { ...doc, created_at: Math.floor(Date.now() / 1000) } as IndexDoc;
    if ((await insertNew(this.collection, [stored]))[0]) return;
    await this.collection.replaceOne({ _id: stored._id }, stored);
  }

  /**
   * Once the run is final: its batch documents merged into sorted segments, the
   * header written last (until then readers use the batch documents), then the
   * batch documents dropped. Idempotent: run again, it finishes what is missing.
   * Copying the results costs a look-up each, so with a `deadline` (ms since the epoch) it
   * stops before any step (a batch read, a segment, a batch dropped: a million-item run reads
   * 2,000 batches first) once past it and answers false: the caller leaves the rest to a store
   * job (see cleanUpRun). `paced` seals beside live readers: each step is followed by a rest
   * (see `paced`), so a finished run's pages stay fast meanwhile.
   */
  async seal(
    projectId: string,
    runId: string,
    options: { deadline?: number; paced?: boolean } = {},
  ): Promise<boolean> {
    const step = options.paced ? paced : <R>(work: () => Promise<R>) => work();
    const pastDeadline = () => options.deadline !== undefined && Date.now() > options.deadline;
    const [plan, header] = await Promise.all([
      this.collection.findOne({ _id: planKey(runId) }),
      this.collection.findOne({ _id: headerKey(runId) }),
    ]);
    if (!plan) return true;
    const batchIds = Array.from({ length: plannedBatches(plan) }, (_, k) => indexBatchKey(runId, k));
    if (!header) {
      const carried = { docs: new Map<string, RunResultDoc>(), bytes: 0 };
      const lists = await inParallel(
        batchIds,
        async (id) => {
          if (pastDeadline()) return null;
          const batch = loaded(await step(() => this.collection.findOne({ _id: id })));
          keepCarried(carried, batch.docs, SEAL_KEEP_BYTES);
          return batch.entries;
        },
        AFTER_RUN_CONCURRENCY,
      );
      const read = lists.filter((list) => list !== null);
      if (read.length < lists.length) return false;
      const entries = mergeEntries(read);
      const segments: SegmentInfo[] = [];
      for (let start = 0, j = 0; start < entries.length; j++) {
        if (pastDeadline()) return false;
        await step(async () => {
          const candidates = entries.slice(start, start + this.segmentSize);
          const found = await findByIds(
            this.results,
            candidates.flatMap(([id]) => (carried.docs.has(id) ? [] : [id])),
          );
          for (const [id] of candidates) if (carried.docs.has(id)) found.set(id, carried.docs.get(id)!);
          const { slice, docs } = segmentCut(candidates, found, this.segmentBytes);
          const groups = groupsOf(slice);
          await this.put({
            _id: segmentKey(runId, j),
            project_id: projectId,
            run_id: runId,
            kind: 'segment',
            json: encodeBody({
              // The entries are the results' own fields: stored apart only when a result is missing.
              ...(docs.length === slice.length ? {} : { entries: toStored(slice) }),
              docs,
            }),
          });
          segments.push({ first: slice[0]![0], last: slice.at(-1)![0], groups });
          start += slice.length;
        });
      }
      await this.put({
        _id: headerKey(runId),
        project_id: projectId,
        run_id: runId,
        kind: 'header',
        json: encodeBody(packSegments(segments)),
      });
      // This process may keep the run's batches or an earlier header (a migration seals anew).
      resultIndexCache.forget(this.cacheKey(runId));
    }
    // The header is written: from here a cut-short seal leaves only batches nobody reads.
    const drop = async (id: string) => {
      if (pastDeadline()) return false;
      await step(() => this.collection.deleteOne({ _id: id }));
      return true;
    };
    return (await inParallel(batchIds, drop, AFTER_RUN_CONCURRENCY)).every(Boolean);
  }

  /**
   * The run's pieces, narrowed to one item's results when the filter names an item: they
   * are one short `_id` range (`run/item/…`; item ids hold no '/'), inside one or two
   * pieces, whose entries are read here so the counts are exact.
   */
  private async piecesFor(
    runId: string,
    filter: ResultFilter,
    { running = false }: PageFreshness = {},
  ): Promise<readonly Piece[]> {
    const pieces = await this.pieces(runId, running ? RUNNING_RECHECK_MS : 0);
    if (filter.item_id === undefined) return pieces;
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

  /**
   * The run's index as pieces in `_id` order: none for a run that never got a plan (it ended
   * before it was prepared, so it has no results; runs stored before indexes existed got one
   * from the store's migrations).
   */
  private async pieces(runId: string, recheckMs = 0): Promise<readonly Piece[]> {
    const key = this.cacheKey(runId);
    const kept = resultIndexCache.sealed(key);
    if (kept) {
      if (kept.stale) {
        resultIndexCache.refresh(key, async () => {
          const header = await this.collection.findOne({ _id: headerKey(runId) });
          return header ? unpackSegments(bodyOf(header)) : null;
        });
      }
      return this.segmentPieces(runId, kept.segments);
    }
    // A running run's page after an earlier one: its plan is known, and no header is looked for (a
    // seal writes it before dropping batches, so a batch looked up and not found says when to).
    const known = recheckMs > 0 ? resultIndexCache.knownPlan(key) : undefined;
    const plan = known ?? (await this.planOrSealed(runId));
    if (plan === undefined) return [];
    if ('segments' in plan) return this.segmentPieces(runId, plan.segments);
    // Still running (or not sealed yet): the finished batches, merged. Batches cover
    // interleaving id ranges, so the page needs them all.
    const { run, missing } = await resultIndexCache.finishedBatches(
      key,
      { ...plan, recheckMs },
      async (k) => {
        const doc = await this.collection.findOne({ _id: indexBatchKey(runId, k) });
        if (!doc) return null;
        const { entries, docs } = loaded(doc); // carried results: the next pages need no look-ups
        for (const result of docs.values()) resultDocCache.keep(result);
        return entries;
      },
    );
    // A batch not found is one not finished yet, or one the seal dropped since the header was
    // read: the seal writes the header before it drops batches, so the header then holds them all.
    if (missing && (await this.collection.findOne({ _id: headerKey(runId) }))) return this.pieces(runId);
    if (run.entries.length === 0) return [];
    const { entries } = run;
    return [
      {
        first: entries[0]![0],
        last: entries.at(-1)![0],
        groups: [...run.groups.values()],
        load: async () => ({ entries, docs: new Map() }),
      },
    ];
  }

  /** The run's sealed segments (kept for the next pages), else its plan: none before it is prepared. */
  private async planOrSealed(
    runId: string,
  ): Promise<{ segments: SegmentInfo[] } | { planned: number; lookAhead: number } | undefined> {
    const [plan, header] = await Promise.all([
      this.collection.findOne({ _id: planKey(runId) }),
      this.collection.findOne({ _id: headerKey(runId) }),
    ]);
    if (header) {
      const segments = unpackSegments(bodyOf(header));
      resultIndexCache.keepSealed(this.cacheKey(runId), segments);
      return { segments };
    }
    if (!plan) return undefined;
    const window = plan.kind === 'plan' ? (plan.window ?? DEFAULT_WINDOW) : DEFAULT_WINDOW;
    return { planned: plannedBatches(plan), lookAhead: LOOK_AHEAD + window };
  }

  private segmentPieces(runId: string, segments: readonly SegmentInfo[]): readonly Piece[] {
    return segmentPieces(segments, async (j) =>
      loaded(await this.collection.findOne({ _id: segmentKey(runId, j) })),
    );
  }

  private cacheKey(runId: string): string {
    return `${this.collection.dbName}/${runId}`;
  }

  /**
   * The ids of one page of a run's results in `_id` order (`after`/`before` are
   * result ids), the count of all matches, and whether more follow.
   */
  async page(
    runId: string,
    filter: ResultFilter,
    query: { limit: number; after?: string; before?: string },
    freshness: PageFreshness = {},
  ): Promise<IndexPage> {
    return pageOfPieces(await this.piecesFor(runId, filter, freshness), filter, query);
  }

  /**
   * Every matching result in `_id` order, a piece at a time (for exports): its id, and
   * the result itself when the piece carries it.
   */
  async matches(
    runId: string,
    filter: ResultFilter,
  ): Promise<AsyncIterable<{ id: string; doc?: RunResultDoc }>> {
    const pieces = await this.piecesFor(runId, filter);
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

  /** Every matching result id in `_id` order, a piece at a time. */
  async ids(runId: string, filter: ResultFilter): Promise<AsyncIterable<string>> {
    const found = await this.matches(runId, filter);
    return (async function* () {
      for await (const { id } of found) yield id;
    })();
  }

  /**
   * After the run's results were deleted (retention): the index emptied, an empty
   * header left, so the run reads as sealed with no results.
   */
  async expire(runId: string): Promise<void> {
    const run = await this.collection.findOne({ _id: headerKey(runId) });
    await this.deleteIndex(runId);
    await this.put({
      _id: headerKey(runId),
      project_id: run?.project_id ?? '',
      run_id: runId,
      kind: 'header',
      json: encodeBody(packSegments([])),
    });
    resultIndexCache.forget(this.cacheKey(runId));
  }

  /** The index documents of a run, by `_id` (plan, batches, segments, header). */
  async deleteIndex(runId: string): Promise<void> {
    const [plan, header] = await Promise.all([
      this.collection.findOne({ _id: planKey(runId) }),
      this.collection.findOne({ _id: headerKey(runId) }),
    ]);
    resultIndexCache.forget(this.cacheKey(runId));
    resultDocCache.forgetRun(runId);
    const listed = header ? unpackSegments(bodyOf(header)).length : 0;
    const ids = [
      ...Array.from({ length: plannedBatches(plan) }, (_, k) => indexBatchKey(runId, k)),
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
