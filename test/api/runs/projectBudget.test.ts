import { beforeAll, describe, expect, it } from 'vitest';
import { expectError } from '../../support/apiChecks.js';
import {
  adminProjectId,
  post,
  seedContainer,
  seedJudge,
  useRunKit,
  waitForRun,
} from '../../support/runKit.js';

const logs = Array.from({ length: 60 }, (_, i) => ({ input: `prompt ${i}`, output: `reply ${i}` }));

/** ASSAY_PROJECT_BUDGET_USD: a write key cannot spend the operator's model credit without bound. */
describe("a project's spend ceiling", () => {
  const ceiling = 1000;
  const kit = useRunKit({ ASSAY_PROJECT_BUDGET_USD: String(ceiling) });
  beforeAll(async () => {
    await seedContainer(kit.stack, 'bot', logs);
    await seedJudge(kit.stack, 'bot', 'quality');
  });

  const runBody = { container: 'bot', evaluators: ['quality'], sample: { type: 'container' } };

  /** Another run of the project that spent `usd` (as a run the workflow finished would show). */
  async function spentElsewhere(usd: number): Promise<string> {
    const projectId = await adminProjectId(kit.stack);
    const id = `run_elsewhere${Math.random().toString(36).slice(2, 8)}`;
    await kit.stack.mongo.db.collection<{ _id: string; [field: string]: unknown }>('runs').insertOne({
      _id: `${projectId}/${id}`,
      id,
      project_id: projectId,
      status: 'completed',
      estimated_spend: { estimated_usd: usd, actual_usd: usd, budget_usd: null },
    });
    return id;
  }

  it('pauses a running run before a batch would cross the ceiling, and refuses new runs', async () => {
    kit.fake.setLatency(100);
    const run = await post(kit.stack, '/v1/evaluations/runs', runBody);
    await waitForRun(kit.stack, run.id, (r) => r.progress.done >= 2);
    // Each window of batches now takes a second, so the run cannot finish first on a slow machine.
    kit.fake.setLatency(1000);
    // Meanwhile the project's other runs spent all of it (the run learns it at its next projection,
    // every few batches: 30 batches of 2 items leave plenty after it).
    const other = await spentElsewhere(ceiling);
    const paused = await waitForRun(kit.stack, run.id, (r) => r.status === 'paused', 20_000);
    expect(paused.status_reason).toBe('project_budget_exceeded');
    expect(paused.progress.done).toBeLessThan(logs.length);

    const refused = await expectError(
      kit.stack.request('POST', '/v1/evaluations/runs', { body: runBody }),
      403,
      'project_budget_exceeded',
    );
    expect(refused.message).toContain('ASSAY_PROJECT_BUDGET_USD');

    // Room again (the operator raised the ceiling, say): resume completes the run within it.
    kit.fake.setLatency(0);
    await kit.stack.mongo.db.collection('runs').deleteOne({ id: other });
    expect((await kit.stack.call('POST', `/v1/evaluations/runs/${run.id}/resume`)).status).toBe(202);
    const done = await waitForRun(kit.stack, run.id);
    expect(done.status).toBe('completed');
    expect(done.estimated_spend.actual_usd).toBeGreaterThan(0);
  });

  it("refuses at creation a run whose estimate does not fit beside the project's spend", async () => {
    const probe = await post(kit.stack, '/v1/evaluations/runs', runBody);
    const estimate = probe.estimated_spend.estimated_usd;
    expect(estimate).toBeGreaterThan(0);
    await waitForRun(kit.stack, probe.id);
    const spent = (await kit.stack.call('GET', `/v1/evaluations/runs`)).body.data.reduce(
      (sum: number, r: { estimated_spend: { actual_usd: number } }) => sum + r.estimated_spend.actual_usd,
      0,
    );
    await spentElsewhere(ceiling - spent - estimate / 2);
    const refused = await expectError(
      kit.stack.request('POST', '/v1/evaluations/runs', { body: runBody }),
      403,
      'project_budget_exceeded',
    );
    expect(refused.message).toMatch(/estimated at \$\d/);
  });
});
