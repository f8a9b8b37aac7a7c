import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { CodeSandbox, type CodeEvalItem } from '../src/sandbox/index.js';
import { median } from './report.js';

export interface CodeEvaluatorBench {
  /** Median over repetitions of items / wall-clock second, sandbox start-up included. */
  itemsPerSecond: number;
  items: number;
  batchSize: number;
  /** Batches run at once (one sandbox process each), like a worker with that many slots. */
  concurrency: number;
  repetitions: number;
  runsItemsPerSecond: number[];
  /** Median wall time of a one-item batch: the fixed cost of a sandbox (bwrap + Python start). */
  sandboxStartMs: number;
}

const TRIVIAL_EVALUATOR = 'def evaluate(sample, ground_truth):\n    return 1.0\n';

function makeItems(count: number): CodeEvalItem[] {
  return Array.from({ length: count }, (_, i) => ({
    key: `item-${i}`,
    sample: { input: `question ${i}`, output: `answer ${i}`, metadata: { i }, model: 'bench' },
    ground_truth: { input: `question ${i}`, output: `answer ${i}`, metadata: {} },
  }));
}

/** Throughput of a trivial evaluator: `items` items in batches of `batchSize`, `concurrency` at a time. */
export async function benchCodeEvaluator(
  opts: { items?: number; batchSize?: number; concurrency?: number; repetitions?: number } = {},
): Promise<CodeEvaluatorBench> {
  const { items = 20_000, batchSize = 500, concurrency = os.availableParallelism(), repetitions = 5 } = opts;
  const cacheDir = await mkdtemp(path.join(os.tmpdir(), 'assay-bench-venvs-'));
  try {
    const sandbox = new CodeSandbox({ venvCacheDir: cacheDir });
    const all = makeItems(items);
    const batches: CodeEvalItem[][] = [];
    for (let i = 0; i < all.length; i += batchSize) batches.push(all.slice(i, i + batchSize));

    const runBatch = async (batch: CodeEvalItem[]) => {
      const outcomes = await sandbox.evaluateBatch({
        code: TRIVIAL_EVALUATOR,
        requirements: [],
        items: batch,
      });
      const failed = outcomes.find((o) => !o.ok);
      if (failed) throw new Error(`bench item failed: ${JSON.stringify(failed)}`);
    };

    // Warm-up (page cache, Python probe) and the fixed cost of one sandbox.
    const startTimes: number[] = [];
    for (let i = 0; i < 5; i++) {
      const t0 = performance.now();
      await runBatch(all.slice(0, 1));
      startTimes.push(performance.now() - t0);
    }

    const runs: number[] = [];
    for (let r = 0; r < repetitions; r++) {
      const queue = [...batches];
      const t0 = performance.now();
      await Promise.all(
        Array.from({ length: concurrency }, async () => {
          for (let batch = queue.shift(); batch; batch = queue.shift()) await runBatch(batch);
        }),
      );
      runs.push(items / ((performance.now() - t0) / 1000));
    }
    return {
      itemsPerSecond: Math.round(median(runs)),
      items,
      batchSize,
      concurrency,
      repetitions,
      runsItemsPerSecond: runs.map(Math.round),
      sandboxStartMs: +median(startTimes).toFixed(1),
    };
  } finally {
    await rm(cacheDir, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  console.log(JSON.stringify(await benchCodeEvaluator(), null, 2));
}
