/**
 * The fastest of a few runs of `work`, in milliseconds. Worst-case-input tests bound this, not a
 * single run: a linear scan is fast at least once even on a loaded machine, while a backtracking
 * one (seconds to hours on these inputs) never is. A correctness guard, not a benchmark.
 */
export function fastestMs(work: () => unknown, attempts = 3): number {
  let best = Infinity;
  for (let i = 0; i < attempts; i++) {
    const started = performance.now();
    work();
    best = Math.min(best, performance.now() - started);
  }
  return best;
}
