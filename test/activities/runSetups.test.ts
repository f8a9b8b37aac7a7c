import { describe, expect, it } from 'vitest';
import type { RunStores } from '../../src/activities/deps.js';
import { RunSetups } from '../../src/activities/runLoader.js';
import { RunFailureType } from '../../src/core/runFailures.js';
import type { RunDoc } from '../../src/store/runs.js';

/** Run documents by project and id, counting the reads that reach them. */
function storeOf(ids: string[]) {
  const reads: string[] = [];
  const docs = new Map(
    ids.map((id) => [id, { id, project_id: 'prj', config: { evaluators: [] } } as unknown as RunDoc]),
  );
  const stores = {
    runs: () => ({
      docs: {
        get: async (id: string) => {
          reads.push(id);
          return docs.get(id) ?? null;
        },
      },
    }),
  } as unknown as RunStores;
  return { stores, reads, docs };
}

/** Pure: the run setups a worker keeps between its batches. */
describe('RunSetups', () => {
  it('reads a run once for all its batches, and keeps only what a batch uses of it', async () => {
    const { stores, reads } = storeOf(['run_a', 'run_b']);
    const setups = new RunSetups(stores);
    for (let batch = 0; batch < 5; batch++) {
      await setups.get('prj', 'run_a');
      await setups.get('prj', 'run_b');
    }
    expect(reads).toEqual(['run_a', 'run_b']);
    expect(Object.keys(await setups.get('prj', 'run_a')).sort()).toEqual(
      ['config', 'ground_truth', 'id', 'project_id', 'rerun', 'sample'].sort(),
    );
  });

  it('lets the least recently used run go past 64, and reads it again when its batches come back', async () => {
    const ids = Array.from({ length: 65 }, (_, i) => `run_${i}`);
    const { stores, reads } = storeOf(ids);
    const setups = new RunSetups(stores);
    for (const id of ids.slice(0, 64)) await setups.get('prj', id);
    await setups.get('prj', 'run_0'); // used again: now the most recent
    await setups.get('prj', 'run_64'); // the 65th: run_1 goes
    reads.length = 0;
    await setups.get('prj', 'run_0');
    await setups.get('prj', 'run_1');
    expect(reads).toEqual(['run_1']);
  });

  it('keeps nothing of a run whose document is missing: the batch fails for good, and a later read looks again', async () => {
    const { stores, reads, docs } = storeOf([]);
    const setups = new RunSetups(stores);
    await expect(setups.get('prj', 'run_late')).rejects.toMatchObject({ type: RunFailureType.fatal });
    docs.set('run_late', { id: 'run_late' } as unknown as RunDoc);
    await expect(setups.get('prj', 'run_late')).resolves.toMatchObject({ id: 'run_late' });
    expect(reads).toEqual(['run_late', 'run_late']);
  });
});
