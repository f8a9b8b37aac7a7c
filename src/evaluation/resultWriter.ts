import type { RunResultDoc, RunResultStore } from '../store/runResults.js';

/** Results per insert: one command per this many results instead of one per result. */
const FLUSH_EVERY = 25;
/**
 * Results per insert when they arrive together (a code evaluator's whole batch): FerretDB's cost
 * is mostly per command, and a sandbox answers a thousand items faster than 40 inserts go through.
 */
const BULK_INSERT = 500;

/**
 * Buffers a batch's results and inserts them a few dozen at a time: on FerretDB
 * every command costs milliseconds and commands run one after another, so one
 * insert per result would cap a worker at a few hundred results per second. A
 * crash loses at most the unflushed results; the retry finds their model answers
 * in the response cache and writes them again.
 */
export class ResultWriter {
  private buffer: RunResultDoc[] = [];

  constructor(
    private readonly store: Pick<RunResultStore, 'insert'>,
    /** Every result of the batch by `_id`, kept current as results are written. */
    readonly results: Map<string, RunResultDoc>,
  ) {}

  async add(doc: RunResultDoc): Promise<void> {
    this.results.set(doc._id, doc);
    this.buffer.push(doc);
    if (this.buffer.length >= FLUSH_EVERY) await this.flush();
  }

  /** Results known at once: written in a few large inserts, all of them before this resolves. */
  async addAll(docs: readonly RunResultDoc[]): Promise<void> {
    for (const doc of docs) this.results.set(doc._id, doc);
    this.buffer.push(...docs);
    while (this.buffer.length > 0) {
      const chunk = this.buffer.splice(0, BULK_INSERT);
      await this.store.insert(chunk);
    }
  }

  async flush(): Promise<void> {
    const docs = this.buffer;
    this.buffer = [];
    await this.store.insert(docs);
  }
}
