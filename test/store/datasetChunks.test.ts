import { StoreJobs } from '../../src/store/storeJobs.js';
import { describe, expect, it } from 'vitest';
import { useTestDatabase } from '../support/testDatabase.js';
import { DATASET_ITEM_CHUNKS_COLLECTION } from '../../src/store/datasetUploads.js';
import { DatasetStore } from '../../src/store/datasets.js';

const db = useTestDatabase('dschunks');

const lines = (n: number) =>
  Array.from({ length: n }, (_, i) => ({
    id: `q-${i}`,
    input: `Question ${i} "quoted" ✓`,
    output: `Answer ${i}`,
    metadata: { lang: i % 2 ? 'en' : 'de' },
  }));

async function uploaded(datasets: DatasetStore, name: string) {
  const dataset = await datasets.create({ name }, null);
  const upload = await datasets.beginUpload(dataset.id);
  await upload.write(lines(30).slice(0, 20));
  await upload.write(lines(30).slice(20));
  await upload.commit();
  return dataset.id;
}

const ids = async (iterable: AsyncIterable<{ id: string }>) => {
  const out: string[] = [];
  for await (const item of iterable) out.push(item.id);
  return out;
};

describe('dataset item chunks', () => {
  it('are stored as one JSON string each; runs and pages read them', async () => {
    const datasets = new DatasetStore(db(), 'p', new StoreJobs(db()));
    const datasetId = await uploaded(datasets, 'chunked');
    const chunks = db().collection(DATASET_ITEM_CHUNKS_COLLECTION);
    const stored = await chunks.find({ dataset_id: datasetId }).toArray();
    expect(stored).toHaveLength(2);
    for (const chunk of stored) {
      expect(typeof chunk.items_json).toBe('string');
      expect(chunk.items).toBeUndefined();
    }
    const expected = lines(30).map((line) => line.id);
    const items = async () =>
      (await ids(datasets.iterateItems(datasetId))).map((id) => id.replace(/^dsi_/, ''));
    expect(await items()).toEqual(expected);
    const page = await datasets.listItems(datasetId, { limit: 25 });
    const next = await datasets.listItems(datasetId, { limit: 25, after: page.last_id! });
    const listed = [...page.data, ...next.data];
    expect(listed.map((item) => item.input)).toEqual(lines(30).map((line) => line.input));
    expect(listed[3]?.metadata).toEqual({ lang: 'en' });
  });
});
