import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { JUDGE_PROMPT, questionItem, type RunFigures } from '../../bench/growth.js';
import { benchMillion } from '../../bench/million.js';
import { benchPeer, findPromptfoo, PROMPTFOO_VERSION, promptfooConfig } from '../../bench/peer.js';

const run = (seconds: number, peakApiWorkerMb: number, cpuMsPerItem = 3): RunFigures => ({
  runId: 'run_x',
  seconds,
  cpuMsPerItem,
  cpuMsPerItemBy: { apiWorker: cpuMsPerItem, store: 0, temporal: 0 },
  peakApiWorkerMb,
  peakStoreMb: 50,
});

describe('the peer bench', () => {
  let dir: string | undefined;
  afterEach(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it("gives promptfoo Assay's items, judge prompt and threshold, both models at the fake server", () => {
    const config = promptfooConfig('http://127.0.0.1:4010/v1', 3);
    expect(config.tests).toHaveLength(3);
    expect(config.tests[2]!.vars).toEqual({
      input: questionItem(2).input,
      ground_truth: questionItem(2).output,
    });
    expect(config.tests[2]!.assert).toEqual([
      { type: 'llm-rubric', value: 'Score the answer.', threshold: 0.5 },
    ]);
    expect(config.prompts).toEqual(['{{input}}']);
    expect(config.providers[0]!.config.apiBaseUrl).toBe('http://127.0.0.1:4010/v1');
    expect(config.defaultTest.options.rubricPrompt).toBe(JUDGE_PROMPT);
    expect(config.defaultTest.options.provider.config).toMatchObject({
      apiBaseUrl: 'http://127.0.0.1:4010/v1',
      response_format: { type: 'json_object' },
    });
  });

  it('finds no peer in an empty directory, nor one of another version, and says how to install it', async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'assay-peer-test-'));
    expect(findPromptfoo(dir)).toEqual({
      ok: false,
      why: 'promptfoo not installed (run npm run bench -- --provision-peer)',
    });
    const modules = path.join(dir, 'node_modules');
    await mkdir(path.join(modules, 'promptfoo'), { recursive: true });
    await writeFile(path.join(modules, 'promptfoo', 'package.json'), JSON.stringify({ version: '0.100.0' }));
    await mkdir(path.join(modules, `node-${process.platform}-${process.arch}`, 'bin'), { recursive: true });
    await writeFile(path.join(modules, `node-${process.platform}-${process.arch}`, 'bin', 'node'), '');
    expect(findPromptfoo(dir)).toEqual({
      ok: false,
      why: `promptfoo 0.100.0 installed, not ${PROMPTFOO_VERSION} (run npm run bench -- --provision-peer)`,
    });
  });

  it("without the peer reports Assay's side alone, each size on its own run", async () => {
    const sizes: number[] = [];
    const measurements = await benchPeer(
      { items: [1000, 5000], latencyMs: 20, concurrency: 32 },
      async (items) => {
        sizes.push(items);
        return run(items / 300, 0, items === 1000 ? 4.2 : 3.1);
      },
      null,
      () => {},
    );
    expect(sizes).toEqual([1000, 5000]);
    expect(measurements.filter((m) => m.goal === 'stack.cpuPerItem.cpuBound').map((m) => m.value)).toEqual([
      4.2, 3.1,
    ]);
    expect(measurements.some((m) => m.goal === 'peer.speedup')).toBe(false);
  });
});

describe('the million bench', () => {
  it('compares the big run with the reference scaled by the size ratio', async () => {
    const measurements = await benchMillion(
      { items: [50_000, 1_000_000], latencyMs: 20 },
      async (items, _latencyMs, sealWaitMs) =>
        items === 50_000
          ? { ...run(110, 900), sealSeconds: 40 }
          : { ...run(2640, 1035), sealSeconds: sealWaitMs > 60_000 ? 900 : null },
      () => {},
    );
    const goal = (key: string) => measurements.find((m) => m.goal === key)?.value;
    expect(goal('million.rssRatio')).toBe(1.15);
    expect(goal('million.wallRatio')).toBe(1.2);
    // The seal is after `completed`: reported apart, the big run's only as far as it was waited for.
    const seal = measurements.filter((m) => m.metric.includes('sealing'));
    expect(seal.map((m) => [m.value, m.note])).toEqual([
      [40, 'not in the wall time'],
      [60, 'not finished within 60 s'],
    ]);
  });
});
