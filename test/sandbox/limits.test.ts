import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CodeEvalOutcome, CodeSandbox, SandboxLimits } from '../../src/sandbox/index.js';
import { childSandboxes, expectHealthy, item, makeSandbox, survivors, WHOAMI } from './helpers.js';

const LIMITS: Partial<SandboxLimits> = {
  memoryBytes: 512 * 1024 * 1024,
  itemTimeoutMs: 2000,
  maxOutputBytes: 64 * 1024,
  maxProcesses: 16,
};

const disposers: (() => Promise<void>)[] = [];
let sandbox: CodeSandbox;

async function sandboxWith(limits: Partial<SandboxLimits>) {
  const env = await makeSandbox(limits);
  disposers.push(env.dispose);
  return env.sandbox;
}

beforeAll(async () => {
  sandbox = await sandboxWith(LIMITS);
});
afterAll(async () => {
  await Promise.all(disposers.map((dispose) => dispose()));
});

const errorOf = (o: CodeEvalOutcome | undefined) =>
  o && !o.ok ? o.error : `not an error: ${JSON.stringify(o)}`;

/**
 * Run `attack` (Python statements, the body of evaluate) for the items with the given keys; keys
 * starting with "ok" score 1 instead. Then check that nothing of the sandbox survived and that a
 * new batch on the same CodeSandbox scores normally.
 */
async function attack(body: string, keys: string[], target = sandbox): Promise<CodeEvalOutcome[]> {
  const code = `${WHOAMI}
import signal, socket, sys, threading, time
def evaluate(sample, ground_truth):
    who = _whoami(sample)
    if who:
        return who
    if sample["metadata"]["key"].startswith("ok"):
        return 1.0
${body
  .trim()
  .split('\n')
  .map((line) => '    ' + line)
  .join('\n')}
`;
  const outcomes = await target.evaluateBatch({
    code,
    requirements: [],
    items: ['whoami', ...keys].map((k) => item(k)),
  });
  const [whoami, ...rest] = outcomes;
  expect(whoami).toMatchObject({ ok: true });
  expect(
    await survivors((whoami as { reason: string }).reason),
    'processes left in its pid namespace',
  ).toEqual([]);
  expect(await childSandboxes(), 'bwrap processes left').toEqual([]);
  expect(await expectHealthy(target)).toBe(true);
  return rest;
}

describe('resource limits', () => {
  it('stops a fork bomb at the process limit', async () => {
    const [bomb, after] = await attack('while True:\n    os.fork()', ['bomb', 'ok-after']);
    expect(errorOf(bomb)).toMatch(/^process limit \(16\) reached/);
    expect(after).toMatchObject({ ok: true, score: 1 });
  });

  it('cleans up after a fork bomb that ignores the limit until the item times out', async () => {
    const body = 'while True:\n    try:\n        os.fork()\n    except OSError:\n        pass';
    const [bomb, after] = await attack(body, ['bomb', 'ok-after']);
    expect(errorOf(bomb)).toMatch(/^item time limit \(2s\) exceeded/);
    expect(after).toMatchObject({ ok: true, score: 1 });
  });

  it('stops a thread bomb at the process limit', async () => {
    const body = 'while True:\n    threading.Thread(target=time.sleep, args=(60,), daemon=True).start()';
    const [bomb] = await attack(body, ['bomb']);
    expect(errorOf(bomb)).toMatch(/^process limit \(16\) reached/);
  });

  it('stops memory bombs at the memory limit', async () => {
    const body = `
if sample["metadata"]["key"] == "huge":
    return len(bytearray(8 * 1024 ** 3))
hog = []
while True:
    hog.append(bytearray(32 * 1024 * 1024))`;
    const [huge, gradual, after] = await attack(body, ['huge', 'gradual', 'ok-after']);
    expect(errorOf(huge)).toMatch(/^memory limit \(512 MiB\) exceeded/);
    expect(errorOf(gradual)).toMatch(/^memory limit \(512 MiB\) exceeded/);
    expect(after).toMatchObject({ ok: true, score: 1 });
  });

  it('interrupts an infinite loop at the item time limit and goes on with the batch', async () => {
    const started = Date.now();
    const [loop, after] = await attack('while True:\n    pass', ['loop', 'ok-after']);
    expect(errorOf(loop)).toMatch(/^item time limit \(2s\) exceeded/);
    expect(errorOf(loop)).toContain('evaluator.py'); // where it was stuck
    expect(after).toMatchObject({ ok: true, score: 1 });
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  it('tells the metrics which limit a batch hit, even when the sandbox went on', async () => {
    const seen: string[] = [];
    const env = await makeSandbox(LIMITS, { onExecution: (outcome) => seen.push(outcome) });
    disposers.push(env.dispose);
    await attack('while True:\n    pass', ['loop', 'ok-after'], env.sandbox);
    // The attack, then the health check's batch.
    expect(seen).toEqual(['timeout', 'ok']);
  });

  it('kills the sandbox when an item ignores the interrupt; only unanswered items fail', async () => {
    const body = 'signal.signal(signal.SIGALRM, signal.SIG_IGN)\nwhile True:\n    pass';
    const [before, stuck, after] = await attack(body, ['ok-before', 'stuck', 'ok-after']);
    expect(before).toMatchObject({ ok: true, score: 1 });
    expect(errorOf(stuck)).toBe('item time limit (2s) exceeded');
    expect(errorOf(after)).toBe('not evaluated: item time limit (2s) exceeded (while evaluating "stuck")');
  });

  it('caps print() output per item', async () => {
    const [flood, after] = await attack('while True:\n    print("x" * 10000)', ['flood', 'ok-after']);
    expect(errorOf(flood)).toBe('output limit (64 KiB) exceeded');
    expect(after).toMatchObject({ ok: true, score: 1 });
  });

  it('stops gigabytes of raw output written past print()', async () => {
    const body =
      'chunk = b"x" * (1024 * 1024)\nfor _ in range(4096):\n    os.write(1 if sample["metadata"]["key"] == "stdout" else 2, chunk)\nreturn 1';
    for (const key of ['stdout', 'stderr']) {
      const [before, flood, after] = await attack(body, ['ok-before', key, 'ok-after']);
      expect(before).toMatchObject({ ok: true });
      expect(errorOf(flood)).toBe('output limit (64 KiB) exceeded');
      expect(errorOf(after)).toMatch(/^not evaluated: output limit \(64 KiB\) exceeded/);
    }
  });

  it('reports a crash of the sandbox on the item in flight only', async () => {
    const [before, crash, after] = await attack('os.kill(os.getpid(), signal.SIGSEGV)', [
      'ok-before',
      'crash',
      'ok-after',
    ]);
    expect(before).toMatchObject({ ok: true, score: 1 });
    expect(errorOf(crash)).toBe('the sandbox crashed (SIGSEGV)');
    expect(errorOf(after)).toBe('not evaluated: the sandbox crashed (SIGSEGV) (while evaluating "crash")');
  });

  it('limits file sizes and scratch space', async () => {
    const body = `
if sample["metadata"]["key"] == "one-big-file":
    open("/tmp/big", "wb").write(b"x" * (64 * 1024 * 1024))
for i in range(64):
    open(f"/tmp/part-{i}", "wb").write(b"x" * (4 * 1024 * 1024))`;
    const [big, many] = await attack(body, ['one-big-file', 'many-files']);
    expect(errorOf(big)).toMatch(/File too large/);
    expect(errorOf(many)).toMatch(/No space left on device/);
  });

  it('stops a batch at the batch time limit', async () => {
    const slow = await sandboxWith({ ...LIMITS, batchTimeoutMs: 3000 });
    const keys = Array.from({ length: 20 }, (_, i) => `slow-${i}`);
    const outcomes = await attack('time.sleep(0.5)\nreturn 1', keys, slow);
    const answered = outcomes.filter((o) => o.ok).length;
    expect(answered).toBeGreaterThan(0);
    expect(answered).toBeLessThan(7);
    expect(errorOf(outcomes[answered])).toBe('batch time limit (3s) exceeded');
    expect(errorOf(outcomes.at(-1))).toMatch(/^not evaluated: batch time limit \(3s\) exceeded/);
  });

  it('stops CPU burn at the CPU limit', async () => {
    const burner = await sandboxWith({ ...LIMITS, cpuSeconds: 1, itemTimeoutMs: 10_000 });
    const [burn] = await attack('while True:\n    pass', ['burn'], burner);
    expect(errorOf(burn)).toBe('CPU time limit (1s) exceeded');
  });

  it('stops the sandbox when the caller aborts', async () => {
    const controller = new AbortController();
    const code = `${WHOAMI}
import time
def evaluate(sample, ground_truth):
    return _whoami(sample) or time.sleep(1) or 1
`;
    const seen: CodeEvalOutcome[] = [];
    const batch = sandbox.evaluateBatch({
      code,
      requirements: [],
      items: ['whoami', 'a', 'b', 'c'].map((k) => item(k)),
      signal: controller.signal,
      onOutcome: (o) => seen.push(o),
    });
    setTimeout(() => controller.abort(new Error('run cancelled')), 1500);
    await expect(batch).rejects.toThrow('run cancelled');
    expect(seen.length).toBeGreaterThanOrEqual(1);
    expect(await survivors((seen[0] as { reason: string }).reason)).toEqual([]);
    expect(await childSandboxes()).toEqual([]);
    expect(await expectHealthy(sandbox)).toBe(true);
  });

  it('leaves nothing behind when the worker process itself is killed', async () => {
    const fixture = fileURLToPath(new URL('./fixtures/stuck-batch.ts', import.meta.url));
    const worker = spawn(process.execPath, ['--import', 'tsx', fixture], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const ns = await new Promise<string>((resolve, reject) => {
      let out = '';
      worker.stdout.setEncoding('utf8').on('data', (text: string) => {
        out += text;
        const match = /pid:\[\d+\]/.exec(out);
        if (match) resolve(match[0]);
      });
      worker.once('exit', () => reject(new Error('the worker exited before its batch started')));
    });
    // Sanity check: the sandbox is there (its init, the harness and the harness's own child).
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect((await survivors(ns)).length).toBeGreaterThanOrEqual(3);
    worker.kill('SIGKILL');
    // The sandbox's init may stay a zombie until the host's init reaps it; nothing may still run.
    const running = async () => {
      const pids = await survivors(ns, 5000);
      return pids.filter((pid) => !/^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, 'utf8')));
    };
    expect(await running()).toEqual([]);
  });
});
