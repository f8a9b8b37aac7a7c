import { spawn, execFile, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMetricsServer } from '../../src/platform/metricsServer.js';
import { freePort } from '../../src/stack/ports.js';
import { post, runKitOptions, seedContainer, seedJudge, waitForRun } from '../support/runKit.js';
import { useTestStack } from '../support/testStack.js';
import { waitFor } from '../support/waitFor.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

/**
 * The metrics an operator alerts on, read by a real Prometheus (Debian's `prometheus`): it scrapes
 * the API's `/metrics` (with its bearer token) and the worker's metrics listener, and its query
 * API answers the model calls of a finished run, equal to what the provider saw. `promtool
 * check metrics` lints both exposition texts.
 */
const token = 'metrics-token-for-the-test-0123456789';
const prometheusBin = process.env.PROMETHEUS_PATH ?? '/usr/bin/prometheus';
const promtoolBin = process.env.PROMTOOL_PATH ?? '/usr/bin/promtool';

describe('Prometheus metrics', () => {
  // The Temporal SDK's own listener (its runtime is installed by the test's worker, the first here).
  let temporalPort: number;
  beforeAll(async () => {
    temporalPort = await freePort();
  });
  const options = runKitOptions();
  const stack = useTestStack({
    ...options,
    env: () => ({
      ...(options.env as Record<string, string>),
      ASSAY_METRICS_TOKEN: token,
      ASSAY_WORKER_TEMPORAL_METRICS_PORT: String(temporalPort),
    }),
  });
  let dir: string;
  let prometheus: ChildProcess;
  let prometheusUrl: string;
  let worker: Awaited<ReturnType<typeof startMetricsServer>>;

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'assay-prometheus-'));
    // The test's worker runs in this process: its listener serves the same registry a worker process would.
    worker = await startMetricsServer('127.0.0.1', 0);
    const api = new URL(stack.api.url);
    const workerUrl = new URL(worker.url);
    writeFileSync(
      path.join(dir, 'prometheus.yml'),
      [
        'global: { scrape_interval: 1s }',
        'scrape_configs:',
        '  - job_name: assay-api',
        `    authorization: { credentials: ${token} }`,
        `    static_configs: [{ targets: ['${api.host}'] }]`,
        '  - job_name: assay-worker',
        `    static_configs: [{ targets: ['${workerUrl.host}'] }]`,
        '  - job_name: temporal-sdk',
        `    static_configs: [{ targets: ['127.0.0.1:${temporalPort}'] }]`,
        '',
      ].join('\n'),
    );
    const port = await freePort();
    prometheusUrl = `http://127.0.0.1:${port}`;
    prometheus = spawn(
      prometheusBin,
      [
        `--config.file=${path.join(dir, 'prometheus.yml')}`,
        `--storage.tsdb.path=${path.join(dir, 'data')}`,
        `--web.listen-address=127.0.0.1:${port}`,
      ],
      { stdio: 'ignore' },
    );
    await waitFor(
      () =>
        fetch(`${prometheusUrl}/-/ready`).then(
          (r) => r.ok,
          () => false,
        ),
      (ready) => ready,
      { timeoutMs: 30_000, what: 'Prometheus ready' },
    );
  }, 60_000);
  afterAll(async () => {
    prometheus?.kill('SIGTERM');
    await worker?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  const query = async (promql: string): Promise<number | null> => {
    const response = (await (
      await fetch(`${prometheusUrl}/api/v1/query?query=${encodeURIComponent(promql)}`)
    ).json()) as Json;
    const [sample] = response.data.result;
    return sample ? Number(sample.value[1]) : null;
  };

  it("answers a finished run's model calls, equal to the provider's count, from both targets", async () => {
    await seedContainer(
      stack,
      'metered',
      Array.from({ length: 6 }, (_, i) => ({ input: `q${i}`, output: `a${i}` })),
    );
    await seedJudge(stack, 'metered', 'metered-judge');
    const run = await post(stack, '/v1/evaluations/runs', {
      container: 'metered',
      evaluators: ['metered-judge'],
      sample: { type: 'container' },
    });
    expect((await waitForRun(stack, run.id)).status).toBe('completed');
    const answered = stack.fake.requests.filter((r) => r.answered).length;
    expect(answered).toBeGreaterThanOrEqual(6);
    for (const job of ['assay-api', 'assay-worker']) {
      const promql = `sum(assay_model_calls_total{job="${job}",provider="fake",outcome="ok"})`;
      await waitFor(
        () => query(promql),
        (value) => value === answered,
        { timeoutMs: 30_000, what: promql },
      );
    }
    // The API's own traffic, by route template (never a path with an id in it).
    const byRoute = await query(
      'sum(assay_http_requests_total{job="assay-api",route="/v1/evaluations/runs/:id"})',
    );
    expect(byRoute).toBeGreaterThan(0);

    // The run's own series: its final status, its 3 batches of 2 items, and its spend at the
    // fake provider's prices (judge-model is priced; the run made only judge calls).
    const worker = async (promql: string, until: (value: number | null) => boolean) =>
      waitFor(() => query(promql), until, { timeoutMs: 30_000, what: promql });
    await worker('sum(assay_runs_finished_total{job="assay-worker",status="completed"})', (v) => v === 1);
    await worker('sum(assay_batches_evaluated_total{job="assay-worker",outcome="ok"})', (v) => v === 3);
    await worker(
      'sum(assay_model_spend_usd_total{job="assay-worker",provider="fake",model="judge-model"})',
      (v) => v !== null && v > 0,
    );
    // Nothing was deleted: every store job kind reads 0 on the API, which runs them.
    await worker('count(assay_store_jobs_pending{job="assay-api"} == 0)', (v) => v === 3);
    // The SDK's worker metrics, from its own listener.
    await worker('count({job="temporal-sdk",__name__=~"temporal_.+"})', (v) => v !== null && v > 0);
  }, 120_000);

  it('passes promtool check metrics, and /metrics without the token is a 404', async () => {
    const text = await (
      await fetch(`${stack.api.url}/metrics`, { headers: { authorization: `Bearer ${token}` } })
    ).text();
    expect(text).toContain('assay_model_calls_total');
    const temporal = await (await fetch(`http://127.0.0.1:${temporalPort}/metrics`)).text();
    expect(temporal).toContain('temporal_');
    for (const exposition of [text, await (await fetch(worker.url)).text(), temporal]) {
      const check = promisify(execFile)(promtoolBin, ['check', 'metrics']);
      check.child.stdin!.end(exposition);
      await expect(check).resolves.toBeDefined();
    }
    expect((await fetch(`${stack.api.url}/metrics`)).status).toBe(404);
    expect(
      (await fetch(`${stack.api.url}/metrics`, { headers: { authorization: 'Bearer wrong' } })).status,
    ).toBe(404);
  });
});
