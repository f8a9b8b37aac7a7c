import { driveApiLoad, type ApiLoadOptions } from '../test/support/apiLoad.js';
import type { InProcessStack } from '../test/support/inProcessStack.js';
import { median, percentile, round, type Measurement } from './report.js';

/**
 * The load test's driver (test/load/apiLoad.test.ts) with larger, fixed settings: four
 * scenarios at once (log ingestion, dataset uploads, run creation, readers polling a run
 * and a list), each through `connections` keep-alive connections. Reports p50/p95/p99 and
 * throughput per endpoint, and fails on any answer that is not 2xx: a figure measured
 * over errors would flatter the server.
 */
export async function benchApiLoad(stack: InProcessStack, options: ApiLoadOptions): Promise<Measurement[]> {
  const call = async (path: string, body: unknown, expected: number) => {
    const answer = await stack.call('POST', path, { body });
    if (answer.status !== expected) throw new Error(`POST ${path}: HTTP ${answer.status}`);
    return answer.body as { id: string };
  };
  await call('/v1/containers', { label: 'load' }, 201);
  await call('/v1/containers/load/logs', [{ id: 'seed', input: 'q', output: 'a' }], 200);
  await call('/v1/datasets', { name: 'load-set' }, 201);
  await call(
    '/v1/evaluators',
    {
      container: 'load',
      name: 'load-judge',
      type: 'judge',
      judge_model: 'fake/judge-model',
      judge_prompt: '{{output}}',
    },
    201,
  );
  // No worker: runs stay queued, which is all the API needs to serve them.
  const run = await call(
    '/v1/evaluations/runs',
    { container: 'load', evaluators: ['load-judge'], sample: { type: 'container' } },
    201,
  );
  const load = await driveApiLoad(
    stack,
    { container: 'load', dataset: 'load-set', evaluator: 'load-judge', runId: run.id },
    options,
  );
  for (const scenario of load.scenarios) {
    const failed = Object.entries(scenario.statuses).filter(([status]) => !status.startsWith('2'));
    if (failed.length > 0 || scenario.errors > 0 || scenario.timeouts > 0) {
      throw new Error(
        `${scenario.name}: statuses ${JSON.stringify(scenario.statuses)}, ${scenario.errors} errors, ${scenario.timeouts} timeouts`,
      );
    }
  }
  const note = `4 scenarios at once, ${options.connections} connections each, ${options.batch} records per write`;
  const measurements: Measurement[] = [];
  for (const [endpoint, { latenciesMs: timings, firstSentAt, lastAnsweredAt }] of load.endpoints) {
    const seconds = (lastAnsweredAt - firstSentAt) / 1000;
    measurements.push(
      { bench: 'load', metric: `${endpoint} p50`, value: round(median(timings)), unit: 'ms', runs: [], note },
      {
        bench: 'load',
        metric: `${endpoint} p95`,
        value: round(percentile(timings, 95)),
        unit: 'ms',
        runs: [],
      },
      {
        bench: 'load',
        metric: `${endpoint} p99`,
        value: round(percentile(timings, 99)),
        unit: 'ms',
        runs: [],
      },
      {
        bench: 'load',
        metric: `${endpoint} throughput`,
        value: round(timings.length / seconds),
        unit: 'req/s',
        runs: [],
        note: `${timings.length} requests in ${round(seconds)} s`,
      },
    );
  }
  return measurements;
}
