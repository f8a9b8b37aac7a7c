import { mkdirSync, readdirSync, readFileSync, rmdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import {
  CounterFile,
  keyed,
  parseMountinfo,
  parseProcCgroup,
  read,
  safeReaddir,
  writeOptional,
  type Mount,
} from './cgroupFiles.js';
import path from 'node:path';

/**
 * One cgroup per sandbox, so memory, CPU and processes are bounded for the sandbox as a whole
 * (rlimits are per process: 32 processes × RLIMIT_AS would be 32 GiB).
 *
 * Only ever under this process's own cgroup (the path /proc/self/cgroup gives, per controller),
 * which is what a host delegates (systemd Delegate=yes, a container's private cgroup namespace):
 *   <own>/assay-<pid>/s<n>     one per sandbox, removed when it ends
 * `assay-<pid>` groups this process's sandboxes; ones whose pid is gone are stale and removed at
 * start. Two layouts:
 *  - v2 (unified): memory.max, memory.swap.max = 0, pids.max, cpu.max, cgroup.kill; controllers
 *    enabled in each parent's cgroup.subtree_control (which needs the parent to hold no process).
 *  - v1: one directory per controller hierarchy (memory with memsw where swap is accounted, pids,
 *    cpu quota, cpuacct for CPU time), as on hosts with the legacy/hybrid layout.
 * The sandbox joins its cgroups before bwrap starts (see process.ts: a shell that writes its pid
 * to cgroup.procs and then execs bwrap), so every process it ever creates is inside.
 */

export type CgroupSetting = 'auto' | 'off';

export interface CgroupLimits {
  memoryBytes: number;
  /** tasks (processes and threads) */
  maxTasks: number;
  /** CPU rate in cores */
  cpus: number;
}

export interface SandboxCgroup {
  /** cgroup.procs files the sandbox's launcher writes its pid into, in order. */
  readonly procsFiles: string[];
  /** Times the kernel's OOM killer acted in this cgroup (its memory limit was hit). */
  oomKills(): number;
  /** CPU time used by every process of the sandbox so far, in ms (null if not measurable). */
  cpuUsageMs(): number | null;
  /** Kill whatever is left inside and remove the cgroup; never throws. */
  remove(): Promise<void>;
}

export type CgroupHost =
  | { mode: 'v2' | 'v1'; create(limits: CgroupLimits): SandboxCgroup; describe: Record<string, string> }
  | { mode: 'none'; reason: string };

const PERIOD_US = 100_000;
// The group holding this process's sandboxes competes with its siblings for CPU as ONE entity
// (weight = one busy task by default), so under contention all sandboxes together would get what
// one process gets: measured here, two concurrent sandboxes ran at 40% of their old throughput.
// Weighting the group as many busy tasks as there are cores gives back per-sandbox fairness; the
// per-sandbox quota still caps each one.
const GROUP_CPU_TASKS = os.availableParallelism();
const REMOVE_ATTEMPTS = 40;
const REMOVE_RETRY_MS = 25;

interface Hierarchy {
  controllers: string[];
  /** this process's cgroup directory in it */
  own: string;
}

/**
 * Where this process may create sandbox cgroups, if anywhere. Detected once per process (several
 * CodeSandbox instances share it); stale groups of dead processes are removed on the way.
 */
export function cgroupHost(setting: CgroupSetting, sysRoot = '/'): CgroupHost {
  if (setting === 'off') return { mode: 'none', reason: 'disabled by ASSAY_SANDBOX_CGROUPS=off' };
  return detected.get(sysRoot) ?? detectCgroupHost(sysRoot);
}
const detected = new Map<string, CgroupHost>();
// Sandbox cgroup names are unique per process, whichever detection created them.
let sandboxSeq = 0;

/** Detect again (and remove stale groups again); later cgroupHost() calls get this result. */
export function detectCgroupHost(sysRoot = '/'): CgroupHost {
  const host = detect(sysRoot);
  detected.set(sysRoot, host);
  return host;
}

function detect(sysRoot: string): CgroupHost {
  let mounts: Mount[];
  let memberships: { controllers: string[]; path: string }[];
  try {
    mounts = parseMountinfo(readFileSync(path.join(sysRoot, 'proc/self/mountinfo'), 'utf8'));
    memberships = parseProcCgroup(readFileSync(path.join(sysRoot, 'proc/self/cgroup'), 'utf8'));
  } catch (err) {
    return { mode: 'none', reason: `cannot read this process's cgroups: ${(err as Error).message}` };
  }
  const tried: string[] = [];
  const v2 = tryV2(mounts, memberships, sysRoot, tried);
  if (v2) return v2;
  const v1 = tryV1(mounts, memberships, sysRoot, tried);
  if (v1) return v1;
  return { mode: 'none', reason: tried.join('; ') || 'no cgroup hierarchy is mounted' };
}

// --- discovery ------------------------------------------------------------------------------

/** The directory of cgroup `cgroupPath` under a mount of its hierarchy (null if not visible). */
function dirFor(mount: Mount, cgroupPath: string, sysRoot: string): string | null {
  const root = mount.root === '/' ? '' : mount.root;
  if (root && cgroupPath !== root && !cgroupPath.startsWith(root + '/')) return null;
  return path.join(sysRoot, mount.mountPoint, cgroupPath.slice(root.length));
}

function tryV2(
  mounts: Mount[],
  memberships: { controllers: string[]; path: string }[],
  sysRoot: string,
  tried: string[],
): CgroupHost | null {
  const membership = memberships.find((m) => m.controllers.length === 0 && m.path);
  const mount = mounts.find((m) => m.fsType === 'cgroup2');
  if (!membership || !mount) return null;
  const own = dirFor(mount, membership.path, sysRoot);
  if (!own) return null;
  const wanted = ['memory', 'pids', 'cpu'];
  const available = read(path.join(own, 'cgroup.controllers'))?.split(/\s+/) ?? [];
  const missing = wanted.filter((c) => !available.includes(c));
  if (missing.length) {
    tried.push(`cgroup v2 at ${own} lacks the ${missing.join(', ')} controller(s)`);
    return null;
  }
  try {
    const parent = path.join(own, `assay-${process.pid}`);
    removeStale([{ own }], 'v2');
    enableControllers(own, wanted);
    mkdirSync(parent, { recursive: true });
    removeOnExit([parent]);
    writeOptional(path.join(parent, 'cpu.weight'), String(Math.min(10_000, 100 * GROUP_CPU_TASKS)));
    enableControllers(parent, wanted);
    return {
      mode: 'v2',
      describe: { cgroup: parent },
      create(limits) {
        const dir = path.join(parent, `s${++sandboxSeq}`);
        mkdirSync(dir);
        const group = new V2Cgroup(dir);
        try {
          writeFileSync(path.join(dir, 'memory.max'), String(limits.memoryBytes));
          writeOptional(path.join(dir, 'memory.swap.max'), '0');
          writeFileSync(path.join(dir, 'pids.max'), String(limits.maxTasks));
          writeFileSync(
            path.join(dir, 'cpu.max'),
            `${Math.max(1000, Math.round(limits.cpus * PERIOD_US))} ${PERIOD_US}`,
          );
        } catch (err) {
          void group.remove();
          throw err;
        }
        return group;
      },
    };
  } catch (err) {
    tried.push(`cgroup v2 at ${own} is not delegated to this process: ${(err as Error).message}`);
    return null;
  }
}

/**
 * v2's "no internal processes" rule: controllers can be enabled for children only while the
 * cgroup itself holds no process. A cgroup whose only process is this one moves it into a leaf.
 */
function enableControllers(dir: string, controllers: string[]): void {
  const enabled = read(path.join(dir, 'cgroup.subtree_control'))?.split(/\s+/) ?? [];
  const needed = controllers.filter((c) => !enabled.includes(c));
  if (needed.length === 0) return;
  const procs = (read(path.join(dir, 'cgroup.procs')) ?? '').split('\n').filter(Boolean);
  if (procs.length === 1 && procs[0] === String(process.pid)) {
    const leaf = path.join(dir, 'assay-main');
    mkdirSync(leaf, { recursive: true });
    writeFileSync(path.join(leaf, 'cgroup.procs'), String(process.pid));
  }
  writeFileSync(path.join(dir, 'cgroup.subtree_control'), needed.map((c) => `+${c}`).join(' '));
}

function tryV1(
  mounts: Mount[],
  memberships: { controllers: string[]; path: string }[],
  sysRoot: string,
  tried: string[],
): CgroupHost | null {
  const hierarchies = new Map<string, Hierarchy>();
  for (const controller of ['memory', 'pids', 'cpu', 'cpuacct']) {
    const membership = memberships.find((m) => m.controllers.includes(controller));
    const mount = mounts.find((m) => m.fsType === 'cgroup' && m.superOptions.includes(controller));
    const own = membership && mount ? dirFor(mount, membership.path, sysRoot) : null;
    if (!own) continue;
    const existing = hierarchies.get(own);
    if (existing) existing.controllers.push(controller);
    else hierarchies.set(own, { controllers: [controller], own });
  }
  const has = (c: string) => [...hierarchies.values()].some((h) => h.controllers.includes(c));
  const missing = ['memory', 'pids', 'cpu'].filter((c) => !has(c));
  if (missing.length) {
    if (hierarchies.size) tried.push(`cgroup v1 lacks the ${missing.join(', ')} controller(s)`);
    return null;
  }
  const list = [...hierarchies.values()];
  try {
    removeStale(list, 'v1');
    const parents = list.map((h) => ({ ...h, parent: path.join(h.own, `assay-${process.pid}`) }));
    for (const h of parents) {
      mkdirSync(h.parent, { recursive: true });
      // A memory limit set on the parent only holds for children with hierarchical accounting.
      if (h.controllers.includes('memory') && read(path.join(h.parent, 'memory.use_hierarchy')) === '0') {
        writeOptional(path.join(h.parent, 'memory.use_hierarchy'), '1');
      }
      if (h.controllers.includes('cpu'))
        writeOptional(path.join(h.parent, 'cpu.shares'), String(1024 * GROUP_CPU_TASKS));
    }
    removeOnExit(parents.map((h) => h.parent));
    return {
      mode: 'v1',
      describe: Object.fromEntries(parents.map((h) => [h.controllers.join(','), h.parent])),
      create(limits) {
        const name = `s${++sandboxSeq}`;
        const dirs = parents.map((h) => ({ controllers: h.controllers, dir: path.join(h.parent, name) }));
        const group = new V1Cgroup(dirs);
        try {
          for (const { controllers, dir } of dirs) {
            mkdirSync(dir);
            if (controllers.includes('memory')) {
              writeFileSync(path.join(dir, 'memory.limit_in_bytes'), String(limits.memoryBytes));
              // memsw (memory + swap) exists only where swap accounting is on; it must be >= the limit.
              writeOptional(path.join(dir, 'memory.memsw.limit_in_bytes'), String(limits.memoryBytes));
              writeOptional(path.join(dir, 'memory.swappiness'), '0');
            }
            if (controllers.includes('pids'))
              writeFileSync(path.join(dir, 'pids.max'), String(limits.maxTasks));
            if (controllers.includes('cpu')) {
              writeFileSync(path.join(dir, 'cpu.cfs_period_us'), String(PERIOD_US));
              const quota = Math.max(1000, Math.round(limits.cpus * PERIOD_US));
              writeFileSync(path.join(dir, 'cpu.cfs_quota_us'), String(quota));
            }
          }
        } catch (err) {
          void group.remove();
          throw err;
        }
        return group;
      },
    };
  } catch (err) {
    tried.push(`cgroup v1 is not writable by this process: ${(err as Error).message}`);
    return null;
  }
}

// --- one sandbox's cgroup ----------------------------------------------------------------------

class V2Cgroup implements SandboxCgroup {
  readonly procsFiles: string[];
  private readonly events: CounterFile;
  constructor(private readonly dir: string) {
    this.procsFiles = [path.join(dir, 'cgroup.procs')];
    this.events = new CounterFile(path.join(dir, 'memory.events'), 'oom_kill');
  }
  oomKills(): number {
    return this.events.read();
  }
  cpuUsageMs(): number | null {
    const usec = keyed(read(path.join(this.dir, 'cpu.stat')), 'usage_usec');
    return usec === null ? null : usec / 1000;
  }
  async remove(): Promise<void> {
    this.events.close();
    await removeGroup(this.dir, () => writeOptional(path.join(this.dir, 'cgroup.kill'), '1'));
  }
}

class V1Cgroup implements SandboxCgroup {
  readonly procsFiles: string[];
  private readonly oom: CounterFile | null;
  private readonly cpuacct: string | undefined;
  constructor(private readonly dirs: { controllers: string[]; dir: string }[]) {
    this.procsFiles = dirs.map((d) => path.join(d.dir, 'cgroup.procs'));
    const memory = dirs.find((d) => d.controllers.includes('memory'))?.dir;
    this.oom = memory ? new CounterFile(path.join(memory, 'memory.oom_control'), 'oom_kill') : null;
    this.cpuacct = dirs.find((d) => d.controllers.includes('cpuacct'))?.dir;
  }
  oomKills(): number {
    return this.oom?.read() ?? 0;
  }
  cpuUsageMs(): number | null {
    const ns = this.cpuacct ? read(path.join(this.cpuacct, 'cpuacct.usage')) : null;
    return ns === null ? null : Number(ns) / 1e6;
  }
  async remove(): Promise<void> {
    this.oom?.close();
    for (const { dir } of this.dirs) await removeGroup(dir, () => killAll(dir));
  }
}

/** SIGKILL what is left (normally nothing: the pid namespace died with the sandbox), then rmdir. */
async function removeGroup(dir: string, kill: () => void): Promise<void> {
  for (let attempt = 0; attempt < REMOVE_ATTEMPTS; attempt++) {
    try {
      rmdirSync(dir);
      return;
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code === 'ENOENT') return;
      if (code !== 'EBUSY') return; // not ours to fix; stale-group removal retries at next start
      if (attempt === 0 || attempt % 8 === 0) kill();
      await new Promise((resolve) => setTimeout(resolve, REMOVE_RETRY_MS));
    }
  }
}

function killAll(dir: string): void {
  for (const pid of (read(path.join(dir, 'cgroup.procs')) ?? '').split('\n').filter(Boolean)) {
    try {
      process.kill(Number(pid), 'SIGKILL');
    } catch {
      // already gone
    }
  }
}

/** `assay-<pid>` groups of processes that no longer exist (a crashed or killed worker). */
function removeStale(hierarchies: { own: string }[], mode: 'v1' | 'v2'): void {
  for (const { own } of hierarchies) {
    let entries: string[];
    try {
      entries = readdirSync(own);
    } catch {
      continue;
    }
    for (const name of entries) {
      const pid = /^assay-(\d+)$/.exec(name)?.[1];
      if (!pid || Number(pid) === process.pid || isAlive(Number(pid))) continue;
      const parent = path.join(own, name);
      for (const child of safeReaddir(parent).filter((n) => /^s\d+$/.test(n))) {
        const dir = path.join(parent, child);
        if (mode === 'v2') writeOptional(path.join(dir, 'cgroup.kill'), '1');
        else killAll(dir);
        try {
          rmdirSync(dir);
        } catch {
          // still dying; the next start retries
        }
      }
      try {
        rmdirSync(parent);
      } catch {
        // idem
      }
    }
  }
}

/** This process's group goes with it (sandboxes are removed as they end; --die-with-parent). */
function removeOnExit(dirs: string[]): void {
  process.once('exit', () => {
    for (const dir of dirs) {
      try {
        rmdirSync(dir);
      } catch {
        // a sandbox still dying: removed as stale at the next start
      }
    }
  });
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}
