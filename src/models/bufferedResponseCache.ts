import type { ModelReply } from './replies.js';
import type { CachedAnswer, ResponseCacheStore } from './responseCache.js';

export interface CacheBufferLimits {
  /** Answers per write. */
  entries: number;
  /** Longest an answer waits to be written. */
  maxDelayMs: number;
}

/**
 * Tuned for FerretDB, where every command has a fixed cost (a round trip, a transaction, its CPU)
 * whatever it carries: gathered across the batches in flight, 200 ms holds about 64 answers at 32
 * calls at a time of 100 ms each.
 */
export const CACHE_BUFFER_LIMITS: CacheBufferLimits = { entries: 100, maxDelayMs: 200 };

/** Answers of one scope waiting for one write, from any batch of the process. */
class PendingWrite {
  readonly entries: CachedAnswer[] = [];
  timer: NodeJS.Timeout | null = null;
  started = false;
  /** Settles once the answers are in the store, or the write failed. */
  readonly landed: Promise<void>;
  settle!: (write: Promise<void>) => void;

  constructor(readonly scope: string | undefined) {
    this.landed = new Promise<void>((resolve) => (this.settle = resolve));
    // Whoever waits for it sees a failure; nobody waiting is not an unhandled rejection.
    this.landed.catch(() => {});
  }
}

/**
 * The answers of every batch a worker process runs, gathered per scope (a run) and written
 * `limits.entries` at a time, or `limits.maxDelayMs` after the first one waiting: one insert
 * per model call (two per generate + judge item) would be most of the store's work, and the
 * batches in flight (ASSAY_RUN_WINDOW of them) write together what each would write alone.
 * The price: a worker killed outright loses the answers of its last `maxDelayMs`, which a
 * retried batch asks the provider for again; the gap between "the provider answered" and "the
 * answer is stored" exists anyway, this makes it a few hundred milliseconds long instead of
 * one round trip. Batches see it through a `BufferedResponseCache` each.
 */
export class AnswerWriteBuffer {
  /** Per scope, the write still taking answers. */
  private readonly open = new Map<string | undefined, PendingWrite>();
  /** Writes started and not yet landed: their answers are still read from here. */
  private readonly writing = new Set<PendingWrite>();

  constructor(
    private readonly store: Pick<ResponseCacheStore, 'putMany'>,
    private readonly limits: CacheBufferLimits = CACHE_BUFFER_LIMITS,
  ) {}

  /** Queues answers; the write they join is returned, to be waited for with `land`. */
  add(entries: readonly CachedAnswer[], scope: string | undefined): PendingWrite {
    let pending = this.open.get(scope);
    if (!pending) {
      pending = new PendingWrite(scope);
      this.open.set(scope, pending);
      const opened = pending;
      pending.timer = setTimeout(() => this.land(opened), this.limits.maxDelayMs);
    }
    pending.entries.push(...entries);
    if (pending.entries.length >= this.limits.entries) void this.land(pending);
    return pending;
  }

  /** An answer waiting to be written, or being written. */
  find(key: string, scope: string | undefined): ModelReply | undefined {
    const matches = (pending: PendingWrite) =>
      pending.scope === scope ? pending.entries.find((entry) => entry.key === key) : undefined;
    const open = this.open.get(scope);
    let found = open ? matches(open) : undefined;
    for (const pending of this.writing) found ??= matches(pending);
    return found?.reply;
  }

  /** Starts the write now, if it has not started, and resolves once it has landed; throws if it failed. */
  land(pending: PendingWrite): Promise<void> {
    if (pending.started) return pending.landed;
    pending.started = true;
    if (pending.timer) clearTimeout(pending.timer);
    pending.timer = null;
    if (this.open.get(pending.scope) === pending) this.open.delete(pending.scope);
    this.writing.add(pending);
    pending.settle(
      this.store.putMany(pending.entries, pending.scope).finally(() => this.writing.delete(pending)),
    );
    return pending.landed;
  }
}

/**
 * One batch's view of the response cache: reads go to what waits to be written, then to the
 * store; writes join the process's `AnswerWriteBuffer` (a buffer of its own when none is given).
 * `flush` when the batch ends, however it ends: it waits for every write holding its answers.
 */
export class BufferedResponseCache implements ResponseCacheStore {
  /** The writes holding this batch's answers, not yet waited for. */
  private writes = new Set<PendingWrite>();
  /** A failed write of this batch's answers: fails the next `put` or `flush`. */
  private failure: unknown = null;

  constructor(
    private readonly store: ResponseCacheStore,
    private readonly buffer: AnswerWriteBuffer = new AnswerWriteBuffer(store),
  ) {}

  async get(key: string, scope?: string, notBefore?: number): Promise<ModelReply | null> {
    // An answer still waiting to be written was stored moments ago: fresh whatever `notBefore` says.
    const waiting = this.buffer.find(key, scope);
    if (waiting) return { ...waiting, cached: true };
    return this.store.get(key, scope, notBefore);
  }

  async put(key: string, reply: ModelReply, scope?: string): Promise<void> {
    await this.putMany([{ key, reply }], scope);
  }

  async putMany(entries: readonly CachedAnswer[], scope?: string): Promise<void> {
    if (this.failure) throw this.failure;
    const pending = this.buffer.add(entries, scope);
    if (this.writes.has(pending)) return;
    this.writes.add(pending);
    pending.landed.catch((error: unknown) => {
      this.failure ??= error;
    });
  }

  /** Writes what waits and resolves once every write of this batch's answers has landed; throws the first failed one. */
  async flush(): Promise<void> {
    const writes = [...this.writes];
    this.writes = new Set();
    await Promise.allSettled(writes.map((pending) => this.buffer.land(pending)));
    if (this.failure) throw this.failure;
  }
}
