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
  const options = runKitOptions();
  const stack = useTestStack({
    ...options,
    env: { ...(options.env as Record<string, string>), ASSAY_METRICS_TOKEN: token },
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
  }, 120_000);

  it('passes promtool check metrics, and /metrics without the token is a 404', async () => {
    const text = await (
      await fetch(`${stack.api.url}/metrics`, { headers: { authorization: `Bearer ${token}` } })
    ).text();
    expect(text).toContain('assay_model_calls_total');
    for (const exposition of [text, await (await fetch(worker.url)).text()]) {
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
