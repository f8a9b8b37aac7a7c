import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { post, seedContainer, seedDataset, startRunKit, waitForRun, type RunKit } from '../support/runKit.js';

/**
 * Through the public API and a real worker: evaluators that fork 16 processes to take memory or
 * CPU fail their items naming the sandbox's limit, while the worker keeps heartbeating (a tight
 * heartbeat timeout: a starved worker would have its batches timed out and retried) and the run
 * completes. The limits come from ASSAY_SANDBOX_* as an operator would set them.
 */

const sixteen = (child: string) =>
  [
    'import os, time',
    'def evaluate(sample, ground_truth):',
    '    if sample["input"] != "bomb":',
    '        return 1.0',
    '    pids = []',
    '    for _ in range(16):',
    '        pid = os.fork()',
    '        if pid == 0:',
    '            try:',
    ...child.split('\n').map((line) => '                ' + line),
    '            finally:',
    '                os._exit(0)',
    '        pids.append(pid)',
    '    for pid in pids:',
    '        os.waitpid(pid, 0)',
    '    return 1.0',
    '',
  ].join('\n');

const rows = [
  { input: 'calm', output: 'a' },
  { input: 'bomb', output: 'b' },
];

describe('sandbox bombs in a run', () => {
  let kit: RunKit;
  beforeAll(async () => {
    kit = await startRunKit({
      ASSAY_SANDBOX_MEMORY_MB: '384',
      ASSAY_SANDBOX_CPU_SECONDS: '4',
      ASSAY_SANDBOX_MAX_PROCESSES: '24',
      ASSAY_SANDBOX_ITEM_TIMEOUT_MS: '60000',
      ASSAY_RUN_HEARTBEAT_TIMEOUT_MS: '3000',
      ASSAY_RUN_BATCH_SIZE: '1',
      ASSAY_RUN_CODE_BATCH_SIZE: '1',
    });
    await seedContainer(kit.stack, 'bombs', rows);
    await seedDataset(kit.stack, 'bomb-refs', rows);
  }, 300_000);
  afterAll(async () => {
    await kit?.close();
  });

  it('fails the bombing items with the limit named and completes the run', async () => {
    const evaluators = {
      'memory-bomb': sixteen('hog = b"\\x01" * (192 * 1024 * 1024)\ntime.sleep(3)'),
      'cpu-burner': sixteen('while True:\n    pass'),
    };
    const names = new Map<string, string>(); // id -> name
    for (const [name, code] of Object.entries(evaluators)) {
      const created = await post(kit.stack, '/v1/evaluators', {
        container: 'bombs',
        name,
        type: 'code',
        code,
      });
      names.set(created.id, name);
    }
    const run = await post(kit.stack, '/v1/evaluations/runs', {
      container: 'bombs',
      evaluators: Object.keys(evaluators),
      ground_truth: { type: 'dataset', dataset: 'bomb-refs' },
    });
    const done = await waitForRun(kit.stack, run.id, undefined, 240_000);
    expect(done.status, JSON.stringify(done.error)).toBe('completed');
    const results = await kit.stack.call('GET', `/v1/evaluations/runs/${run.id}/results?limit=100`);
    const byKey = new Map<string, { status: string; error: string | null }>();
    for (const r of results.body.data) byKey.set(`${names.get(r.evaluator_id)}/${r.input}`, r);
    expect(byKey.get('memory-bomb/calm')).toMatchObject({ status: 'scored' });
    expect(byKey.get('cpu-burner/calm')).toMatchObject({ status: 'scored' });
    expect(byKey.get('memory-bomb/bomb')?.error).toMatch(/^memory limit \(384 MiB\) exceeded/);
    expect(byKey.get('cpu-burner/bomb')?.error).toBe('CPU time limit (4s) exceeded');
  });
});
