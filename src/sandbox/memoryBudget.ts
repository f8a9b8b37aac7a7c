/**
 * A worker-wide budget of sandbox memory: a sandbox starts only while the memory of the sandboxes
 * already running plus its own fits, so concurrent sandboxes × memory each ≤ the budget whatever
 * the worker's activity slots are. Waiters are served in arrival order (a large sandbox is not
 * starved by small ones); one sandbox larger than the whole budget runs alone.
 *
 * Ours rather than p-queue's (used for the plain counting limits): each waiter needs a different
 * amount of the budget, and p-queue counts tasks, not bytes.
 */
export class MemoryBudget {
  private used = 0;
  private readonly waiters: { bytes: number; grant: () => void }[] = [];

  constructor(readonly totalBytes: number) {
    if (!(totalBytes > 0)) throw new RangeError('the sandbox memory budget must be > 0');
  }

  /** Resolves with a release function once `bytes` fit; rejects if `signal` aborts first. */
  async acquire(bytes: number, signal?: AbortSignal): Promise<() => void> {
    signal?.throwIfAborted();
    const need = Math.min(bytes, this.totalBytes);
    if (this.waiters.length === 0 && this.used + need <= this.totalBytes) {
      this.used += need;
      return this.releaser(need);
    }
    await new Promise<void>((resolve, reject) => {
      const waiter = {
        bytes: need,
        grant: () => {
          signal?.removeEventListener('abort', onAbort);
          resolve();
        },
      };
      const onAbort = () => {
        const index = this.waiters.indexOf(waiter);
        if (index >= 0) this.waiters.splice(index, 1);
        this.grantWaiting();
        reject(signal?.reason);
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      this.waiters.push(waiter);
    });
    return this.releaser(need);
  }

  get inUseBytes(): number {
    return this.used;
  }

  private releaser(bytes: number): () => void {
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.used -= bytes;
      this.grantWaiting();
    };
  }

  private grantWaiting(): void {
    for (
      let next = this.waiters[0];
      next && this.used + next.bytes <= this.totalBytes;
      next = this.waiters[0]
    ) {
      this.waiters.shift();
      this.used += next.bytes;
      next.grant();
    }
  }
}
