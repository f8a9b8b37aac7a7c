import type { LabelledResult } from './calibration.js';

/** How many items got one (judge score, human score) pair. */
export interface ScorePair {
  judge: number;
  human: number;
  items: number;
}

/**
 * The labelled items with a human score as distinct (judge, human) pairs with their counts, in
 * score order: what a scatter of judge against human needs, in a size set by the scales rather
 * than the items (a 0–1 judge against 0/1 labels is four points however many items there are).
 */
export function scorePairs(rows: readonly LabelledResult[]): ScorePair[] {
  const counts = new Map<string, ScorePair>();
  for (const row of rows) {
    if (row.human === null) continue;
    const key = `${row.judge}\u0000${row.human}`;
    const pair = counts.get(key);
    if (pair) pair.items++;
    else counts.set(key, { judge: row.judge, human: row.human, items: 1 });
  }
  return [...counts.values()].sort((a, b) => a.judge - b.judge || a.human - b.human);
}
