import { mkdirSync, readdirSync, readFileSync, rmdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cgroupHost, detectCgroupHost } from '../../src/sandbox/cgroup.js';
import type { CodeEvalOutcome, SandboxLimits } from '../../src/sandbox/index.js';
import { expectHealthy, item, makeSandbox, survivors, WHOAMI } from './helpers.js';

/**
 * Bounds on a sandbox as a whole, not per process: 16 processes of one evaluator together stay
 * within one sandbox's memory and CPU, the host and this (worker) process stay healthy, and the
 * item fails naming the limit. This machine kind delegates cgroup v1 controllers; CI runs on the
 * same kind, so the cgroup mode is required here rather than silently skipped.
 */

const MiB = 1024 * 1024;
const disposers: (() => Promise<void>)[] = [];
afterAll(async () => {
  await Promise.all(disposers.map((dispose) => dispose()));
});

async function sandboxWith(limits: Partial<SandboxLimits>, extra: Parameters<typeof makeSandbox>[1] = {}) {
  const env = await makeSandbox(limits, extra);
  disposers.push(env.dispose);
  return env;
}

const errorOf = (o: CodeEvalOutcome | undefined) =>
  o && !o.ok ? o.error : `not an error: ${JSON.stringify(o)}`;

/** MemAvailable from /proc/meminfo, in bytes. */
const memAvailable = () =>
  Number(/MemAvailable:\s+(\d+) kB/.exec(readFileSync('/proc/meminfo', 'utf8'))![1]) * 1024;

/**
 * While `work` runs: the lowest MemAvailable seen, and the longest this process's event loop was
 * late for a 20 ms timer (what a batch activity's heartbeat depends on).
 */
async function watchHost<T>(work: () => Promise<T>) {
  const before = memAvailable();
  let lowest = before;
  let worstLagMs = 0;
  let last = performance.now();
  const timer = setInterval(() => {
    const now = performance.now();
    worstLagMs = Math.max(worstLagMs, now - last - 20);
    last = now;
    lowest = Math.min(lowest, memAvailable());
  }, 20);
  try {
    const result = await work();
    return { result, memoryDropBytes: before - lowest, worstLagMs };
  } finally {
    clearInterval(timer);
  }
}

/** `evaluate` for key "bomb" runs `child` in 16 processes and waits for them; others score 1. */
const sixteen = (child: string) => `${WHOAMI}
import os, time
def evaluate(sample, ground_truth):
    who = _whoami(sample)
    if who:
        return who
    if sample["metadata"]["key"] != "bomb":
        return 1.0
    pids = []
    for _ in range(16):
        pid = os.fork()
        if pid == 0:
            try:
${child
  .trim()
  .split('\n')
  .map((line) => '                ' + line)
  .join('\n')}
            finally:
                os._exit(0)
        pids.append(pid)
    for pid in pids:
        os.waitpid(pid, 0)
    return 1.0
`;

const MEMORY_BOMB = sixteen(`
hog = b"\\x01" * (192 * 1024 * 1024)  # touched, so resident
time.sleep(3)`);

const CPU_BURNER = sixteen(`
while True:
    pass`);

async function bomb(sandbox: Awaited<ReturnType<typeof makeSandbox>>['sandbox'], code: string) {
  const outcomes = await sandbox.evaluateBatch({
    code,
    requirements: [],
    items: ['whoami', 'bomb', 'ok-after'].map((k) => item(k)),
  });
  const [whoami, ...rest] = outcomes;
  expect(whoami).toMatchObject({ ok: true });
  expect(await survivors((whoami as { reason: string }).reason, 2000)).toEqual([]);
  return rest;
}

describe('with a cgroup per sandbox', () => {
  it('runs in cgroup mode on this machine kind and logs it', async () => {
    const env = await sandboxWith({});
    expect(cgroupHost('auto').mode).not.toBe('none');
    expect(env.logs.find((l) => l.msg === 'code sandbox limits')?.o).toMatchObject({
      mode: expect.stringMatching(/^cgroup-v[12]$/),
    });
  });

  it('keeps a 16-process memory bomb within the sandbox memory limit', async () => {
    // Each process stays well under its address-space limit; only the total is too much
    // (16 × 192 MiB = 3 GiB).
    const { sandbox } = await sandboxWith({
      memoryBytes: 384 * MiB,
      maxProcesses: 24,
      itemTimeoutMs: 20_000,
    });
    const { result, memoryDropBytes, worstLagMs } = await watchHost(() => bomb(sandbox, MEMORY_BOMB));
    const [bombed, after] = result;
    expect(errorOf(bombed)).toMatch(/^memory limit \(384 MiB\) exceeded/);
    expect(after).toMatchObject({ ok: true, score: 1 });
    // The sandbox's 384 MiB, and slack for everything else on a shared machine (the fast tier runs
    // four files at once: 1.06 GiB was seen once), not the bomb's 3 GiB.
    expect(memoryDropBytes).toBeLessThan(1536 * MiB);
    expect(worstLagMs).toBeLessThan(1000);
    expect(await expectHealthy(sandbox)).toBe(true);
  });

  it('stops a 16-process CPU burner at the CPU time of the whole sandbox', async () => {
    const { sandbox } = await sandboxWith({
      cpuSeconds: 1,
      cpus: 1,
      maxProcesses: 24,
      itemTimeoutMs: 60_000,
    });
    const started = performance.now();
    const { result, worstLagMs } = await watchHost(() => bomb(sandbox, CPU_BURNER));
    const [burned, after] = result;
    expect(errorOf(burned)).toBe('CPU time limit (1s) exceeded');
    expect(errorOf(after)).toBe('not evaluated: CPU time limit (1s) exceeded (while evaluating "bomb")');
    // 1 CPU-second of the whole sandbox (about 1 s of wall time on an idle host), long before the
    // item's time limit; per-process limits alone would allow 16 CPU-seconds.
    expect(performance.now() - started).toBeLessThan(50_000);
    expect(worstLagMs).toBeLessThan(1000);
    expect(await expectHealthy(sandbox)).toBe(true);
  });

  it('removes each sandbox cgroup afterwards, and stale groups of dead processes at start', async () => {
    const host = cgroupHost('auto');
    if (host.mode === 'none') throw new Error(`no cgroups here: ${host.reason}`);
    const parents = Object.values(host.describe);
    const { sandbox } = await sandboxWith({});
    expect(await expectHealthy(sandbox)).toBe(true);
    for (const parent of parents) {
      expect(readdirSync(parent).filter((name) => /^s\d+$/.test(name))).toEqual([]);
    }
    // A group left by a worker that died (pid 2^22 + 1 is above any pid_max default).
    const stale = parents.map((parent) => path.join(path.dirname(parent), 'assay-4194305'));
    for (const dir of stale) {
      mkdirSync(dir);
      mkdirSync(path.join(dir, 's1'));
    }
    try {
      expect(detectCgroupHost().mode).toBe(host.mode);
      for (const dir of stale) expect(readdirSync(path.dirname(dir))).not.toContain('assay-4194305');
    } finally {
      for (const dir of stale) {
        for (const sub of [path.join(dir, 's1'), dir]) {
          try {
            rmdirSync(sub);
          } catch {
            // removed by the detection under test
          }
        }
      }
    }
  });
});

describe('without cgroups (ASSAY_SANDBOX_CGROUPS=off)', () => {
  it('logs the fallback and keeps processes few', async () => {
    const env = await sandboxWith({ maxProcesses: 32 }, { cgroups: 'off' });
    expect(env.logs.find((l) => l.msg === 'code sandbox limits')?.o).toMatchObject({
      mode: 'rlimits-only',
      reason: expect.stringContaining('ASSAY_SANDBOX_CGROUPS=off'),
      maxProcesses: 4,
    });
    const [bombed] = await bomb(env.sandbox, sixteen('time.sleep(1)'));
    expect(errorOf(bombed)).toMatch(/^process limit \(4\) reached/);
  });

  it('bounds a 16-process memory bomb by few processes × the address-space limit', async () => {
    const { sandbox } = await sandboxWith(
      { memoryBytes: 256 * MiB, itemTimeoutMs: 20_000 },
      { cgroups: 'off' },
    );
    const { result, memoryDropBytes, worstLagMs } = await watchHost(() => bomb(sandbox, MEMORY_BOMB));
    // At most 4 processes of 256 MiB address space each: the forks beyond fail.
    expect(errorOf(result[0])).toMatch(/^process limit \(4\) reached|^memory limit \(256 MiB\) exceeded/);
    expect(memoryDropBytes).toBeLessThan(1536 * MiB);
    expect(worstLagMs).toBeLessThan(1000);
  });

  it('runs no more sandboxes at once than the memory budget holds', async () => {
    // Each sandbox counts as 4 processes × 64 MiB = 256 MiB; the budget holds two.
    const { sandbox } = await sandboxWith(
      { memoryBytes: 64 * MiB },
      { cgroups: 'off', memoryBudgetBytes: 512 * MiB },
    );
    const code =
      'import time\ndef evaluate(sample, ground_truth):\n    t = time.time()\n    time.sleep(0.5)\n    return {"score": 1, "reason": f"{t} {time.time()}"}\n';
    const runs = await Promise.all(
      Array.from({ length: 4 }, (_, i) =>
        sandbox.evaluateBatch({ code, requirements: [], items: [item(`b${i}`)] }),
      ),
    );
    const spans = runs.map(
      ([o]) => (o as { reason: string }).reason.split(' ').map(Number) as [number, number],
    );
    const overlapAt = (t: number) => spans.filter(([from, to]) => from <= t && t < to).length;
    expect(Math.max(...spans.map(([from]) => overlapAt(from)))).toBe(2);
  });
});

describe('create-time validation', () => {
  it('runs at most maxConcurrentValidations at once', async () => {
    const { sandbox } = await sandboxWith({}, { maxConcurrentValidations: 1 });
    const code = 'import time\ntime.sleep(0.7)\ndef evaluate(sample, ground_truth):\n    return 1\n';
    const started = performance.now();
    const results = await Promise.all([1, 2, 3].map(() => sandbox.validate(code)));
    expect(results).toEqual([{ ok: true }, { ok: true }, { ok: true }]);
    // One after another: three times the module's 0.7 s, never all at once.
    expect(performance.now() - started).toBeGreaterThan(2100);
  });
});
