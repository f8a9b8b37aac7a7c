interface Queued<T> {
  waiter: T;
  order: number;
}

/**
 * Waiters served round robin by scope (a run): each turn takes the first waiter of the next
 * scope that has one, so a run with 10 calls waiting beside a run with 10,000 gets every other
 * slot instead of waiting behind all of them. Within a scope, waiters go by `order`, then oldest
 * first.
 */
export class FairQueue<T> {
  /** Scopes in turn order; a scope leaves when its last waiter does. */
  private readonly scopes = new Map<string, Queued<T>[]>();
  private waiting = 0;

  get size(): number {
    return this.waiting;
  }

  /** `order`: within its scope, a waiter goes after those of a lower or equal order, before the rest. */
  push(scope: string, waiter: T, order = 0): void {
    const entry = { waiter, order };
    const queue = this.scopes.get(scope);
    if (!queue) this.scopes.set(scope, [entry]);
    else {
      // From the back: waiters mostly come in order, so this stops at once.
      let at = queue.length;
      while (at > 0 && queue[at - 1]!.order > order) at--;
      queue.splice(at, 0, entry);
    }
    this.waiting++;
  }

  /** The next scope's first waiter; that scope then goes to the back of the turn order. */
  shift(): T | undefined {
    for (const [scope, queue] of this.scopes) {
      const entry = queue.shift();
      this.scopes.delete(scope);
      if (entry === undefined) continue;
      if (queue.length > 0) this.scopes.set(scope, queue);
      this.waiting--;
      return entry.waiter;
    }
    return undefined;
  }

  /** Takes a waiter out wherever it stands (its call was cancelled); false when it is not here. */
  remove(scope: string, waiter: T): boolean {
    const queue = this.scopes.get(scope);
    const at = queue?.findIndex((entry) => entry.waiter === waiter) ?? -1;
    if (!queue || at < 0) return false;
    queue.splice(at, 1);
    if (queue.length === 0) this.scopes.delete(scope);
    this.waiting--;
    return true;
  }
}
