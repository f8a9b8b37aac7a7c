import type { ModelReply } from './replies.js';
import type { CachedAnswer, ResponseCacheStore } from './responseCache.js';

export interface CacheBufferLimits {
  /** Answers per write. */
  entries: number;
  /** Longest an answer waits to be written. */
  maxDelayMs: number;
}

/** Tuned for FerretDB, where every command has a fixed cost (a round trip, its CPU) whatever it carries. */
export const CACHE_BUFFER_LIMITS: CacheBufferLimits = { entries: 25, maxDelayMs: 200 };

/**
 * A response cache whose writes are gathered: answers go to the store `limits.entries` at a
 * time, or `limits.maxDelayMs` after the first one waiting, instead of one insert per model
 * call (two per generate + judge item). The price: a worker killed outright loses the answers
 * of its last `maxDelayMs`, which a retried batch asks the provider for again; the gap between
 * "the provider answered" and "the answer is stored" exists anyway, this makes it a few hundred
 * milliseconds long instead of one round trip. `flush` when the batch ends, however it ends.
 */
export class BufferedResponseCache implements ResponseCacheStore {
  private pending: CachedAnswer[] = [];
  private pendingScope: string | undefined;
  private timer: NodeJS.Timeout | null = null;
  /** Writes started and not yet settled; a failed one fails the next `put` or `flush`. */
  private writing: Promise<void> = Promise.resolve();
  private failure: unknown = null;

  constructor(
    private readonly store: ResponseCacheStore,
    private readonly limits: CacheBufferLimits = CACHE_BUFFER_LIMITS,
  ) {}

  async get(key: string, scope?: string, notBefore?: number): Promise<ModelReply | null> {
    // An answer still waiting to be written was stored moments ago: fresh whatever `notBefore` says.
    const waiting = scope === this.pendingScope ? this.pending.find((entry) => entry.key === key) : undefined;
    if (waiting) return { ...waiting.reply, cached: true };
    return this.store.get(key, scope, notBefore);
  }

  async put(key: string, reply: ModelReply, scope?: string): Promise<void> {
    await this.putMany([{ key, reply }], scope);
  }

  async putMany(entries: readonly CachedAnswer[], scope?: string): Promise<void> {
    if (this.failure) throw this.failure;
    if (this.pending.length > 0 && scope !== this.pendingScope) this.startWrite();
    this.pendingScope = scope;
    this.pending.push(...entries);
    if (this.pending.length >= this.limits.entries) this.startWrite();
    else this.timer ??= setTimeout(() => this.startWrite(), this.limits.maxDelayMs);
  }

  /** Writes what waits and resolves once every write has landed; throws the first failed one. */
  async flush(): Promise<void> {
    this.startWrite();
    await this.writing;
    if (this.failure) throw this.failure;
  }

  private startWrite(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    if (this.pending.length === 0) return;
    const entries = this.pending;
    const scope = this.pendingScope;
    this.pending = [];
    const write = this.store.putMany(entries, scope).catch((error: unknown) => {
      this.failure ??= error;
    });
    this.writing = Promise.all([this.writing, write]).then(() => {});
  }
}
