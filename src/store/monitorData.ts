import type { Collection, Db } from 'mongodb';
import { hourOf, totalsBy, type BucketTotals } from '../core/monitorBuckets.js';
import { deleteByIds, deleteMatching } from './chunkedDelete.js';
import { MongoResponseCache } from './responseCache.js';
import { RUN_RESULTS_COLLECTION, type RunResultDoc, type RunResultStore } from './runResults.js';

/**
 * A monitor's results are run results whose `run_id` is the monitor's id (keys
 * `<monitor>/<log>/<evaluator>/-`: one per log and evaluator, insert-only), tagged
 * with the hour of the log's call and the log's model, which their hourly buckets are recomputed from.
 */
export type MonitorResultDoc = RunResultDoc & { hour: number; log_model?: string | null };

/** Where a scored log's results are counted: the hour of its call, and its model. */
export interface LogPlace {
  hour: number;
  model: string | null;
}

export interface MonitorBucketDoc {
  _id: string;
  project_id: string;
  monitor_id: string;
  hour: number;
  evaluator_id: string;
  totals: BucketTotals;
}

/**
 * The same hour and evaluator split by the logs' model (null: logs without one). Kept apart from
 * the evaluator's own buckets so the plain series and the alert windows read no more documents.
 */
export interface MonitorModelBucketDoc extends MonitorBucketDoc {
  model: string | null;
}

/** Which buckets a read takes: the evaluators' own, or per model (all models, or one). */
export type BucketSplit = { by: 'evaluator' } | { by: 'model'; model?: string };

export async function ensureMonitorIndexes(db: Db): Promise<void> {
  await db.collection(RUN_RESULTS_COLLECTION).createIndex({ run_id: 1, hour: 1 });
  await db.collection('monitor_buckets').createIndex({ monitor_id: 1, hour: 1 });
  await db.collection('monitor_model_buckets').createIndex({ monitor_id: 1, hour: 1 });
  await db.collection('monitor_model_buckets').createIndex({ monitor_id: 1, model: 1, hour: 1 });
}

/** Results and hourly buckets of monitors (keyed by monitor id; reach them through a monitor of the project). */
export class MonitorDataStore {
  readonly results: Collection<MonitorResultDoc>;
  readonly buckets: Collection<MonitorBucketDoc>;
  readonly modelBuckets: Collection<MonitorModelBucketDoc>;

  constructor(private readonly db: Db) {
    this.results = db.collection<MonitorResultDoc>(RUN_RESULTS_COLLECTION);
    this.buckets = db.collection<MonitorBucketDoc>('monitor_buckets');
    this.modelBuckets = db.collection<MonitorModelBucketDoc>('monitor_model_buckets');
  }

  /** What the evaluation engine's ResultWriter inserts through: each result tagged with its log's hour and model. */
  resultSink(
    store: RunResultStore,
    placeOfLog: ReadonlyMap<string, LogPlace>,
  ): Pick<RunResultStore, 'insert'> {
    return {
      insert: (docs) =>
        store.insert(
          docs.map((doc) => {
            const place = placeOfLog.get(doc.item_id)!;
            return { ...doc, hour: place.hour, log_model: place.model } as RunResultDoc;
          }),
        ),
    };
  }

  /**
   * Each hour's buckets recomputed whole from its stored results (replaced, not incremented),
   * so a batch retried after a crash, or run twice, leaves the same buckets.
   */
  async recompute(projectId: string, monitorId: string, hours: Iterable<number>): Promise<void> {
    for (const hour of new Set(hours)) {
      const results = await this.results
        .find(
          { run_id: monitorId, hour },
          { projection: { evaluator_id: 1, status: 1, score: 1, passed: 1, spend_usd: 1, log_model: 1 } },
        )
        .toArray();
      for (const [evaluatorId, totals] of totalsBy(results, (r) => r.evaluator_id)) {
        const _id = `${monitorId}/${hour}/${evaluatorId}`;
        await this.buckets.replaceOne(
          { _id },
          { project_id: projectId, monitor_id: monitorId, hour, evaluator_id: evaluatorId, totals },
          { upsert: true },
        );
      }
      const byModel = totalsBy(results, (r) => JSON.stringify([r.evaluator_id, r.log_model ?? null]));
      for (const [key, totals] of byModel) {
        const [evaluatorId, model] = JSON.parse(key) as [string, string | null];
        await this.modelBuckets.replaceOne(
          { _id: `${monitorId}/${hour}/${key}` },
          { project_id: projectId, monitor_id: monitorId, hour, evaluator_id: evaluatorId, model, totals },
          { upsert: true },
        );
      }
    }
  }

  /** Buckets of hours in [from, to): the evaluators' own, or split by model. */
  bucketsIn(
    monitorId: string,
    from: number,
    to: number,
    split: BucketSplit = { by: 'evaluator' },
  ): Promise<(MonitorBucketDoc & { model?: string | null })[]> {
    const hours = { monitor_id: monitorId, hour: { $gte: hourOf(from), $lt: to } };
    if (split.by === 'evaluator')
      return this.buckets.find(hours).sort({ hour: 1, evaluator_id: 1 }).toArray();
    const filter = split.model === undefined ? hours : { ...hours, model: split.model };
    return this.modelBuckets.find(filter).sort({ hour: 1, evaluator_id: 1 }).toArray();
  }

  /** What the monitor's results scored since `since` (scoring time) cost: the daily budget's spend. */
  async spendSince(monitorId: string, since: number): Promise<number> {
    const results = await this.results
      .find({ run_id: monitorId, created_at: { $gte: since } }, { projection: { spend_usd: 1 } })
      .toArray();
    return results.reduce((sum, r) => sum + (r.spend_usd ?? 0), 0);
  }

  countResults(monitorId: string): Promise<number> {
    return this.results.countDocuments({ run_id: monitorId });
  }

  /**
   * Everything that holds the monitor's id besides its own doc and alerts: results, buckets,
   * cached model answers (a collection per scope), and its alert events' webhook deliveries.
   */
  async deleteMonitor(monitorId: string): Promise<void> {
    await deleteMatching(this.results, { run_id: monitorId });
    await deleteMatching(this.buckets, { monitor_id: monitorId });
    await deleteMatching(this.modelBuckets, { monitor_id: monitorId });
    await new MongoResponseCache(this.db).dropScope(monitorId);
    const deliveries = this.db.collection<{ _id: string; payload: string }>('webhook_deliveries');
    const alertDeliveries = await deliveries
      .find(
        { event_type: { $in: ['monitor.alert.triggered', 'monitor.alert.resolved'] } },
        { projection: { payload: 1 } },
      )
      .toArray();
    await deleteByIds(
      deliveries,
      alertDeliveries.filter((d) => d.payload.includes(monitorId)).map((d) => d._id),
    );
  }
}
