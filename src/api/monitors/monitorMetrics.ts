import {
  DAY,
  emptyTotals,
  HOUR,
  mergeTotals,
  pointOf,
  type BucketTotals,
} from '../../core/monitorBuckets.js';
import type { MonitorMetricsQuery, MonitorPoint } from '../../domain/monitors.js';
import type { MonitorDataStore } from '../../store/monitorData.js';

/**
 * A monitor's time series from its hourly buckets: a day's point merges 24 of them, so a
 * year of hours reads 8,760 small documents per evaluator (and model, when split so), never
 * its results.
 */
export async function monitorMetrics(
  data: MonitorDataStore,
  monitorId: string,
  query: MonitorMetricsQuery,
  /** Each evaluator's scale (by id), which its mean's interval stays within. */
  ranges: ReadonlyMap<string, { low: number; high: number } | null>,
) {
  const step = query.interval === 'day' ? DAY : HOUR;
  const perModel = query.group_by === 'model' || query.model !== undefined;
  const split = perModel ? { by: 'model' as const, model: query.model } : { by: 'evaluator' as const };
  type Point = { start: number; evaluatorId: string; model: string | null; totals: BucketTotals };
  const points = new Map<string, Point>();
  for (const bucket of await data.bucketsIn(monitorId, query.from, query.to, split)) {
    const start = bucket.hour - (bucket.hour % step);
    const model = bucket.model ?? null;
    const key = JSON.stringify([start, bucket.evaluator_id, model]);
    const point = points.get(key) ?? {
      start,
      evaluatorId: bucket.evaluator_id,
      model,
      totals: emptyTotals(),
    };
    point.totals = mergeTotals(point.totals, bucket.totals);
    points.set(key, point);
  }
  const data_: MonitorPoint[] = [...points.values()]
    .sort(
      (a, b) =>
        a.start - b.start ||
        a.evaluatorId.localeCompare(b.evaluatorId) ||
        (a.model ?? '').localeCompare(b.model ?? ''),
    )
    .map((p) => {
      const point = pointOf(p.start, p.evaluatorId, p.totals, ranges.get(p.evaluatorId) ?? null);
      return perModel ? { ...point, model: p.model } : point;
    });
  return { object: 'monitor.metrics' as const, monitor_id: monitorId, interval: query.interval, data: data_ };
}
