import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isSampled } from '../../src/evaluation/monitorSampling.js';
import { hourOf, pointOf, totalsBy, totalsByEvaluator } from '../../src/core/monitorBuckets.js';
import { copiesOf } from '../support/leftovers.js';
import { post, seedJudge, useRunKit, waitForRun } from '../support/runKit.js';
import { waitFor } from '../support/waitFor.js';
import { WebhookReceiver } from '../support/webhookReceiver.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

const receiver = new WebhookReceiver();
let receiverUrl = '';
beforeAll(async () => {
  receiverUrl = await receiver.start();
});
afterAll(() => receiver.close());

const { stack } = useRunKit({ ASSAY_MONITOR_POLL_MS: '200', ASSAY_WEBHOOK_ALLOWED_HOSTS: '127.0.0.1' });

/** Passes when the output starts with "good": the quality the alert watches, decided by the log. */
const seedPoliteGrader = (container: string) =>
  post(stack, '/v1/evaluators', {
    container,
    name: 'polite',
    type: 'grader',
    grader: { type: 'regex_check', name: 'polite', input: '{{sample.output_text}}', pattern: '^good' },
  });

let logCounter = 0;
async function ingest(container: string, count: number, goodEvery: number): Promise<string[]> {
  const logs = Array.from({ length: count }, () => {
    const n = logCounter++;
    return {
      id: `m-${n}`,
      input: `question ${n}`,
      output: n % goodEvery === 0 ? `bad answer ${n}` : `good answer ${n}`,
    };
  });
  await post(stack, `/v1/containers/${container}/logs`, { logs }, 200);
  return logs.map((l) => `log_${l.id}`);
}

const getMonitor = async (id: string): Promise<Json> => (await stack.call('GET', `/v1/monitors/${id}`)).body;
const waitForSeen = (id: string, logs: number) =>
  waitFor(
    () => getMonitor(id),
    (m) => m.progress.logs_seen === logs && m.progress.backlog === 0,
    { what: `monitor ${id} to read ${logs} logs`, timeoutMs: 40_000 },
  );
const resultsOf = (monitorId: string): Promise<Json[]> =>
  stack.mongo.db.collection('run_results').find({ run_id: monitorId }).toArray();

describe('monitors', () => {
  it('refuses bad input at create with a 422 naming the field, and stores nothing', async () => {
    await post(stack, '/v1/containers', { label: 'strict' });
    await seedPoliteGrader('strict');
    const base = { container: 'strict', name: 'm', evaluators: ['polite'] };
    const cases: [Record<string, unknown>, string][] = [
      [{ ...base, sampling_rate: 0 }, 'sampling_rate'],
      [{ ...base, sampling_rate: 1.5 }, 'sampling_rate'],
      [{ ...base, alert_rules: [{ metric: 'nope.pass_rate', op: '<', value: 0.5 }] }, 'alert_rules.0.metric'],
      [{ ...base, alert_rules: [{ metric: 'polite.p99', op: '<', value: 0.5 }] }, 'alert_rules.0.metric'],
      [{ ...base, filters: { latency_ms: { max: 10 } } }, 'filters.latency_ms'],
      [{ ...base, filters: { input_length: { min: 9, max: 3 } } }, 'filters.input_length'],
    ];
    for (const [body, field] of cases) {
      const res = await stack.call('POST', '/v1/monitors', { body });
      expect(res.status, JSON.stringify(res.body)).toBe(422);
      expect(res.body.error.details[0].field, JSON.stringify(res.body)).toBe(field);
    }
    const unknownEvaluator = await stack.call('POST', '/v1/monitors', {
      body: { ...base, evaluators: ['missing'] },
    });
    expect(unknownEvaluator.status).toBe(404);
    const list = await stack.call('GET', '/v1/monitors');
    expect(list.body.data).toHaveLength(0);
  });

  it('scores every sampled log exactly once per evaluator while logs arrive, keeps metrics equal to its results, and alerts on a quality drop only', async () => {
    await post(stack, '/v1/containers', { label: 'shop' });
    await seedPoliteGrader('shop');
    await seedJudge(stack, 'shop', 'helpful', { prompt: 'Q: {{input}}\nA: {{output}}' });
    await post(stack, '/v1/webhooks', {
      url: receiverUrl,
      event_types: ['monitor.alert.triggered', 'monitor.alert.resolved'],
    });
    const monitor = await post(stack, '/v1/monitors', {
      container: 'shop',
      name: 'shop quality',
      evaluators: ['polite', 'helpful'],
      sampling_rate: 0.5,
      // True quality 0.9 sits on the rule's edge: noise alone must not fire it.
      alert_rules: [{ metric: 'polite.pass_rate', op: '<', value: 0.9, window_hours: 1, min_items: 20 }],
    });
    expect(monitor).toMatchObject({ object: 'monitor', version: 1, status: 'active', sampling_rate: 0.5 });

    // Unchanged quality, arriving in three batches while the monitor runs.
    const steady: string[] = [];
    for (let i = 0; i < 3; i++) steady.push(...(await ingest('shop', 40, 10)));
    await waitForSeen(monitor.id, 120);
    const steadyAlerts = await stack.call('GET', `/v1/monitors/${monitor.id}/alerts`);
    expect(steadyAlerts.body.data).toEqual([]);

    // Paused: new logs wait; resumed: they are scored from where it stopped.
    await post(stack, `/v1/monitors/${monitor.id}/pause`, {}, 200);
    const drop = await ingest('shop', 200, 1); // every one bad: the quality drop
    const resumed = await post(stack, `/v1/monitors/${monitor.id}/resume`, {}, 200);
    expect(resumed.status).toBe('active');
    const done = await waitForSeen(monitor.id, 320);

    const all = [...steady, ...drop];
    const results = await resultsOf(monitor.id);
    const evaluatorIds = done.evaluators.map((e: Json) => e.id).sort();
    const byLog = new Map<string, string[]>();
    for (const r of results) byLog.set(r.item_id, [...(byLog.get(r.item_id) ?? []), r.evaluator_id]);
    const sampled = all.filter((id) => isSampled(monitor.id, id, 0.5));
    expect(sampled.length).toBeGreaterThan(100);
    for (const id of all) {
      expect(byLog.get(id)?.sort() ?? [], id).toEqual(isSampled(monitor.id, id, 0.5) ? evaluatorIds : []);
    }
    expect(results).toHaveLength(sampled.length * 2);
    expect(done.progress).toMatchObject({
      logs_seen: 320,
      logs_sampled: sampled.length,
      results: results.length,
    });

    // The served metrics equal a recomputation from the stored results.
    const now = Math.floor(Date.now() / 1000);
    const range = `from=${hourOf(now) - 3600}&to=${hourOf(now) + 3600}&interval=day`;
    const metrics = await stack.call('GET', `/v1/monitors/${monitor.id}/metrics?${range}`);
    expect(metrics.status, JSON.stringify(metrics.body)).toBe(200);
    const expected = [...totalsByEvaluator(results)]
      .map(([evaluatorId, totals]) => pointOf(now - (now % 86400), evaluatorId, totals, { low: 0, high: 1 }))
      .sort((a, b) => a.evaluator_id.localeCompare(b.evaluator_id));
    const served = [...metrics.body.data].sort((a: Json, b: Json) =>
      a.evaluator_id.localeCompare(b.evaluator_id),
    );
    expect(served.map((p: Json) => [p.evaluator_id, p.count, p.passed, p.errors])).toEqual(
      expected.map((p) => [p.evaluator_id, p.count, p.passed, p.errors]),
    );
    for (const [i, point] of served.entries()) expect(point.mean).toBeCloseTo(expected[i]!.mean!, 9);
    const polite = served.find((p: Json) => p.evaluator_id === done.evaluators[0].id);
    expect(polite.count).toBe(sampled.length);

    // The drop fired the rule once, with the window that caused it, and as a webhook event.
    const alerts = await waitFor(
      () => stack.call('GET', `/v1/monitors/${monitor.id}/alerts`),
      (res) => res.body.data.length > 0,
      { what: 'an alert' },
    );
    expect(alerts.body.data).toHaveLength(1);
    const alert = alerts.body.data[0];
    expect(alert).toMatchObject({ status: 'firing', rule_index: 0, monitor_id: monitor.id });
    expect(alert.fired_window.interval.high).toBeLessThan(0.9);
    expect(alert.fired_window.count).toBeGreaterThanOrEqual(20);
    await waitFor(
      async () => receiver.requests.map((r) => JSON.parse(r.body)),
      (events) => events.some((e: Json) => e.type === 'monitor.alert.triggered' && e.data.id === alert.id),
      { what: 'the alert webhook' },
    );

    // A change is a new version; deleting leaves no copy of the monitor anywhere in the store.
    const changed = await stack.call('PATCH', `/v1/monitors/${monitor.id}`, {
      body: { sampling_rate: 0.25 },
    });
    expect(changed.body).toMatchObject({ version: 2, sampling_rate: 0.25 });
    const deleted = await stack.call('DELETE', `/v1/monitors/${monitor.id}`);
    expect(deleted.body).toEqual({ object: 'monitor', id: monitor.id, deleted: true });
    expect(await copiesOf(stack.mongo.db, monitor.id)).toEqual([]);
    expect((await stack.call('GET', `/v1/monitors/${monitor.id}`)).status).toBe(404);
  }, 90_000);

  it('backfills a time range as an ordinary run over exactly the logs the monitor picks there', async () => {
    await post(stack, '/v1/containers', { label: 'past' });
    await seedPoliteGrader('past');
    const hour = hourOf(Math.floor(Date.now() / 1000)) - 10 * 3600;
    // In range and out of it (before, after), on the filtered model and on another, short and long.
    const logs = Array.from({ length: 120 }, (_, n) => ({
      id: `p-${n}`,
      input: n % 7 === 0 ? 'q' : `question ${n}`,
      output: n % 3 === 0 ? `bad ${n}` : `good ${n}`,
      model: n % 4 === 0 ? 'other' : 'gpt-x',
      created_at: hour - 600 + n * 10, // 600 s before the range to 600 s after it starts
    }));
    await post(stack, '/v1/containers/past/logs', { logs }, 200);
    const monitor = await post(stack, '/v1/monitors', {
      container: 'past',
      name: 'past quality',
      evaluators: ['polite'],
      sampling_rate: 0.5,
      filters: { model: 'gpt-x', input_length: { min: 2 } },
    });
    const range = { from: hour, to: hour + 500 };

    for (const body of [{ from: hour, to: hour }, { from: hour + 10, to: hour }, { from: hour }]) {
      const bad = await stack.call('POST', `/v1/monitors/${monitor.id}/backfill`, { body });
      expect(bad.status, JSON.stringify(bad.body)).toBe(422);
      expect(bad.body.error.details[0].field).toBe('to');
    }
    const missing = await stack.call('POST', '/v1/monitors/mon_missing/backfill', { body: range });
    expect(missing.status).toBe(404);

    const run = await post(stack, `/v1/monitors/${monitor.id}/backfill`, range);
    expect(run).toMatchObject({
      object: 'evaluation.run',
      metadata: { monitor_id: monitor.id, monitor_version: '1' },
    });
    const finished = await waitForRun(stack, run.id);
    expect(finished.status, JSON.stringify(finished)).toBe('completed');

    const expected = logs
      .filter((l) => l.created_at >= range.from && l.created_at < range.to)
      .filter((l) => l.model === 'gpt-x' && l.input.length >= 2)
      .map((l) => `log_${l.id}`)
      .filter((id) => isSampled(monitor.id, id, 0.5))
      .sort();
    expect(expected.length).toBeGreaterThan(5);
    const results = await stack.mongo.db.collection('run_results').find({ run_id: run.id }).toArray();
    expect(results.map((r) => r.item_id).sort()).toEqual(expected);
  }, 60_000);

  it("serves points per evaluator and model, equal to a recomputation from the results by their logs' model", async () => {
    await post(stack, '/v1/containers', { label: 'multi' });
    await seedPoliteGrader('multi');
    const monitor = await post(stack, '/v1/monitors', {
      container: 'multi',
      name: 'mm',
      evaluators: ['polite'],
    });
    const models = ['model-a', 'model-b', undefined];
    const logs = Array.from({ length: 60 }, (_, n) => ({
      id: `mm-${n}`,
      input: `q ${n}`,
      // model-a is worse than model-b: the split shows what the plain series averages away.
      output: n % (n % 3 === 0 ? 2 : 5) === 0 ? `bad ${n}` : `good ${n}`,
      ...(models[n % 3] ? { model: models[n % 3] } : {}),
    }));
    await post(stack, '/v1/containers/multi/logs', { logs }, 200);
    await waitForSeen(monitor.id, 60);

    const results = await resultsOf(monitor.id);
    const modelOf = new Map(logs.map((l) => [`log_${l.id}`, l.model ?? null]));
    const now = Math.floor(Date.now() / 1000);
    const day = now - (now % 86400);
    const range = `from=${hourOf(now) - 3600}&to=${hourOf(now) + 3600}&interval=day`;
    const expected = [...totalsBy(results, (r: Json) => JSON.stringify(modelOf.get(r.item_id)))]
      .map(([model, totals]) => ({
        ...pointOf(day, results[0].evaluator_id, totals, { low: 0, high: 1 }),
        model: JSON.parse(model),
      }))
      .sort((a, b) => (a.model ?? '').localeCompare(b.model ?? ''));
    expect(expected.map((p) => [p.model, p.count])).toEqual([
      [null, 20],
      ['model-a', 20],
      ['model-b', 20],
    ]);

    const grouped = await stack.call('GET', `/v1/monitors/${monitor.id}/metrics?${range}&group_by=model`);
    expect(grouped.status, JSON.stringify(grouped.body)).toBe(200);
    expect(grouped.body.data).toEqual(expected);
    const one = await stack.call('GET', `/v1/monitors/${monitor.id}/metrics?${range}&model=model-a`);
    expect(one.body.data).toEqual(expected.filter((p) => p.model === 'model-a'));
    const plain = await stack.call('GET', `/v1/monitors/${monitor.id}/metrics?${range}`);
    expect(plain.body.data).toHaveLength(1);
    expect(plain.body.data[0]).not.toHaveProperty('model');
    expect(plain.body.data[0].count).toBe(60);
    const bad = await stack.call('GET', `/v1/monitors/${monitor.id}/metrics?${range}&group_by=region`);
    expect(bad.status).toBe(422);
    expect(bad.body.error.details[0].field).toBe('group_by');
  }, 60_000);
});
