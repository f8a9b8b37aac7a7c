import { beforeAll, describe, expect, it } from 'vitest';
import { runStatuses } from '../../src/domain/runs.js';
import { hasLiveRunUsing, liveRunStatuses } from '../../src/store/runUsage.js';
import { bootstrapProject, insertLiveRun } from '../support/apiChecks.js';
import { useTestStack } from '../support/testStack.js';

describe('hasLiveRunUsing', () => {
  let projectId: string;
  const stack = useTestStack();
  beforeAll(async () => {
    projectId = (await bootstrapProject(stack)).projectId;
  });

  it('sees queued, running and paused runs only', async () => {
    for (const status of runStatuses) {
      await insertLiveRun(stack, { container_id: `ctr_${status}` }, status);
      const used = await hasLiveRunUsing(stack.mongo.db, projectId, { containerId: `ctr_${status}` });
      expect(used, status).toBe(liveRunStatuses.includes(status));
    }
  });

  it('matches an evaluator or dataset among the run’s lists, and any of several references', async () => {
    await insertLiveRun(stack, {
      container_id: 'ctr_x',
      evaluator_ids: ['evl_a', 'evl_b'],
      dataset_ids: ['ds_a'],
    });
    const db = stack.mongo.db;
    expect(await hasLiveRunUsing(db, projectId, { evaluatorId: 'evl_b' })).toBe(true);
    expect(await hasLiveRunUsing(db, projectId, { datasetId: 'ds_a' })).toBe(true);
    expect(await hasLiveRunUsing(db, projectId, { evaluatorId: 'evl_c' })).toBe(false);
    expect(await hasLiveRunUsing(db, projectId, { evaluatorId: 'evl_c', datasetId: 'ds_a' })).toBe(true);
    await expect(hasLiveRunUsing(db, projectId, {})).rejects.toThrow();
  });

  it("ignores other projects' runs", async () => {
    await insertLiveRun(stack, { evaluator_ids: ['evl_shared'] });
    expect(await hasLiveRunUsing(stack.mongo.db, 'prj_someone_else', { evaluatorId: 'evl_shared' })).toBe(
      false,
    );
  });
});
