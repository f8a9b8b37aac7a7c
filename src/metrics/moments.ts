/**
 * Count, mean and sum of squared deviations (M2), updated one value at a time
 * (Welford) and merged pairwise (Chan et al.), which stays accurate where the
 * textbook sum / sum-of-squares formula loses digits to cancellation.
 */
export interface Moments {
  n: number;
  mean: number;
  m2: number;
}

export function emptyMoments(): Moments {
  return { n: 0, mean: 0, m2: 0 };
}

export function addToMoments(moments: Moments, value: number): Moments {
  const n = moments.n + 1;
  const delta = value - moments.mean;
  const mean = moments.mean + delta / n;
  return { n, mean, m2: moments.m2 + delta * (value - mean) };
}

export function mergeMoments(a: Moments, b: Moments): Moments {
  if (a.n === 0) return { ...b };
  if (b.n === 0) return { ...a };
  const n = a.n + b.n;
  const delta = b.mean - a.mean;
  return {
    n,
    mean: a.mean + (delta * b.n) / n,
    m2: a.m2 + b.m2 + (delta * delta * a.n * b.n) / n,
  };
}

/** Sample variance (n − 1 denominator); null below two values. */
export function sampleVariance(moments: Moments): number | null {
  return moments.n > 1 ? Math.max(0, moments.m2) / (moments.n - 1) : null;
}
