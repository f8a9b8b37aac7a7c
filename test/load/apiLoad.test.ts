import { beforeAll, describe, expect, it } from 'vitest';
import { driveApiLoad, formatLoadReport, type ApiLoadReport } from '../support/apiLoad.js';
import type { TestStack } from '../support/harness.js';
import { useTestStack } from '../support/testStack.js';
import { post, seedJudge } from '../support/runKit.js';

/** Every id a list endpoint holds, page by page. */
async function listedIds(stack: TestStack, path: string): Promise<Set<string>> {
  const ids = new Set<string>();
  let after: string | null = null;
  do {
    const page = await stack.call('GET', `${path}?limit=100${after ? `&after=${after}` : ''}`);
    expect(page.status).toBe(200);
    for (const item of page.body.data as { id: string }[]) ids.add(item.id);
    after = page.body.has_more ? page.body.last_id : null;
  } while (after);
  return ids;
}

/**
 * The API under many concurrent clients (autocannon; bounded, so it fits CI): no
 * 5xx but declared 503s, no client errors or timeouts, and every write it
 * acknowledged readable afterwards. Latency percentiles are printed; speed targets
 * live in `npm run bench`, the bounds here only catch a wedged server.
 */
describe('the API under concurrent load', () => {
  let load: ApiLoadReport;

  const stack = useTestStack({
    fakeLlm: true,
    env: {
      // Every client here shares one key; the per-key limit has its own tests.
      ASSAY_RATE_LIMIT_PER_MINUTE: '1000000',
      ASSAY_PROJECT_RATE_LIMIT_PER_MINUTE: '1000000',
      ASSAY_AUTH_FAILURES_PER_MINUTE: '1000000',
    },
  });
  beforeAll(async () => {
    await post(stack, '/v1/containers', { label: 'load' });
    await post(stack, '/v1/containers/load/logs', [{ id: 'seed', input: 'q', output: 'a' }], 200);
    await post(stack, '/v1/datasets', { name: 'load-set' });
    await seedJudge(stack, 'load', 'load-judge');
    // No worker: runs stay queued, which is all the API needs to serve them.
    const run = await post(stack, '/v1/evaluations/runs', {
      container: 'load',
      evaluators: ['load-judge'],
      sample: { type: 'container' },
    });
    load = await driveApiLoad(
      stack,
      { container: 'load', dataset: 'load-set', evaluator: 'load-judge', runId: run.id },
      { connections: 4, requests: 40, batch: 10 },
    );
    console.log(`API load (4 scenarios at once, 4 connections each):\n${formatLoadReport(load)}`);
  }, 300_000);

  it('answers every request with a declared status: no 5xx but 503, no socket errors or timeouts', () => {
    for (const scenario of load.scenarios) {
      const unexpected = Object.keys(scenario.statuses).filter(
        (status) => status.startsWith('5') && status !== '503',
      );
      expect({
        scenario: scenario.name,
        unexpected,
        errors: scenario.errors,
        timeouts: scenario.timeouts,
      }).toEqual({ scenario: scenario.name, unexpected: [], errors: 0, timeouts: 0 });
      // Writes and reads alike succeed under this load (503 would mean an upstream was down).
      expect(
        Object.keys(scenario.statuses).every((status) => status.startsWith('2')),
        scenario.name,
      ).toBe(true);
      // A sanity bound, not a target: a wedged server takes seconds.
      expect(scenario.latencyMs.p99, scenario.name).toBeLessThan(30_000);
    }
  });

  it('keeps every acknowledged write: logs, dataset items and runs are all readable afterwards', async () => {
    expect(load.acknowledged.logs.size).toBe(400);
    expect(load.acknowledged.items.size).toBe(400);
    expect(load.acknowledged.runs.size).toBe(10);
    const logs = await listedIds(stack, '/v1/containers/load/logs');
    expect([...load.acknowledged.logs].filter((id) => !logs.has(id))).toEqual([]);
    const items = await listedIds(stack, '/v1/datasets/load-set/items');
    expect([...load.acknowledged.items].filter((id) => !items.has(id))).toEqual([]);
    for (const id of load.acknowledged.runs) {
      const run = await stack.call('GET', `/v1/evaluations/runs/${id}`);
      expect({ id, status: run.status }).toEqual({ id, status: 200 });
    }
  });
});
