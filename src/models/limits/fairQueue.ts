/**
 * Waiters served round robin by scope (a run): each turn takes the oldest waiter of the next
 * scope that has one, so a run with 10 calls waiting beside a run with 10,000 gets every other
 * slot instead of waiting behind all of them.
 */
export class FairQueue<T> {
  /** Scopes in turn order; a scope leaves when its last waiter does. */
  private readonly scopes = new Map<string, T[]>();
  private waiting = 0;

  get size(): number {
    return this.waiting;
  }

  push(scope: string, waiter: T): void {
    const queue = this.scopes.get(scope);
    if (queue) queue.push(waiter);
    else this.scopes.set(scope, [waiter]);
    this.waiting++;
  }

  /** The next scope's oldest waiter; that scope then goes to the back of the turn order. */
  shift(): T | undefined {
    for (const [scope, queue] of this.scopes) {
      const waiter = queue.shift();
      this.scopes.delete(scope);
      if (waiter === undefined) continue;
      if (queue.length > 0) this.scopes.set(scope, queue);
      this.waiting--;
      return waiter;
    }
    return undefined;
  }

  /** Takes a waiter out wherever it stands (its call was cancelled); false when it is not here. */
  remove(scope: string, waiter: T): boolean {
    const queue = this.scopes.get(scope);
    const at = queue?.indexOf(waiter) ?? -1;
    if (!queue || at < 0) return false;
    queue.splice(at, 1);
    if (queue.length === 0) this.scopes.delete(scope);
    this.waiting--;
    return true;
  }
}
