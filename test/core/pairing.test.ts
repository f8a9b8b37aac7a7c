import { describe, expect, it } from 'vitest';
import { chunkPairs } from '../../src/core/chunkPairs.js';
import { pairItems, type PairingSources } from '../../src/core/pairing.js';
import {
  emptyPairingCounts,
  type PairingMode,
  type RunPair,
  type SourceItem,
} from '../../src/core/runItems.js';

/** Pure: no stack. How a run's two sides become pairs, and pairs become batches. */

const item = (id: string, input: unknown, output: string | null = `out-${id}`): SourceItem => ({
  id,
  input: input as SourceItem['input'],
  output,
  metadata: {},
  model: null,
});

async function* stream<T>(values: T[]): AsyncGenerator<T> {
  for (const value of values) yield value;
}

async function collect<T>(values: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const value of values) out.push(value);
  return out;
}

async function pair(mode: PairingMode, sample: SourceItem[] | null, groundTruth: SourceItem[] | null) {
  const counts = emptyPairingCounts();
  const sources: PairingSources = {
    sample: sample && stream(sample),
    groundTruth: groundTruth && stream(groundTruth),
  };
  const pairs = await collect(pairItems(mode, sources, counts));
  return { pairs, counts };
}

describe('pairing', () => {
  it('self: every sample item is its own ground truth', async () => {
    const items = [item('a', 'q1'), item('b', 'q2')];
    const { pairs, counts } = await pair('self', items, null);
    expect(pairs).toEqual([
      { item_id: 'a', sample: items[0], ground_truth: items[0] },
      { item_id: 'b', sample: items[1], ground_truth: items[1] },
    ]);
    expect(counts).toEqual({
      sample_items: 2,
      ground_truth_items: 2,
      pairs: 2,
      unpaired_sample: 0,
      unpaired_ground_truth: 0,
    });
  });

  it('a generated side is null in the pair and counts nothing', async () => {
    const seeds = [item('s1', 'q1'), item('s2', 'q2'), item('s3', 'q3')];
    const sample = await pair('generate_sample', null, seeds);
    expect(sample.pairs.map((p) => [p.item_id, p.sample, p.ground_truth?.id])).toEqual([
      ['s1', null, 's1'],
      ['s2', null, 's2'],
      ['s3', null, 's3'],
    ]);
    expect(sample.counts).toMatchObject({ sample_items: 0, ground_truth_items: 3, pairs: 3 });

    const truth = await pair('generate_ground_truth', seeds, null);
    expect(truth.pairs.map((p) => [p.item_id, p.sample?.id, p.ground_truth])).toEqual([
      ['s1', 's1', null],
      ['s2', 's2', null],
      ['s3', 's3', null],
    ]);
    expect(truth.counts).toMatchObject({ sample_items: 3, ground_truth_items: 0, pairs: 3 });
  });

  it('join: pairs on the input with strings trimmed and keys in any order, named by the sample item', async () => {
    const { pairs, counts } = await pair(
      'join',
      [item('log-1', '  What is 2+2? '), item('log-2', { b: 1, a: ' x' }), item('log-3', 'unmatched')],
      [item('ref-1', { a: 'x', b: 1 }), item('ref-2', 'What is 2+2?'), item('ref-3', 'never asked')],
    );
    expect(pairs.map((p) => [p.item_id, p.sample!.id, p.ground_truth!.id])).toEqual([
      ['log-1', 'log-1', 'ref-2'],
      ['log-2', 'log-2', 'ref-1'],
    ]);
    expect(counts).toEqual({
      sample_items: 3,
      ground_truth_items: 3,
      pairs: 2,
      unpaired_sample: 1,
      unpaired_ground_truth: 1,
    });
  });

  it('join: duplicate inputs pair one-to-one in order, never fanning out', async () => {
    const { pairs, counts } = await pair(
      'join',
      [item('s1', 'q'), item('s2', 'q'), item('s3', 'q')],
      [item('g1', 'q'), item('g2', 'q')],
    );
    expect(pairs.map((p) => [p.sample!.id, p.ground_truth!.id])).toEqual([
      ['s1', 'g1'],
      ['s2', 'g2'],
    ]);
    expect(counts).toMatchObject({ pairs: 2, unpaired_sample: 1, unpaired_ground_truth: 0 });
  });

  it('join: inputs that differ inside a string (not only around it) do not pair', async () => {
    const { pairs, counts } = await pair('join', [item('s', 'a  b')], [item('g', 'a b')]);
    expect(pairs).toEqual([]);
    expect(counts).toMatchObject({ pairs: 0, unpaired_sample: 1, unpaired_ground_truth: 1 });
  });

  it('empty sources give no pairs and zero counts', async () => {
    expect(await pair('join', [], [])).toEqual({ pairs: [], counts: emptyPairingCounts() });
    expect(await pair('self', [], null)).toEqual({ pairs: [], counts: emptyPairingCounts() });
  });

  it('a mode whose source is missing fails with the side it needs', async () => {
    await expect(pair('self', null, null)).rejects.toThrow('pairing needs the sample source');
    await expect(pair('generate_sample', null, null)).rejects.toThrow(
      'pairing needs the ground truth source',
    );
    await expect(pair('join', [item('a', 'q')], null)).rejects.toThrow('ground truth');
  });
});

describe('chunkPairs', () => {
  const pairOf = (id: string, text = 'x'): RunPair => ({
    item_id: id,
    sample: item(id, text),
    ground_truth: null,
  });
  const sizeOf = (p: RunPair) => Buffer.byteLength(JSON.stringify(p));
  const ids = (chunks: RunPair[][]) => chunks.map((c) => c.map((p) => p.item_id));

  it('cuts by count: full batches, then the remainder', async () => {
    const pairs = Array.from({ length: 7 }, (_, i) => pairOf(`p${i}`));
    const chunks = await collect(chunkPairs(stream(pairs), { maxItems: 3, maxBytes: Infinity }));
    expect(ids(chunks)).toEqual([['p0', 'p1', 'p2'], ['p3', 'p4', 'p5'], ['p6']]);
  });

  it('an exact multiple leaves no empty batch, and no pairs give no batches', async () => {
    const pairs = Array.from({ length: 4 }, (_, i) => pairOf(`p${i}`));
    expect(ids(await collect(chunkPairs(stream(pairs), { maxItems: 2, maxBytes: Infinity })))).toEqual([
      ['p0', 'p1'],
      ['p2', 'p3'],
    ]);
    expect(await collect(chunkPairs(stream([]), { maxItems: 2, maxBytes: 100 }))).toEqual([]);
  });

  it('cuts by serialised bytes before the count is reached, counting multi-byte characters as bytes', async () => {
    // 'é' is two bytes in UTF-8: a limit in characters would fit three of these where bytes fit two.
    const pairs = ['a', 'b', 'c', 'd'].map((id) => pairOf(id, 'é'.repeat(100)));
    const size = sizeOf(pairs[0]!);
    expect(size).toBeGreaterThan(200);
    const chunks = await collect(chunkPairs(stream(pairs), { maxItems: 100, maxBytes: 2 * size }));
    expect(ids(chunks)).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ]);
    // One byte less and each pair is a batch of its own.
    const tight = await collect(chunkPairs(stream(pairs), { maxItems: 100, maxBytes: 2 * size - 1 }));
    expect(ids(tight)).toEqual([['a'], ['b'], ['c'], ['d']]);
  });

  it('a pair larger than the byte limit still travels, alone in its batch', async () => {
    const pairs = [pairOf('small'), pairOf('huge', 'y'.repeat(5000)), pairOf('after')];
    const chunks = await collect(chunkPairs(stream(pairs), { maxItems: 10, maxBytes: 1000 }));
    expect(ids(chunks)).toEqual([['small'], ['huge'], ['after']]);
  });

  it("takes each batch's item limit from the items before it (a run's larger later batches)", async () => {
    const pairs = Array.from({ length: 14 }, (_, i) => pairOf(`p${i}`));
    const seen: number[] = [];
    const maxItems = (before: number) => {
      seen.push(before);
      return before >= 4 ? 5 : 2;
    };
    const chunks = await collect(chunkPairs(stream(pairs), { maxItems, maxBytes: Infinity }));
    expect(chunks.map((c) => c.length)).toEqual([2, 2, 5, 5]);
    expect(seen).toEqual([0, 2, 4, 9]);
    expect(chunks.flat().map((p) => p.item_id)).toEqual(pairs.map((p) => p.item_id));
  });

  it('keeps every pair once, in order, through pairing and chunking together', async () => {
    const samples = Array.from({ length: 25 }, (_, i) => item(`s${i}`, `q${i % 20}`));
    const truths = Array.from({ length: 20 }, (_, i) => item(`g${i}`, ` q${i} `));
    const counts = emptyPairingCounts();
    const pairs = pairItems('join', { sample: stream(samples), groundTruth: stream(truths) }, counts);
    const chunks = await collect(chunkPairs(pairs, { maxItems: 6, maxBytes: Infinity }));
    expect(chunks.map((c) => c.length)).toEqual([6, 6, 6, 2]);
    expect(chunks.flat().map((p) => p.item_id)).toEqual(samples.slice(0, 20).map((s) => s.id));
    expect(counts).toMatchObject({ pairs: 20, unpaired_sample: 5, unpaired_ground_truth: 0 });
  });
});
