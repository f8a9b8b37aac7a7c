import { RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';

/**
 * Points a process takes from a name's shared window in one store command: a fiftieth of the
 * limit, between 1 and 20. A count is a write, and writes queue behind a run's writes on
 * FerretDB: under a running run, two counts a request (key and project) added about 9 ms to a
 * results page's median and half its p95. Taken 12 at a time (the default 600 a minute), a busy
 * key costs one write per 12 requests. A small limit is counted one by one, exactly.
 */
export function leaseSize(perMinute: number): number {
  return Math.max(1, Math.min(20, Math.floor(perMinute / 50)));
}

/** Where a name stands after one request counted against it. */
export interface Taken {
  over: boolean;
  /** Requests the name has left in its window, as far as this process can tell. */
  remaining: number;
  msBeforeNext: number;
}

interface Lease {
  /** Points taken from the store and not used yet. */
  left: number;
  /** The store's count of the window when the points were taken (its own included). */
  consumed: number;
  windowEndsAt: number;
}

/** Past this many names, windows that have ended are dropped (a tenant may mint many keys). */
const SWEEP_AT = 10_000;

/**
 * A fixed window per name, shared through the store by every API process, each of which takes
 * its points a lease at a time and spends them locally. One process alone counts exactly; with
 * several, each may hold up to `leaseSize - 1` unspent points of a name when its window ends,
 * refused meanwhile to the others: the limit is never exceeded, at worst reached that much early.
 */
export class LeasedLimiter {
  private readonly leases = new Map<string, Lease>();
  private readonly taking = new Map<string, Promise<void>>();
  private readonly size: number;

  constructor(
    /** The shared window: the store's (RateLimiterMongo) in the service. */
    private readonly limiter: Pick<RateLimiterAbstract, 'consume'>,
    private readonly perMinute: number,
    private readonly now: () => number = Date.now,
  ) {
    this.size = leaseSize(perMinute);
  }

  async take(name: string): Promise<Taken> {
    for (;;) {
      const lease = this.leases.get(name);
      const now = this.now();
      if (lease && now < lease.windowEndsAt) {
        const msBeforeNext = lease.windowEndsAt - now;
        if (lease.left > 0) {
          lease.left--;
          return { over: false, remaining: this.remaining(lease), msBeforeNext };
        }
        // The store's window is spent: refused here, with no command, until it ends.
        if (lease.consumed >= this.perMinute) return { over: true, remaining: 0, msBeforeNext };
      }
      await this.renew(name);
    }
  }

  /** Requests left in the window: the limit less what the store counted, plus this process's unspent. */
  private remaining(lease: Lease): number {
    return Math.max(0, this.perMinute - lease.consumed + lease.left);
  }

  /** One command for the name however many requests wait: they share its points. */
  private renew(name: string): Promise<void> {
    const pending = this.taking.get(name);
    if (pending) return pending;
    const taking = this.lease(name).finally(() => this.taking.delete(name));
    this.taking.set(name, taking);
    return taking;
  }

  private async lease(name: string): Promise<void> {
    let res: RateLimiterRes;
    try {
      res = await this.limiter.consume(name, this.size);
    } catch (rejection) {
      // The library rejects with its result when over the limit, and with the store's error otherwise.
      if (!(rejection instanceof RateLimiterRes)) throw rejection;
      res = rejection;
    }
    const before = res.consumedPoints - this.size;
    if (this.leases.size >= SWEEP_AT) this.sweep();
    this.leases.set(name, {
      // Over the limit, only the points below it are this process's to spend.
      left: Math.max(0, Math.min(this.size, this.perMinute - before)),
      consumed: Math.min(res.consumedPoints, Math.max(this.perMinute, before)),
      windowEndsAt: this.now() + res.msBeforeNext,
    });
  }

  private sweep(): void {
    const now = this.now();
    for (const [name, lease] of this.leases) if (now >= lease.windowEndsAt) this.leases.delete(name);
  }
}
