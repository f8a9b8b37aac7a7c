// test order: runs for minutes (test/support/longFilesFirst.ts)
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hourOf, pointOf, totalsBy } from '../../src/core/monitorBuckets.js';
import { isSampled } from '../../src/evaluation/monitorSampling.js';
import { startMongoServer, type MongoServer, type MongoServerOptions } from '../../src/stack/mongo.js';
import { freePort } from '../../src/stack/ports.js';
import { silentProgress } from '../../src/stack/progress.js';
import { findTemporalCli, startTemporalDevServer, type TemporalDevServer } from '../../src/stack/temporal.js';
import { startTestStack, testEnv, type TestStack } from '../support/harness.js';
import { startWorkerProcess, type WorkerProcess } from '../support/workerProcess.js';
import { post } from '../support/runKit.js';
import { waitFor } from '../support/waitFor.js';

/**
 * A 10% monitor while logs arrive at a steady rate (scaled down from the 20,000 to
 * 2,000), a worker killed twice with SIGKILL and the store stopped for 5 s in between: every
 * sampled log has exactly one result per evaluator, no other log has one, and the served
 * hourly metrics equal a recomputation from the stored results. Own Temporal and MongoDB
 * servers (as the combined chaos test), so the shared ones stay up for the other files.
 */
/** `ASSAY_CHAOS_MONITOR_LOGS=20000` runs it at the full size (a few minutes more). */
const LOGS = Number(process.env.ASSAY_CHAOS_MONITOR_LOGS ?? 2000);
/** Longer waits for more logs: ingestion alone takes about 8 ms a log here. */
const EXTRA_MS = (LOGS - 2000) * 25;
const BATCH = 20;
const RATE = 0.1;

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

describe('monitor chaos', () => {
  const { MONGODB_URI: _external, ...serverEnv } = process.env;
  let dir: string;
  let mongoOptions: MongoServerOptions;
  let temporal: TemporalDevServer | undefined;
  let mongo: MongoServer | undefined;
  let stack: TestStack;
  const workers: WorkerProcess[] = [];

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'assay-monitor-chaos-'));
    temporal = await startTemporalDevServer({
      cli: await findTemporalCli(silentProgress),
      port: await freePort(),
      dbFile: path.join(dir, 'temporal.sqlite'),
      namespace: 'default',
      logFile: path.join(dir, 'temporal.log'),
    });
    mongoOptions = {
      port: await freePort(),
      dataDir: path.join(dir, 'mongo'),
      logFile: path.join(dir, 'mongo.log'),
    };
    mongo = await startMongoServer(mongoOptions, silentProgress, serverEnv);
    const env = testEnv({
      TEMPORAL_ADDRESS: temporal.address,
      TEMPORAL_NAMESPACE: 'default',
      MONGODB_URI: mongo.uri,
      ASSAY_MONITOR_POLL_MS: '200',
      ASSAY_RUN_HEARTBEAT_TIMEOUT_MS: '5000',
    });
    stack = await startTestStack({ env });
    for (let i = 0; i < 2; i++) workers.push(await startWorkerProcess(env));
  });
  afterAll(async () => {
    for (const worker of workers) await worker.stop();
    await stack?.close();
    await temporal?.stop();
    await mongo?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  /** A call that rides out the store's outage (503s, refused connections) by answering null. */
  const tryCall = async (method: string, url: string, body?: unknown): Promise<Json | null> => {
    try {
      const response = await stack.call(method, url, body === undefined ? {} : { body });
      return response.status < 300 ? response.body : null;
    } catch {
      return null;
    }
  };

  it(
    'scores every sampled log exactly once through worker kills and a store restart, with metrics equal to a recomputation',
    async () => {
      await post(stack, '/v1/containers', { label: 'live' });
      for (const [name, pattern] of [
        ['polite', '^good'],
        ['short', '^.{0,9}$'],
      ]) {
        await post(stack, '/v1/evaluators', {
          container: 'live',
          name,
          type: 'grader',
          grader: { type: 'regex_check', name, input: '{{sample.output_text}}', pattern },
        });
      }
      const monitor = await post(stack, '/v1/monitors', {
        container: 'live',
        name: 'live quality',
        evaluators: ['polite', 'short'],
        sampling_rate: RATE,
      });

      // Logs at a steady rate; a batch refused during the outage is sent again (ids make it idempotent).
      const ids: string[] = [];
      const ingestion = (async () => {
        for (let start = 0; start < LOGS; start += BATCH) {
          const logs = Array.from({ length: BATCH }, (_, i) => {
            const n = start + i;
            return { id: `l-${n}`, input: `q ${n}`, output: n % 4 ? `good ${n}` : `bad answer ${n}` };
          });
          while (!(await tryCall('POST', '/v1/containers/live/logs', { logs }))) await sleep(250);
          ids.push(...logs.map((l) => `log_${l.id}`));
          await sleep(100);
        }
      })();

      // Every event while logs still arrive (at ~200/s, ~10 s in all besides the outage).
      const events: string[] = [];
      await sleep(1000);
      await workers[0]!.kill();
      events.push(`killed worker 0 after ${ids.length} logs`);
      workers[0] = await startWorkerProcess(stack.env);
      await sleep(500);
      await mongo!.stop();
      mongo = undefined;
      events.push(`stopped the store for 5 s after ${ids.length} logs`);
      await sleep(5000);
      mongo = await startMongoServer(mongoOptions, silentProgress, serverEnv);
      await sleep(500);
      await workers[1]!.kill();
      events.push(`killed worker 1 after ${ids.length} logs`);
      workers[1] = await startWorkerProcess(stack.env);
      await ingestion;

      const done = await waitFor(
        () => tryCall('GET', `/v1/monitors/${monitor.id}`),
        (m) => m !== null && m.progress.logs_seen === LOGS && m.progress.backlog === 0,
        { timeoutMs: 120_000 + EXTRA_MS, what: 'the monitor to read every log' },
      );
      const results = await stack.mongo.db.collection('run_results').find({ run_id: monitor.id }).toArray();
      const evaluatorIds = done.evaluators.map((e: Json) => e.id).sort();
      const byLog = new Map<string, string[]>();
      for (const r of results) byLog.set(r.item_id, [...(byLog.get(r.item_id) ?? []), r.evaluator_id]);
      const sampled = ids.filter((id) => isSampled(monitor.id, id, RATE));
      expect(new Set(ids).size).toBe(LOGS);
      for (const id of ids) {
        expect(byLog.get(id)?.sort() ?? [], id).toEqual(isSampled(monitor.id, id, RATE) ? evaluatorIds : []);
      }
      expect(results).toHaveLength(sampled.length * evaluatorIds.length);
      expect(done.progress).toMatchObject({ logs_sampled: sampled.length, results: results.length });

      // The served hourly points equal the points recomputed from the stored results.
      const hours = results.map((r) => r.hour as number);
      const range = `from=${Math.min(...hours)}&to=${Math.max(...hours) + 3600}&interval=hour`;
      const metrics = await stack.call('GET', `/v1/monitors/${monitor.id}/metrics?${range}`);
      expect(metrics.status).toBe(200);
      const recomputed = [...totalsBy(results as Json[], (r: Json) => `${r.hour}/${r.evaluator_id}`)]
        .map(([key, totals]) => {
          const [hour, evaluatorId] = key.split('/');
          return pointOf(hourOf(Number(hour)), evaluatorId!, totals, { low: 0, high: 1 });
        })
        .sort((a, b) => a.start - b.start || a.evaluator_id.localeCompare(b.evaluator_id));
      const served = metrics.body.data;
      expect(served.map((p: Json) => [p.start, p.evaluator_id, p.count, p.passed, p.errors])).toEqual(
        recomputed.map((p) => [p.start, p.evaluator_id, p.count, p.passed, p.errors]),
      );
      recomputed.forEach((p, i) => expect(served[i].mean).toBeCloseTo(p.mean!, 9));
      console.info(`monitor chaos: ${events.join('; ')}; ${sampled.length} of ${LOGS} logs sampled`);
    },
    300_000 + EXTRA_MS,
  );
});
