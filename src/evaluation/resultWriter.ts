import type { RunResultDoc, RunResultStore } from '../store/runResults.js';

/** Results per insert: one command per this many results instead of one per result. */
const FLUSH_EVERY = 25;
/**
 * Results per insert when they arrive together (a code evaluator's whole batch): FerretDB's cost
 * is mostly per command, and a sandbox answers a thousand items faster than 40 inserts go through.
 */
const BULK_INSERT = 500;
/**
 * Fewest results a stream starts an insert with: a sandbox answers trivial items in microseconds,
 * and an insert per result or two would cost FerretDB a command each.
 */
const STREAM_MIN_INSERT = 100;

/** Results pushed one at a time, written while more arrive; `end()` writes the rest. */
export interface ResultStream {
  /** Synchronous, never throws: an insert that fails is reported by `end()`. */
  push(doc: RunResultDoc): void;
  /** Every pushed result written, or the first failed insert's error (nothing is inserted after it). */
  end(): Promise<void>;
}

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

  /**
   * Results that arrive from a synchronous callback (a code sandbox's outcomes, item by item):
   * written while the sandbox still runs, one insert at a time, each taking everything that
   * arrived meanwhile (at least STREAM_MIN_INSERT, at most BULK_INSERT). So the store starts on a
   * batch's results when its sandbox starts answering, not after its last item.
   */
  stream(): ResultStream {
    const pending: RunResultDoc[] = [];
    let writing: Promise<void> | null = null;
    let failure: { error: unknown } | null = null;
    const drain = async (): Promise<void> => {
      while (pending.length > 0 && !failure) {
        const chunk = pending.splice(0, BULK_INSERT);
        try {
          await this.store.insert(chunk);
        } catch (error) {
          failure = { error };
        }
      }
    };
    const start = () => {
      writing = drain().finally(() => (writing = null));
    };
    return {
      push: (doc) => {
        this.results.set(doc._id, doc);
        pending.push(doc);
        if (!writing && !failure && pending.length >= STREAM_MIN_INSERT) start();
      },
      end: async () => {
        while (writing) await writing;
        await drain();
        if (failure) throw failure.error;
      },
    };
  }

  async flush(): Promise<void> {
    const docs = this.buffer;
    this.buffer = [];
    await this.store.insert(docs);
  }
}
