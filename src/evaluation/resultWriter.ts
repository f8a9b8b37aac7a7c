import type { RunResultDoc, RunResultStore } from '../store/runResults.js';

/**
 * Results per insert, at most: on FerretDB a command's cost is mostly its own (a round trip, a
 * transaction), whatever it carries, and a sandbox answers a thousand items faster than 40 small
 * inserts go through.
 */
const INSERT_AT_MOST = 500;

/**
 * Buffers a batch's results and inserts them when the batch ends (`flush`), or 500 at a time.
 * Nothing paid for waits on it: every model answer a result came from is in the response cache
 * within 200 ms (models/bufferedResponseCache.ts), so a batch cut short by a crash loses no model
 * call, only results its retry rebuilds from those answers. Results of a running batch are not
 * listed before it ends anyway (the results list reads finished batches). Inserting them as they
 * came, 25 at a time, cost four commands per 100-item batch instead of one.
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
    if (this.buffer.length >= INSERT_AT_MOST) await this.flush();
  }

  /** Results known at once: written in a few large inserts, all of them before this resolves. */
  async addAll(docs: readonly RunResultDoc[]): Promise<void> {
    for (const doc of docs) this.results.set(doc._id, doc);
    this.buffer.push(...docs);
    await this.flush();
  }

  /** Inserts what waits, INSERT_AT_MOST at a time. */
  async flush(): Promise<void> {
    while (this.buffer.length > 0) {
      const chunk = this.buffer.splice(0, INSERT_AT_MOST);
      await this.store.insert(chunk);
    }
  }
}
