/** Which outputs a pairwise evaluator compares on each item. */
export type PairSelection =
  | { kind: 'all' }
  | { kind: 'baseline'; baseline: string }
  | { kind: 'named'; pairs: readonly (readonly [string, string])[] };

/**
 * The model pairs to judge, each once, in a stable order: every pair of the run's models,
 * each model against the baseline (baseline second), or the pairs the run names.
 */
export function modelPairs(models: readonly string[], selection: PairSelection): [string, string][] {
  if (selection.kind === 'baseline') {
    return models.filter((m) => m !== selection.baseline).map((m) => [m, selection.baseline]);
  }
  if (selection.kind === 'named') {
    const seen = new Set<string>();
    return selection.pairs
      .map(([a, b]): [string, string] => [a, b])
      .filter(([a, b]) => {
        const key = [a, b].sort().join('\u0000');
        if (a === b || seen.has(key)) return false;
        seen.add(key);
        return true;
      });
  }
  return models.flatMap((a, i) => models.slice(i + 1).map((b): [string, string] => [a, b]));
}
