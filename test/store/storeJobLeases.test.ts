import { describe, expect, it } from 'vitest';
import { LEASE_MS, StoreJobLeases, STORE_JOB_LEASES_COLLECTION } from '../../src/store/storeJobLeases.js';
import { useTestDatabase } from '../support/testDatabase.js';

/** Store jobs are run by whichever process holds their lease: the API and workers never run one twice at once. */
describe('store job leases', () => {
  const db = useTestDatabase('leases');

  it('gives a job to one process at a time, and to the next once released', async () => {
    const api = new StoreJobLeases(db());
    const worker = new StoreJobLeases(db());
    const held = await api.take('delete_dataset_items/p/ds_1');
    expect(held).not.toBeNull();
    expect(await worker.take('delete_dataset_items/p/ds_1')).toBeNull();
    // Another job is free meanwhile.
    const other = await worker.take('delete_dataset_items/p/ds_2');
    expect(other).not.toBeNull();
    await held!.release();
    const next = await worker.take('delete_dataset_items/p/ds_1');
    expect(next).not.toBeNull();
    await next!.release();
    await other!.release();
    expect(await db().collection(STORE_JOB_LEASES_COLLECTION).countDocuments()).toBe(0);
  });

  it('takes over the lease of a holder that stopped renewing it (a crashed process)', async () => {
    let now = 1_000_000;
    const crashed = new StoreJobLeases(db(), () => now);
    const survivor = new StoreJobLeases(db(), () => now);
    expect(await crashed.take('seal_results_index/p/run_1')).not.toBeNull();
    now += LEASE_MS - 1;
    expect(await survivor.take('seal_results_index/p/run_1')).toBeNull();
    now += 2;
    const taken = await survivor.take('seal_results_index/p/run_1');
    expect(taken).not.toBeNull();
    await taken!.release();
  });
});
