import type { RequestLogEntry } from './types.js';

interface Waiter {
  count: number;
  resolve: (entries: RequestLogEntry[]) => void;
}

export class RequestLog {
  readonly entries: RequestLogEntry[] = [];
  private nextSeq = 1;
  private waiters: Waiter[] = [];

  /**
   * `limit`: the most recent requests kept (all by default). A bench's fake answers millions of
   * calls nobody reads back; kept whole, the log grew to gigabytes and the fake's garbage
   * collection took CPU from the stack it measures, more the bigger the run.
   */
  constructor(private readonly limit = Infinity) {}

  add(entry: Omit<RequestLogEntry, 'seq'>): RequestLogEntry {
    const logged = { seq: this.nextSeq++, ...entry };
    this.entries.push(logged);
    // Trimmed by halves, so dropping the oldest costs O(1) per request amortised.
    if (this.entries.length >= 2 * this.limit) this.entries.splice(0, this.entries.length - this.limit);
    this.wakeWaiters();
    return logged;
  }

  clear(): void {
    this.entries.length = 0;
    this.nextSeq = 1;
  }

  /** In arrival order, repeats included, so callers can count duplicate calls. */
  answeredKeys(): string[] {
    return this.entries.filter((entry) => entry.answered).map((entry) => entry.requestKey);
  }

  /** Lets tests await "the server has seen the request" instead of sleeping. */
  waitForCount(count: number, timeoutMs: number): Promise<RequestLogEntry[]> {
    if (this.entries.length >= count) return Promise.resolve([...this.entries]);
    return new Promise((resolve, reject) => {
      const waiter: Waiter = {
        count,
        resolve: (entries) => {
          clearTimeout(timer);
          resolve(entries);
        },
      };
      const timer = setTimeout(() => {
        this.waiters = this.waiters.filter((candidate) => candidate !== waiter);
        reject(new Error(`fake-llm saw ${this.entries.length} of ${count} requests within ${timeoutMs} ms`));
      }, timeoutMs);
      this.waiters.push(waiter);
    });
  }

  private wakeWaiters(): void {
    const ready = this.waiters.filter((waiter) => this.entries.length >= waiter.count);
    this.waiters = this.waiters.filter((waiter) => this.entries.length < waiter.count);
    for (const waiter of ready) waiter.resolve([...this.entries]);
  }
}
