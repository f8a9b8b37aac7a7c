import type { RunResultDoc, RunResultStore } from '../store/runResults.js';

/** Results per insert: one command per this many results instead of one per result. */
const FLUSH_EVERY = 25;

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

  async flush(): Promise<void> {
    const docs = this.buffer;
    this.buffer = [];
    await this.store.insert(docs);
  }
}
