import { createHash, randomBytes } from 'node:crypto';
import { exists, LOCK_STALE_MS, touch, tryLock } from './lockFile.js';
import { lstat, mkdir, readFile, readdir, rename, rm, stat, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { constants as osConstants } from 'node:os';
import PQueue from 'p-queue';
import { installerArgs, SANDBOX_VENV } from './bwrap.js';
import type { CgroupHost, SandboxCgroup } from './cgroup.js';
import { formatBytes, formatSeconds, type InstallLimits, type SandboxLimits } from './limits.js';
import { SandboxProcess, seccompFdFor } from './process.js';
import type { PythonInfo } from './python.js';
import type { RuntimeFiles } from './runtimeFiles.js';
import { normaliseRequirements } from '../domain/requirements.js';
import type { SandboxLogger } from './types.js';

/**
 * Cache of venvs, one per (interpreter, requirement set), at <dir>/<sha256>.
 *
 *  - Atomic: built in <dir>/.staging-* and renamed into place, so a finished path is always a
 *    complete venv and a crash leaves only a staging folder (swept later).
 *  - Shared: concurrent callers in this process share one promise; other processes wait on
 *    <key>.lock (created O_EXCL, its mtime refreshed while the build runs, stolen when stale).
 *  - Failures are remembered in <key>.failed for FAILURE_TTL_MS so a storm of batches with a broken
 *    requirement does not run pip again and again.
 *  - LRU: <key>.used is touched on every use; beyond maxEntries the least recently used venvs are
 *    deleted, except ones in use here or used too recently to be safe for other processes.
 *
 *  - Bounded: installs run at most `install.maxConcurrent` at once, each under rlimits (CPU, address
 *    space, file size), in its own cgroup where available, with a wall-clock limit, and with its
 *    temporary files on a size-capped tmpfs; the cache as a whole is kept under
 *    `install.cacheMaxBytes` (each venv's size is recorded in <key>.size when it is built).
 *
 * pip runs in a network-enabled sandbox (bwrap.ts installerArgs) and only with
 * --only-binary=:all:, so installing never executes package code (no setup.py / build backends);
 * package code first runs inside the evaluator sandbox.
 */

// Sets the installer's rlimits, then becomes the installer command (runs inside the sandbox,
// before any pip code). argv: address space, CPU seconds, file size, command...
const INSTALLER_LIMITS =
  'import os,resource as r,sys\n' +
  'a=sys.argv\n' +
  'for k,v in ((r.RLIMIT_AS,a[1]),(r.RLIMIT_CPU,a[2]),(r.RLIMIT_FSIZE,a[3]),(r.RLIMIT_CORE,0)):\n' +
  ' r.setrlimit(k,(int(v),int(v)))\n' +
  'os.execv(a[4],a[4:])';
// pip and the venv module start a few subprocesses and threads at most.
const INSTALLER_TASKS = 64;
const FAILURE_TTL_MS = 60_000;
const LOCK_POLL_MS = 250;
const PIP_ERROR_LINES = 15;
const PIP_ERROR_CHARS = 2000;

// pip configuration (index, proxy, certificates) from the worker's environment: everything pip
// needs to reach the index, nothing else (no database URLs, no API keys).
const PIP_ENV =
  /^(PIP_(INDEX_URL|EXTRA_INDEX_URL|TRUSTED_HOST|CERT|CLIENT_CERT|DEFAULT_TIMEOUT|TIMEOUT|RETRIES|PROXY|FIND_LINKS)|(HTTPS?|NO|ALL)_PROXY|(https?|no|all)_proxy|SSL_CERT_(FILE|DIR)|REQUESTS_CA_BUNDLE)$/;

export type VenvResult =
  { ok: true; venvDir: string | null; pythonPath: string } | { ok: false; message: string };

export interface VenvCacheOptions {
  dir: string;
  maxEntries: number;
  python: () => Promise<PythonInfo>;
  runtime: () => Promise<RuntimeFiles>;
  bwrapPath: string;
  limits: SandboxLimits;
  install: InstallLimits;
  cgroups: CgroupHost;
  seccomp: Buffer | null;
  pipIndexUrl?: string;
  /** ASSAY_SANDBOX_ALLOWED_PACKAGES, checked again here: the API's check may predate a change of it. */
  allowedPackages?: readonly string[];
  logger: SandboxLogger;
}

export class VenvCache {
  private readonly building = new Map<string, Promise<VenvResult>>();
  private readonly inUse = new Map<string, number>();
  private readonly builds: PQueue;

  constructor(private readonly opts: VenvCacheOptions) {
    this.builds = new PQueue({ concurrency: opts.install.maxConcurrent });
  }

  async ensure(requirements: readonly string[]): Promise<VenvResult> {
    const normalised = normaliseRequirements(requirements, this.opts.allowedPackages);
    if (!normalised.ok) return normalised;
    const python = await this.opts.python();
    if (normalised.requirements.length === 0)
      return { ok: true, venvDir: null, pythonPath: python.executable };
    const key = createHash('sha256')
      .update(
        JSON.stringify({
          version: python.version,
          executable: python.executable,
          index: this.opts.pipIndexUrl ?? null,
          requirements: normalised.requirements,
        }),
      )
      .digest('hex');
    let pending = this.building.get(key);
    if (!pending) {
      pending = this.obtain(key, normalised.requirements, python).finally(() => this.building.delete(key));
      this.building.set(key, pending);
    }
    return pending;
  }

  /** Protect a venv from eviction while a batch runs in it. */
  acquire(venvDir: string): () => void {
    const key = path.basename(venvDir);
    this.inUse.set(key, (this.inUse.get(key) ?? 0) + 1);
    return () => {
      const count = (this.inUse.get(key) ?? 1) - 1;
      if (count > 0) this.inUse.set(key, count);
      else this.inUse.delete(key);
    };
  }

  private paths(key: string) {
    const base = path.join(this.opts.dir, key);
    return { venv: base, lock: `${base}.lock`, failed: `${base}.failed`, used: `${base}.used` };
  }

  private async obtain(key: string, requirements: string[], python: PythonInfo): Promise<VenvResult> {
    const p = this.paths(key);
    await mkdir(this.opts.dir, { recursive: true });
    const deadline = Date.now() + this.opts.install.timeoutMs + LOCK_STALE_MS;
    for (;;) {
      const known = await this.lookup(key);
      if (known) return known;
      const lock = await tryLock(p.lock);
      if (lock) {
        try {
          // Another process may have finished between our lookup and taking the lock.
          return (await this.lookup(key)) ?? (await this.buildWhenFree(key, requirements, python));
        } finally {
          await lock.release();
          void this.evict(key).catch((err) => this.opts.logger.warn({ err }, 'venv cache eviction failed'));
        }
      }
      if (Date.now() > deadline)
        return { ok: false, message: 'timed out waiting for another process to install' };
      await new Promise((resolve) => setTimeout(resolve, LOCK_POLL_MS));
    }
  }

  /** A finished venv (touched as used) or a recent failure; null if neither exists. */
  private async lookup(key: string): Promise<VenvResult | null> {
    const p = this.paths(key);
    if (await exists(path.join(p.venv, 'pyvenv.cfg'))) {
      await touch(p.used);
      return { ok: true, venvDir: p.venv, pythonPath: path.join(p.venv, 'bin', 'python3') };
    }
    const failed = await stat(p.failed).catch(() => null);
    if (failed && Date.now() - failed.mtimeMs < FAILURE_TTL_MS) {
      return { ok: false, message: await readFile(p.failed, 'utf8') };
    }
    return null;
  }

  /** At most install.maxConcurrent builds at once in this process. */
  private async buildWhenFree(key: string, requirements: string[], python: PythonInfo): Promise<VenvResult> {
    return this.builds.add(() => this.build(key, requirements, python));
  }

  private async build(key: string, requirements: string[], python: PythonInfo): Promise<VenvResult> {
    const p = this.paths(key);
    const staging = path.join(
      this.opts.dir,
      `.staging-${key.slice(0, 16)}-${randomBytes(4).toString('hex')}`,
    );
    const started = Date.now();
    this.opts.logger.info({ key, requirements }, 'building python environment');
    try {
      await mkdir(staging, { recursive: true });
      const pip = [
        `${SANDBOX_VENV}/bin/python3`,
        ...['-I', '-m', 'pip', 'install', '--no-input', '--disable-pip-version-check', '--no-cache-dir'],
        ...['--progress-bar', 'off', '--only-binary=:all:'],
        ...(this.opts.pipIndexUrl ? ['--index-url', this.opts.pipIndexUrl] : []),
        '--',
        ...requirements,
      ];
      const failure =
        (await this.install(staging, python, [
          python.executable,
          '-I',
          '-S',
          '-m',
          'venv',
          '--without-pip',
          SANDBOX_VENV,
        ])) ??
        // ensurepip on its own (venv would run it with its output swallowed): a limit it hits shows.
        (await this.install(staging, python, [
          `${SANDBOX_VENV}/bin/python3`,
          '-I',
          '-m',
          'ensurepip',
          '--default-pip',
        ])) ??
        (await this.install(staging, python, pip));
      if (failure) {
        const message = `could not install ${requirements.join(' ')}:\n${failure}`;
        await writeFile(p.failed, message);
        this.opts.logger.warn({ key, requirements, message }, 'python environment build failed');
        return { ok: false, message };
      }
      await writeFile(`${p.venv}.size`, String(await diskUsage(staging)));
      try {
        await rename(staging, p.venv);
      } catch (err) {
        // Only possible if a stale lock was taken over while its holder was still alive and it won.
        if (!(await exists(path.join(p.venv, 'pyvenv.cfg')))) throw err;
      }
      await unlink(p.failed).catch(() => {});
      await touch(p.used);
      this.opts.logger.info({ key, requirements, ms: Date.now() - started }, 'python environment ready');
      return { ok: true, venvDir: p.venv, pythonPath: path.join(p.venv, 'bin', 'python3') };
    } finally {
      await rm(staging, { recursive: true, force: true });
    }
  }

  /** Run one command in the installer sandbox; null on success, else pip's trimmed error. */
  private async install(staging: string, python: PythonInfo, command: string[]): Promise<string | null> {
    // pip's temporary files go to the sandbox's /tmp: a tmpfs of install.tmpBytes.
    const env: Record<string, string> = { TMPDIR: '/tmp' };
    for (const [name, value] of Object.entries(process.env))
      if (value && PIP_ENV.test(name)) env[name] = value;
    const { seccomp, limits, bwrapPath, install, cgroups } = this.opts;
    const args = installerArgs({
      python,
      runtime: await this.opts.runtime(),
      limits: { ...limits, fileSizeBytes: install.fileSizeBytes },
      seccompFd: seccompFdFor(seccomp),
      stagingDir: staging,
      env,
      tmpBytes: install.tmpBytes,
    });
    const limited = [
      python.executable,
      ...['-I', '-S', '-c', INSTALLER_LIMITS],
      ...[install.memoryBytes, install.cpuSeconds, install.fileSizeBytes].map(String),
      ...command,
    ];
    let cgroup: SandboxCgroup | null = null;
    try {
      // The tmpfs is RAM charged to the installer's cgroup: room for both.
      if (cgroups.mode !== 'none') {
        cgroup = cgroups.create({
          memoryBytes: install.memoryBytes + install.tmpBytes,
          maxTasks: INSTALLER_TASKS,
          cpus: 1,
        });
      }
      const sandbox = new SandboxProcess(
        { bwrapPath, args, command: limited, seccomp, cgroupProcs: cgroup?.procsFiles ?? [] },
        { maxOutputBytes: 64 * 1024 * 1024, onMessage: () => {} },
      );
      void sandbox.send([]);
      const timer = setTimeout(() => sandbox.kill('batchTimeout'), install.timeoutMs);
      const exit = await sandbox.exited;
      clearTimeout(timer);
      if (exit.code === 0 && !exit.killedFor) return null;
      const memory = `memory limit (${formatBytes(install.memoryBytes)}) exceeded`;
      if (exit.killedFor === 'batchTimeout')
        return `installation stopped: time limit (${formatSeconds(install.timeoutMs)}) exceeded`;
      if (exit.killedFor) return `installation stopped: ${exit.killedFor}`;
      if (cgroup && cgroup.oomKills() > 0) return `installation stopped: ${memory}`;
      const signals = osConstants.signals;
      if (exit.code === 128 + signals.SIGXCPU || exit.code === 128 + signals.SIGKILL) {
        return `installation stopped: CPU time limit (${install.cpuSeconds}s) exceeded or ${memory}`;
      }
      const pipError = trimPipError(exit.stderrTail) || `installer exited with code ${exit.code}`;
      // pip reports a limit as an error of its own (often from a subprocess): name the limit first.
      const limit = (
        [
          [/MemoryError|Cannot allocate memory/, memory],
          [
            /No space left on device/,
            `no space left (pip's temporary folder holds ${formatBytes(install.tmpBytes)})`,
          ],
          [/File too large/, `file size limit (${formatBytes(install.fileSizeBytes)}) exceeded`],
        ] as const
      ).find(([pattern]) => pattern.test(exit.stderrTail));
      return limit ? `installation stopped: ${limit[1]}\n${pipError}` : pipError;
    } finally {
      await cgroup?.remove();
    }
  }

  private async evict(keep: string): Promise<void> {
    const { dir, maxEntries, limits } = this.opts;
    const maxBytes = this.opts.install.cacheMaxBytes;
    const leftoverMaxAgeMs = 2 * this.opts.install.timeoutMs;
    const now = Date.now();
    const entries = await readdir(dir, { withFileTypes: true });
    const venvs: { key: string; usedAt: number; bytes: number }[] = [];
    for (const entry of entries) {
      const full = path.join(dir, entry.name);
      if (/^\.(staging|trash)-/.test(entry.name)) {
        // Leftovers of crashed builds/evictions; old enough that no build can still own them.
        const info = await stat(full).catch(() => null);
        if (info && now - info.mtimeMs > leftoverMaxAgeMs) await rm(full, { recursive: true, force: true });
      } else if (entry.name.endsWith('.failed')) {
        const info = await stat(full).catch(() => null);
        if (info && now - info.mtimeMs > FAILURE_TTL_MS) await unlink(full).catch(() => {});
      } else if (entry.isDirectory() && /^[0-9a-f]{64}$/.test(entry.name)) {
        const used = await stat(`${full}.used`).catch(() => stat(full));
        // Recorded at build time; venvs from before sizes were recorded are measured once.
        let bytes = Number(await readFile(`${full}.size`, 'utf8').catch(() => NaN));
        if (!Number.isFinite(bytes)) {
          bytes = await diskUsage(full);
          await writeFile(`${full}.size`, String(bytes)).catch(() => {});
        }
        venvs.push({ key: entry.name, usedAt: used.mtimeMs, bytes });
      }
    }
    venvs.sort((a, b) => b.usedAt - a.usedAt);
    // Most recently used first: keep while within both the count and the total size.
    let keptBytes = 0;
    const excess = venvs.filter((venv, index) => {
      keptBytes += venv.bytes;
      return index >= maxEntries || keptBytes > maxBytes;
    });
    for (const { key, usedAt } of excess) {
      // Another process may still be running a batch in it: only evict what is idle for longer
      // than a batch can last.
      if (key === keep || this.inUse.has(key) || now - usedAt < limits.batchTimeoutMs * 2) continue;
      const p = this.paths(key);
      const trash = path.join(dir, `.trash-${key.slice(0, 16)}-${randomBytes(4).toString('hex')}`);
      await rename(p.venv, trash).catch(() => {});
      await rm(trash, { recursive: true, force: true });
      await unlink(p.used).catch(() => {});
      await unlink(`${p.venv}.size`).catch(() => {});
      this.opts.logger.info({ key }, 'evicted python environment');
    }
  }
}

// eslint-disable-next-line no-control-regex -- ANSI colour codes are control characters
const ANSI_ESCAPE = /\x1b\[[0-9;]*m/g;

/** The useful part of pip's output: from the first "ERROR:" line on, at most a few lines. */
export function trimPipError(output: string): string {
  const lines = output
    .replace(ANSI_ESCAPE, '')
    .split('\n')
    .map((l) => l.trimEnd())
    .filter(Boolean);
  const firstError = lines.findIndex((l) => l.startsWith('ERROR:'));
  const relevant = (firstError >= 0 ? lines.slice(firstError) : lines).slice(-PIP_ERROR_LINES).join('\n');
  return relevant.length > PIP_ERROR_CHARS ? '…' + relevant.slice(-PIP_ERROR_CHARS) : relevant;
}

/** Bytes a directory tree takes on disk (allocated blocks; symlinks not followed). */
export async function diskUsage(dir: string): Promise<number> {
  let total = 0;
  const walk = async (current: string): Promise<void> => {
    const entries = await readdir(current, { withFileTypes: true }).catch(() => []);
    for (const entry of entries) {
      const full = path.join(current, entry.name);
      if (entry.isDirectory()) await walk(full);
      const info = await lstat(full).catch(() => null);
      if (info) total += info.blocks * 512;
    }
  };
  await walk(dir);
  return total;
}
