// test tier: needs the Python package index (pip installs real packages), so not in `npm run test:unit`.
import { readdir } from 'node:fs/promises';
import { afterAll, describe, expect, it } from 'vitest';
import { makeSandbox } from './helpers.js';

/**
 * pip, bounded: its temporary files on a size-capped tmpfs rather than the host's disk, rlimits and
 * a wall clock, few builds at once, and a cache whose total size is kept by evicting the least
 * recently used environments. Real installs from the package index (wheels only).
 */

const MiB = 1024 * 1024;
const disposers: (() => Promise<void>)[] = [];
afterAll(async () => {
  await Promise.all(disposers.map((dispose) => dispose()));
});

async function sandboxWith(...args: Parameters<typeof makeSandbox>) {
  const env = await makeSandbox(...args);
  disposers.push(env.dispose);
  return env;
}

const failure = (result: { ok: boolean; message?: string }) => (result.ok ? 'installed' : result.message!);

describe('package installs', () => {
  it('stops an install at its wall-clock limit', async () => {
    const { sandbox } = await sandboxWith({}, { install: { timeoutMs: 1000 } });
    const started = performance.now();
    expect(failure(await sandbox.ensureEnvironment(['six']))).toMatch(
      /installation stopped: time limit \(1s\) exceeded/,
    );
    expect(performance.now() - started).toBeLessThan(10_000);
  });

  it("keeps pip's temporary files on a bounded tmpfs, not the host's disk", async () => {
    // pip's own wheel (unpacked by ensurepip) fits 12 MiB; numpy's ~16 MiB wheel does not.
    const { sandbox } = await sandboxWith({}, { install: { tmpBytes: 12 * MiB } });
    expect(failure(await sandbox.ensureEnvironment(['numpy>=2,<3']))).toMatch(
      /installation stopped: no space left \(pip.s temporary folder holds 12 MiB\)/,
    );
  });

  it('runs pip under an address-space limit', async () => {
    const { sandbox } = await sandboxWith({}, { install: { memoryBytes: 48 * MiB } });
    expect(failure(await sandbox.ensureEnvironment(['six']))).toMatch(
      /installation stopped: memory limit \(48 MiB\) exceeded/,
    );
  });

  it('builds at most maxConcurrent environments at once', async () => {
    const env = await sandboxWith({}, { install: { maxConcurrent: 1 } });
    // Two distinct requirement sets for packages that do not exist: each build asks the index.
    const names = ['assay-no-such-package-a', 'assay-no-such-package-b'];
    const results = await Promise.all(names.map((name) => env.sandbox.ensureEnvironment([name])));
    expect(results.map((r) => r.ok)).toEqual([false, false]);
    const events = env.logs
      .map((l) => l.msg)
      .filter((msg) => msg === 'building python environment' || msg === 'python environment build failed');
    expect(events).toEqual([
      'building python environment',
      'python environment build failed',
      'building python environment',
      'python environment build failed',
    ]);
  });

  it('evicts the least recently used environments beyond the total cache size', async () => {
    // Room for one environment (each holds pip itself, ~15 MiB), however many are allowed by count.
    const env = await sandboxWith(
      { batchTimeoutMs: 100 },
      { maxCachedEnvironments: 20, install: { cacheMaxBytes: 30 * MiB } },
    );
    const venvs = async () => (await readdir(env.venvCacheDir)).filter((e) => /^[0-9a-f]{64}$/.test(e));
    const first = await env.sandbox.ensureEnvironment(['six==1.16.0']);
    expect(first).toMatchObject({ ok: true });
    const [firstVenv] = await venvs();
    await new Promise((resolve) => setTimeout(resolve, 300)); // idle longer than 2 × batchTimeoutMs
    expect(await env.sandbox.ensureEnvironment(['six==1.17.0'])).toMatchObject({ ok: true });
    await new Promise((resolve) => setTimeout(resolve, 500)); // eviction runs after the build
    const left = await venvs();
    expect(left).toHaveLength(1);
    expect(left).not.toContain(firstVenv);
  });
});
