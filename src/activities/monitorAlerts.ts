import { scoreRangeOf } from '../domain/evaluators.js';
import {
  HOUR,
  hourOf,
  judgeWindow,
  mergeTotals,
  emptyTotals,
  parseRuleMetric,
  windowOf,
} from '../core/monitorBuckets.js';
import type { MonitorAlert } from '../domain/monitors.js';
import type { MonitorDataStore } from '../store/monitorData.js';
import { presentAlert, type MonitorDoc, type MonitorStore } from '../store/monitors.js';
import { webhookEventId, type WebhookDispatcher } from '../webhooks/dispatcher.js';

/**
 * Checks every rule of the monitor against its window (the last `window_hours` hours up to
 * `now`, from the hourly buckets): a rule whose window is breached and has no open alert fires
 * one; an open alert whose window is clear again resolves. Both are webhook events, with ids
 * derived from the alert, so a retried activity sends each once.
 */
export async function checkMonitorAlerts(
  deps: { monitors: MonitorStore; data: MonitorDataStore; webhooks?: WebhookDispatcher },
  monitor: MonitorDoc,
  now: number,
): Promise<void> {
  const to = hourOf(now) + HOUR;
  for (const [index, rule] of monitor.alert_rules.entries()) {
    const state = monitor.rule_states[index];
    if (!state) continue;
    const evaluator = monitor.evaluators.find((e) => e.name === parseRuleMetric(rule.metric).evaluator);
    if (!evaluator) continue;
    const from = to - rule.window_hours * HOUR;
    const buckets = await deps.data.bucketsIn(monitor.id, from, to);
    const totals = buckets
      .filter((b) => b.evaluator_id === evaluator.id)
      .reduce((sum, b) => mergeTotals(sum, b.totals), emptyTotals());
    const window = windowOf(from, to, rule, totals, scoreRangeOf(evaluator));
    const verdict = judgeWindow(rule, window);
    if (verdict === 'breached' && state.open === null) {
      const alert = await deps.monitors.fire(monitor, index, window, now);
      await emit(deps.webhooks, monitor, presentAlert(alert), 'monitor.alert.triggered', now);
    } else if (verdict === 'clear' && state.open !== null) {
      const alert = await deps.monitors.resolve(monitor, index, window, now);
      if (alert) await emit(deps.webhooks, monitor, presentAlert(alert), 'monitor.alert.resolved', now);
    }
  }
}

async function emit(
  webhooks: WebhookDispatcher | undefined,
  monitor: MonitorDoc,
  alert: MonitorAlert,
  type: 'monitor.alert.triggered' | 'monitor.alert.resolved',
  now: number,
): Promise<void> {
  if (!webhooks) return;
  await webhooks.emit(monitor.project_id, {
    id: webhookEventId(monitor.project_id, alert.id, type),
    object: 'event',
    type,
    created_at: now,
    data: {
      id: alert.id,
      object: 'monitor.alert',
      monitor_id: monitor.id,
      status: alert.status,
      metric: alert.rule.metric,
      op: alert.rule.op,
      value: alert.rule.value,
      window: type === 'monitor.alert.triggered' ? alert.fired_window : alert.resolved_window,
    },
  });
}
