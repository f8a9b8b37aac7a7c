import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { detectCgroupHost } from '../../src/sandbox/cgroup.js';

/**
 * cgroup v2 is what most production hosts delegate; this machine kind has v1 controllers (tested
 * for real in aggregate.test.ts). Here the v2 layout is checked against a copy of a delegated
 * cgroup2 tree in a temporary folder standing in for / (the files cgroup.ts reads and writes).
 */

const root = mkdtempSync(path.join(os.tmpdir(), 'assay-cgroup2-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function fakeHost(ownProcs: string) {
  const own = path.join(root, 'sys/fs/cgroup/system.slice/assay-worker.service');
  mkdirSync(path.join(root, 'proc/self'), { recursive: true });
  mkdirSync(own, { recursive: true });
  writeFileSync(
    path.join(root, 'proc/self/mountinfo'),
    '25 1 0:22 / /sys/fs/cgroup rw,nosuid,nodev,noexec,relatime shared:4 - cgroup2 cgroup2 rw,nsdelegate\n',
  );
  writeFileSync(path.join(root, 'proc/self/cgroup'), '0::/system.slice/assay-worker.service\n');
  writeFileSync(path.join(own, 'cgroup.controllers'), 'cpuset cpu io memory pids\n');
  writeFileSync(path.join(own, 'cgroup.subtree_control'), '');
  writeFileSync(path.join(own, 'cgroup.procs'), ownProcs);
  return own;
}

describe('cgroup v2', () => {
  it('moves the worker into a leaf, enables controllers and sets each sandbox’s limits', async () => {
    const own = fakeHost(`${process.pid}\n`);
    // A stale group of a worker that is gone (pid above any pid_max default).
    mkdirSync(path.join(own, 'assay-4194305/s7'), { recursive: true });
    const host = detectCgroupHost(root);
    expect(host.mode).toBe('v2');
    if (host.mode === 'none') return;
    expect(existsSync(path.join(own, 'assay-4194305'))).toBe(false);
    expect(readFileSync(path.join(own, 'assay-main/cgroup.procs'), 'utf8')).toBe(String(process.pid));
    expect(readFileSync(path.join(own, 'cgroup.subtree_control'), 'utf8')).toBe('+memory +pids +cpu');
    const parent = path.join(own, `assay-${process.pid}`);
    expect(readFileSync(path.join(parent, 'cgroup.subtree_control'), 'utf8')).toBe('+memory +pids +cpu');

    const group = host.create({ memoryBytes: 256 * 1024 * 1024, maxTasks: 34, cpus: 1.5 });
    const [procs] = group.procsFiles;
    const dir = path.dirname(procs!);
    expect(path.dirname(dir)).toBe(parent);
    const file = (name: string) => readFileSync(path.join(dir, name), 'utf8');
    expect(file('memory.max')).toBe(String(256 * 1024 * 1024));
    expect(file('pids.max')).toBe('34');
    expect(file('cpu.max')).toBe('150000 100000');
    writeFileSync(path.join(dir, 'memory.events'), 'low 0\nhigh 0\nmax 3\noom 1\noom_kill 2\n');
    writeFileSync(path.join(dir, 'cpu.stat'), 'usage_usec 1500000\nuser_usec 1000000\n');
    expect(group.oomKills()).toBe(2);
    expect(group.cpuUsageMs()).toBe(1500);
  });

  it('falls back when the controllers cannot be delegated', () => {
    const own = fakeHost('1\n2\n'); // other processes share the cgroup: v2 forbids enabling
    rmSync(path.join(own, `assay-${process.pid}`), { recursive: true, force: true });
    writeFileSync(path.join(own, 'cgroup.controllers'), 'cpu pids\n');
    const host = detectCgroupHost(root);
    expect(host).toMatchObject({
      mode: 'none',
      reason: expect.stringContaining('lacks the memory controller'),
    });
  });
});
