import { Context } from '@temporalio/activity';
import type { SourceItem } from '../core/runItems.js';
import { DAY, hourOf } from '../core/monitorBuckets.js';
import { isSampled, matchesFilters } from '../evaluation/monitorSampling.js';
import { BatchEvaluation } from '../evaluation/batchEvaluation.js';
import { batchResultKeys, unitsToEvaluate } from '../evaluation/batchUnits.js';
import { ResultWriter } from '../evaluation/resultWriter.js';
import type { TaskLogDoc } from '../store/logs.js';
import type { ActivityDeps } from './deps.js';
import { HEARTBEAT_INTERVAL_MS, heartbeatEvery } from './heartbeat.js';
import { checkMonitorAlerts } from './monitorAlerts.js';

/**
 * Logs read per activity. A batch's sampled logs are scored concurrently
 * (ASSAY_RUN_ITEM_CONCURRENCY), so at 10% sampling this is ~20 scores per pass.
 */
export const MONITOR_BATCH_LOGS = 200;

/**
 * Logs are read only once they are this old (by ingestion time): an ingest that committed a
 * moment after a later one must not land behind the cursor, where it would never be read.
 */
export const MONITOR_SETTLE_SECONDS = 2;

export interface ScoreMonitorLogsInput {
  projectId: string;
  monitorId: string;
}

export interface ScoreMonitorLogsOutcome {
  /** gone: deleted; paused; budget: the day's spend is used up; otherwise how far it got. */
  state: 'gone' | 'paused' | 'budget' | 'active';
  read: number;
  backlog: number;
  results: number;
}

const sourceItemOf = (log: TaskLogDoc): SourceItem => ({
  id: log.id,
  input: log.input,
  output: log.output,
  metadata: log.metadata,
  model: log.model,
});

/**
 * One pass of a monitor: the next logs in arrival order after its cursor, each sampled one
 * scored by every evaluator through the run engine (results insert-only, keyed by monitor, log
 * and evaluator, so a retried pass writes only what is missing and counts nothing twice), the
 * hours they fall in recomputed, the cursor moved past them, and its alert rules checked.
 */
export function createScoreMonitorLogs(deps: ActivityDeps) {
  return async function scoreMonitorLogs(input: ScoreMonitorLogsInput): Promise<ScoreMonitorLogsOutcome> {
    const { projectId, monitorId } = input;
    const project = deps.stores.project(projectId);
    const { monitors, monitorData: data, logs } = project;
    const monitor = await monitors.docs.get(monitorId);
    const idle = { read: 0, backlog: 0, results: 0 };
    if (!monitor) return { state: 'gone', ...idle };
    if (monitor.status === 'paused') return { state: 'paused', ...idle, backlog: monitor.progress.backlog };

    const now = deps.clock.nowSeconds();
    const settled = now - MONITOR_SETTLE_SECONDS;
    const spendToday = await data.spendSince(monitorId, now - (now % DAY));
    if (monitor.daily_budget_usd !== null && spendToday >= monitor.daily_budget_usd) {
      const backlog = await logs.countArrived(monitor.container_id, monitor.cursor, settled);
      await monitors.docs.update(monitorId, {
        $set: { 'progress.budget_exhausted': true, 'progress.backlog': backlog, 'progress.updated_at': now },
      });
      return { state: 'budget', ...idle, backlog };
    }

    const batch = await logs.arrivedLogs(monitor.container_id, monitor.cursor, settled, MONITOR_BATCH_LOGS);
    const sampled = batch.filter(
      (log) => matchesFilters(log, monitor.filters) && isSampled(monitorId, log.id, monitor.sampling_rate),
    );
    if (sampled.length > 0) {
      const pairs = sampled.map((log) => {
        const item = sourceItemOf(log);
        return { item_id: log.id, sample: item, ground_truth: item };
      });
      const keys = batchResultKeys(monitorId, pairs, monitor.evaluators, []);
      const results = await deps.stores.results.findByKeys(keys);
      const units = unitsToEvaluate(monitorId, pairs, monitor.evaluators, [], new Set(results.keys()));
      const placeOfLog = new Map(
        sampled.map((log) => [log.id, { hour: hourOf(log.created_at), model: log.model }]),
      );
      if (units.length > 0) {
        const evaluation = new BatchEvaluation(
          deps,
          {
            projectId,
            runId: monitorId,
            batchIndex: 0,
            itemConcurrency: deps.env.ASSAY_RUN_ITEM_CONCURRENCY,
            sides: { mode: 'self', sample: null, groundTruth: null },
          },
          new ResultWriter(data.resultSink(deps.stores.results, placeOfLog), results),
          Context.current().cancellationSignal,
        );
        const stopHeartbeat = heartbeatEvery(HEARTBEAT_INTERVAL_MS, () => ({ done: results.size }));
        try {
          await evaluation.run(units);
        } catch (error) {
          // Deleted mid-pass (its workflow terminated, this pass cancelled): take back what it wrote.
          if (!(await monitors.docs.get(monitorId))) await data.deleteMonitor(monitorId);
          throw error;
        } finally {
          stopHeartbeat();
        }
      }
      await data.recompute(
        projectId,
        monitorId,
        [...placeOfLog.values()].map((p) => p.hour),
      );
      // Answers are cached for a retry of this pass only: its results are stored now.
      if (units.length > 0) await deps.responseCache.dropScope(monitorId);
    }

    const last = batch.at(-1);
    const cursor = last ? { ingested_at: last.ingested_at, id: last.id } : monitor.cursor;
    const [backlog, resultCount, spend] = await Promise.all([
      logs.countArrived(monitor.container_id, cursor, settled),
      data.countResults(monitorId),
      data.spendSince(monitorId, now - (now % DAY)),
    ]);
    // Before the progress moves, so whoever sees a log counted also sees the alerts it caused.
    await checkMonitorAlerts({ monitors, data, webhooks: deps.webhooks }, monitor, now);
    // The counters move in the same update as the cursor they belong to: each log counts once.
    const updated = await monitors.docs.update(monitorId, {
      $set: {
        cursor,
        'progress.backlog': backlog,
        'progress.results': resultCount,
        'progress.scored_through': last ? last.ingested_at : monitor.progress.scored_through,
        'progress.budget_exhausted': false,
        'progress.spend_today_usd': spend,
        'progress.updated_at': now,
      },
      $inc: { 'progress.logs_seen': batch.length, 'progress.logs_sampled': sampled.length },
    });
    if (!updated) {
      // Deleted while this pass scored: take back what it wrote, so nothing of the monitor stays.
      await data.deleteMonitor(monitorId);
      return { state: 'gone', ...idle };
    }
    return { state: 'active', read: batch.length, backlog, results: resultCount };
  };
}
