// test tier: needs the Python package index (pip installs real packages), so not in `npm run test:unit`.
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CodeSandbox } from '../../src/sandbox/index.js';
import { normaliseRequirements } from '../../src/domain/requirements.js';
import { trimPipError } from '../../src/sandbox/venv.js';
import { item, makeSandbox } from './helpers.js';

// Real installs from the package index: rapidfuzz ships manylinux wheels (we install wheels only).
const RAPIDFUZZ = 'rapidfuzz>=3,<4';

let env: Awaited<ReturnType<typeof makeSandbox>>;
const builds = () => env.logs.filter((l) => l.msg === 'building python environment').length;

beforeAll(async () => {
  env = await makeSandbox({ batchTimeoutMs: 30_000 });
});
afterAll(() => env?.dispose());

describe('requirements', () => {
  it('installs a package once, shared by concurrent callers, then serves it from the cache', async () => {
    const [first, second] = await Promise.all([
      env.sandbox.ensureEnvironment([RAPIDFUZZ]),
      env.sandbox.ensureEnvironment([' rapidfuzz >=3, <4 ']), // same set, spelt differently
    ]);
    expect(first).toMatchObject({ ok: true, pythonPath: expect.stringContaining(env.venvCacheDir) });
    expect(second).toEqual(first);
    expect(builds()).toBe(1);

    const started = Date.now();
    expect(await env.sandbox.ensureEnvironment([RAPIDFUZZ])).toEqual(first);
    expect(Date.now() - started).toBeLessThan(1000);
    expect(builds()).toBe(1);
    // Built atomically: only the finished venv (and its bookkeeping files) remain.
    const entries = await readdir(env.venvCacheDir);
    expect(entries.filter((e) => e.startsWith('.staging-'))).toEqual([]);
    expect(entries.filter((e) => /^[0-9a-f]{64}$/.test(e))).toHaveLength(1);
  });

  it('scores with the installed package', async () => {
    const code = `
from rapidfuzz import fuzz
def evaluate(sample, ground_truth):
    return fuzz.ratio(sample["output"], ground_truth["output"]) / 100
`;
    const outcomes = await env.sandbox.evaluateBatch({
      code,
      requirements: [RAPIDFUZZ],
      items: [
        item('same', 'hello world', 'hello world'),
        item('close', 'hello world', 'hello word'),
        item('far', 'abc', 'xyz'),
      ],
    });
    expect(outcomes.map((o) => (o.ok ? +o.score.toFixed(3) : o.error))).toEqual([1, 0.952, 0]);
    expect(builds()).toBe(1);
  });

  it('shares a build across processes through the lock file', async () => {
    // A second CodeSandbox has its own in-process map, like another worker process on the same cache.
    const other = new CodeSandbox({
      venvCacheDir: env.venvCacheDir,
      logger: { info: (o, msg) => env.logs.push({ level: 'info', msg, o }), warn() {} },
    });
    const before = builds();
    const [a, b] = await Promise.all([
      other.ensureEnvironment(['six']),
      env.sandbox.ensureEnvironment(['six']),
    ]);
    expect(a).toMatchObject({ ok: true });
    expect(b).toEqual(a);
    expect(builds() - before).toBe(1);
  });

  it('reports a package that does not exist with pip’s error, and caches the failure briefly', async () => {
    const bad = 'this-package-does-not-exist-assay==1.0';
    const result = await env.sandbox.ensureEnvironment([bad]);
    expect(result.ok).toBe(false);
    const message = (result as { message: string }).message;
    expect(message).toContain(bad);
    expect(message).toMatch(/No matching distribution found/);
    expect(message.split('\n').length).toBeLessThan(20);

    const before = builds();
    const again = await env.sandbox.ensureEnvironment([bad]);
    expect(again).toEqual(result);
    expect(builds()).toBe(before); // no second pip run
    const entries = await readdir(env.venvCacheDir);
    expect(entries.filter((e) => e.startsWith('.staging-'))).toEqual([]); // nothing half-built

    const outcomes = await env.sandbox.evaluateBatch({
      code: 'def evaluate(s, g):\n    return 1\n',
      requirements: [bad],
      items: [item('x')],
    });
    expect(outcomes[0]).toMatchObject({
      ok: false,
      error: expect.stringMatching(/^requirements could not be installed/),
    });
  });

  it('refuses requirement strings that are not plain package specifiers, without running pip', async () => {
    const before = builds();
    for (const evil of [
      '--index-url=http://evil.example/simple',
      '-r /etc/shadow',
      'pkg @ file:///etc/passwd',
      'pkg; os_name=="posix"',
      '../local/dir',
    ]) {
      const result = await env.sandbox.ensureEnvironment([evil]);
      expect(result).toMatchObject({ ok: false, message: expect.stringMatching(/^unsupported requirement/) });
    }
    expect(builds()).toBe(before);
  });

  it('uses the base interpreter (standard library only) without requirements', async () => {
    const result = await env.sandbox.ensureEnvironment([]);
    expect(result).toMatchObject({ ok: true });
    expect((result as { pythonPath: string }).pythonPath).not.toContain(env.venvCacheDir);
    const code =
      'import sys\ndef evaluate(s, g):\n    return {"score": 1, "reason": repr([p for p in sys.path if "site-packages" in p])}\n';
    const [o] = await env.sandbox.evaluateBatch({ code, requirements: [], items: [item('x')] });
    expect(o).toMatchObject({ ok: true, reason: '[]' });
  });

  it('evicts the least recently used environments beyond the limit', async () => {
    const small = await makeSandbox({ batchTimeoutMs: 50 }, { maxCachedEnvironments: 1 });
    try {
      const first = await small.sandbox.ensureEnvironment(['six']);
      expect(first.ok).toBe(true);
      await new Promise((resolve) => setTimeout(resolve, 200)); // idle longer than a batch can last
      expect((await small.sandbox.ensureEnvironment([RAPIDFUZZ])).ok).toBe(true);
      await new Promise((resolve) => setTimeout(resolve, 500)); // eviction runs after the build
      const venvs = (await readdir(small.venvCacheDir)).filter((e) => /^[0-9a-f]{64}$/.test(e));
      expect(venvs).toHaveLength(1);
      expect(path.dirname(path.dirname((first as { pythonPath: string }).pythonPath))).not.toContain(
        venvs[0],
      );
    } finally {
      await small.dispose();
    }
  });
});

describe('requirement normalisation', () => {
  it('normalises names, extras and specifiers, and sorts', () => {
    expect(
      normaliseRequirements(['Rapid_Fuzz >= 3.0 , <4', 'numpy', 'requests[Security,socks]==2.*', 'numpy']),
    ).toEqual({
      ok: true,
      requirements: ['numpy', 'rapid-fuzz<4,>=3.0', 'requests[security,socks]==2.*'],
    });
  });

  it('trims pip output to its error', () => {
    const output = [
      'Collecting x',
      '  Downloading...',
      'ERROR: Could not find a version',
      'ERROR: No matching distribution found for x',
    ].join('\n');
    expect(trimPipError(output)).toBe(
      'ERROR: Could not find a version\nERROR: No matching distribution found for x',
    );
  });
});
