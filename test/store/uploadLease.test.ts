import { afterEach, describe, expect, it, vi } from 'vitest';
import { ItemUpload } from '../../src/store/datasetUploads.js';

/**
 * An upload's lease renewals and its commit write the same upload document. On FerretDB an update
 * reads the document and writes it back whole, so two in flight at once can lose one: a renewal
 * landing over the commit wrote the upload back as pending, and a later upload swept it with its
 * items (1 upload in 100 of a 1,000,000-item dataset). The commit therefore waits for the renewal
 * on its way, and no renewal starts after it.
 */
describe('an upload and its lease', () => {
  afterEach(() => vi.useRealTimers());

  it('commits only once the renewal in flight has landed, and renews no more after', async () => {
    vi.useFakeTimers();
    const writes: string[] = [];
    const pending: (() => void)[] = [];
    const uploads = {
      findMany: async () => [],
      insert: async () => ({}),
      update: (_id: string, update: { $set: Record<string, unknown> }) => {
        const what = 'status' in update.$set ? 'commit' : 'renewal';
        writes.push(`${what} sent`);
        return new Promise((resolve) =>
          pending.push(() => {
            writes.push(`${what} landed`);
            resolve({});
          }),
        );
      },
    };
    const upload = await ItemUpload.begin({} as never, {} as never, uploads as never, 'ds_1');

    await vi.advanceTimersByTimeAsync(2_000);
    expect(writes).toEqual(['renewal sent']);
    const committed = upload.commit();
    await vi.advanceTimersByTimeAsync(0);
    expect(writes).toEqual(['renewal sent']);

    pending.shift()!();
    await vi.advanceTimersByTimeAsync(0);
    expect(writes).toEqual(['renewal sent', 'renewal landed', 'commit sent']);
    pending.shift()!();
    await committed;
    await vi.advanceTimersByTimeAsync(10_000);
    expect(writes).toEqual(['renewal sent', 'renewal landed', 'commit sent', 'commit landed']);
  });

  it('sends one renewal at a time when the store is slower than the beat', async () => {
    vi.useFakeTimers();
    let inFlight = 0;
    let most = 0;
    const release: (() => void)[] = [];
    const uploads = {
      findMany: async () => [],
      insert: async () => ({}),
      update: () => {
        most = Math.max(most, ++inFlight);
        return new Promise((resolve) => release.push(() => (inFlight--, resolve({}))));
      },
    };
    const upload = await ItemUpload.begin({} as never, {} as never, uploads as never, 'ds_1');
    await vi.advanceTimersByTimeAsync(6_000);
    expect(most).toBe(1);
    while (release.length > 0) {
      release.shift()!();
      await vi.advanceTimersByTimeAsync(0);
    }
    const aborted = upload.abort().catch(() => undefined);
    await vi.advanceTimersByTimeAsync(0);
    expect(most).toBe(1);
    void aborted;
  });
});
