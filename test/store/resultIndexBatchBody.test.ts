import { BSON } from 'mongodb';
import { describe, expect, it } from 'vitest';
import {
  batchBody,
  encodeBody,
  indexEntry,
  keepCarried,
  loaded,
  type IndexDoc,
} from '../../src/store/resultIndexDocs.js';
import type { RunResultDoc } from '../../src/store/runResults.js';
import { storedResult } from '../support/storedResult.js';

const results = ['c', 'a', 'b'].map((item, i) =>
  storedResult('run_x', item, 'ev', null, { status: 'scored', score: i, passed: i > 0 }),
);
const asBatch = (json: string): IndexDoc => ({
  _id: 'run_x/b0',
  project_id: 'p',
  run_id: 'run_x',
  kind: 'batch',
  json,
  created_at: 0,
});

describe('a batch document carrying its results', () => {
  it('holds them whole and sorted when they fit, and reads back the same entries and documents', () => {
    const body = batchBody(results, 1024 * 1024);
    expect(body.entries).toBeUndefined();
    const back = loaded(asBatch(encodeBody(body)));
    const sorted = [...results].sort((x, y) => (x._id < y._id ? -1 : 1));
    expect(back.entries).toEqual(sorted.map(indexEntry));
    expect([...back.docs.values()]).toEqual(sorted);
  });

  it('holds entries only past the byte cap (and without carry), which read back with no documents', () => {
    const oneFits = BSON.calculateObjectSize(results[0]!) + 1;
    for (const max of [oneFits, 0]) {
      const back = loaded(asBatch(encodeBody(batchBody(results, max))));
      expect(back.entries.map(([id]) => id)).toEqual(results.map((r) => r._id).sort());
      expect(back.docs.size).toBe(0);
    }
  });

  it('gives a seal the carried results up to its byte budget, never a partial document', () => {
    const kept = { docs: new Map<string, RunResultDoc>(), bytes: 0 };
    const size = BSON.calculateObjectSize(results[0]!);
    keepCarried(kept, new Map(results.map((r) => [r._id, r])), size * 2 + 10);
    expect(kept.docs.size).toBe(2);
    expect(kept.bytes).toBeLessThanOrEqual(size * 2 + 10);
    keepCarried(kept, new Map([[results[2]!._id, results[2]!]]), size * 2 + 10);
    expect(kept.docs.size).toBe(2);
  });
});
