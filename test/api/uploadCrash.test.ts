import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApiProcess, type ApiProcess } from '../support/apiProcess.js';
import { useTestStack } from '../support/testStack.js';
import { waitUntil } from '../support/waitFor.js';

const jsonl = (items: object[]) => items.map((item) => JSON.stringify(item)).join('\n') + '\n';

/**
 * An API process killed (-9) in the middle of a JSONL upload leaves items nobody
 * sees. Sending the upload again must store them (not call them duplicates of
 * items that will never show), and what the dead upload left must be cleaned up.
 */
describe('a dataset upload cut off by a crash', () => {
  let doomed: ApiProcess | undefined;

  const stack = useTestStack();
  beforeAll(async () => {
    doomed = await startApiProcess(stack.env);
  });
  afterAll(async () => {
    await doomed?.kill();
  });

  it('does not block a later upload of the same ids, and is swept away', async () => {
    const dataset = (await stack.call('POST', '/v1/datasets', { body: { name: 'crashy' } })).body;
    const items = stack.mongo.db.collection('dataset_items');
    const stored = () => items.countDocuments({ dataset_id: dataset.id });
    const lines = Array.from({ length: 600 }, (_, i) => ({ id: `c${i}`, input: `q${i}` }));

    // Stream into the doomed API without ever ending the body; kill it once it wrote a chunk.
    const body = new ReadableStream<Uint8Array>({
      start: (controller) => controller.enqueue(new TextEncoder().encode(jsonl(lines))),
    });
    const cutOff = fetch(`${doomed!.url}/v1/datasets/crashy/items`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-ndjson', authorization: `Bearer ${stack.adminKey}` },
      body,
      duplex: 'half',
    } as RequestInit).catch((error: unknown) => error);
    await waitUntil(async () => (await stored()) >= 500, { timeoutMs: 30_000, what: 'the first chunk' });
    await doomed!.kill();
    doomed = undefined;
    await cutOff;
    expect((await stack.call('GET', '/v1/datasets/crashy')).body.item_count).toBe(0);

    // The client sends it again (to the surviving API): every item is stored and visible.
    const again = await stack.call('POST', '/v1/datasets/crashy/items', {
      body: jsonl(lines),
      headers: { 'content-type': 'application/x-ndjson' },
    });
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ inserted: 600, duplicates: 0, item_count: 600 });
    expect((await stack.call('GET', '/v1/datasets/crashy/items?limit=1')).body.total).toBe(600);

    // The next upload sweeps what is left of the dead one: no pending upload, no stray items.
    const next = await stack.call('POST', '/v1/datasets/crashy/items', {
      body: [{ id: 'later', input: 'x' }],
    });
    expect(next.body).toMatchObject({ inserted: 1, item_count: 601 });
    const uploads = await stack.mongo.db
      .collection('dataset_uploads')
      .find({ dataset_id: dataset.id })
      .toArray();
    expect(uploads.map((u) => u.status)).toEqual(['committed', 'committed']);
    expect(await stored()).toBe(601);
  });
});
