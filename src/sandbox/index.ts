import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import PQueue from 'p-queue';
import { runBatch } from './batch.js';
import type { SandboxOutcome } from './executionOutcome.js';
import { evaluatorArgs, probeArgs, runningAsRoot } from './bwrap.js';
import { cgroupHost, type CgroupHost, type SandboxCgroup } from './cgroup.js';
import {
  FALLBACK_MAX_PROCESSES,
  formatBytes,
  resolveInstallLimits,
  resolveLimits,
  type SandboxLimits,
} from './limits.js';
import { MemoryBudget } from './memoryBudget.js';
import { SandboxProcess, seccompFdFor, type SandboxSpawn } from './process.js';
import { probePython, type PythonInfo } from './python.js';
import { runtimeFiles, type RuntimeFiles } from './runtimeFiles.js';
import { buildSeccompProgram } from './seccomp.js';
import type {
  CodeEvalItem,
  CodeEvalOutcome,
  CodeSandboxOptions,
  CodeValidation,
  EnvironmentResult,
  SandboxLogger,
} from './types.js';
import { runValidation } from './validate.js';
import type { CodeEntry } from './protocol.js';
import { VenvCache } from './venv.js';

export {
  defaultInstallLimits,
  defaultSandboxLimits,
  type InstallLimits,
  type SandboxLimits,
} from './limits.js';
export type {
  CodeEvalItem,
  CodeEvalOutcome,
  CodeSandboxOptions,
  CodeValidation,
  CodeValidator,
  EnvironmentResult,
  SandboxLogger,
} from './types.js';

const HARNESS_PATH = fileURLToPath(new URL('./harness.py', import.meta.url));
const DEFAULT_MAX_CACHED_ENVIRONMENTS = 20;
const DEFAULT_MAX_CONCURRENT_VALIDATIONS = 2;
// Besides the processes of user code: bwrap on the host side and the sandbox's init.
const INFRASTRUCTURE_TASKS = 2;
const silentLogger: SandboxLogger = { info() {}, warn() {} };

/**
 * Runs users' Python code evaluators under bubblewrap. See bwrap.ts for the isolation, harness.py
 * for the in-sandbox side, venv.ts for requirements.
 */
export class CodeSandbox {
  private readonly limits: SandboxLimits;
  private readonly bwrapPath: string;
  private readonly python: () => Promise<PythonInfo>;
  private readonly runtime: () => Promise<RuntimeFiles>;
  private readonly seccomp: Buffer | null;
  private readonly venvs: VenvCache;
  private readonly cgroups: CgroupHost;
  private readonly budget: MemoryBudget;
  /** What one sandbox may take of the budget: its cgroup's memory, or every process's RLIMIT_AS. */
  private readonly sandboxBytes: number;
  private readonly validations: PQueue;
  private readonly logger: SandboxLogger;
  private readonly onExecution?: (outcome: SandboxOutcome) => void;

  constructor(opts: CodeSandboxOptions) {
    const limits = resolveLimits(opts.limits);
    this.bwrapPath = opts.bwrapPath ?? 'bwrap';
    const logger = (this.logger = opts.logger ?? silentLogger);
    this.onExecution = opts.onExecution;
    let probe: Promise<PythonInfo> | undefined;
    this.python = () => {
      probe ??= probePython(opts.pythonPath ?? 'python3');
      probe.catch(() => (probe = undefined)); // retry a failed probe next time
      return probe;
    };
    let files: Promise<RuntimeFiles> | undefined;
    this.runtime = () => {
      files ??= this.python().then((python) => runtimeFiles(python, path.resolve(opts.venvCacheDir)));
      files.catch(() => (files = undefined));
      return files;
    };

    // Aggregate bounds: a cgroup per sandbox where this process may create one; otherwise few
    // processes per sandbox (memory is then RLIMIT_AS × processes) and the budget below.
    this.cgroups = cgroupHost(opts.cgroups ?? 'auto');
    if (this.cgroups.mode === 'none')
      limits.maxProcesses = Math.min(limits.maxProcesses, FALLBACK_MAX_PROCESSES);
    this.limits = limits;
    this.sandboxBytes = limits.memoryBytes * (this.cgroups.mode === 'none' ? limits.maxProcesses : 1);
    this.budget = new MemoryBudget(opts.memoryBudgetBytes ?? Math.floor(os.totalmem() / 2));
    this.validations = new PQueue({
      concurrency: opts.maxConcurrentValidations ?? DEFAULT_MAX_CONCURRENT_VALIDATIONS,
    });
    logger.info(
      {
        mode: this.cgroups.mode === 'none' ? 'rlimits-only' : `cgroup-${this.cgroups.mode}`,
        ...(this.cgroups.mode === 'none'
          ? { reason: this.cgroups.reason }
          : { cgroup: this.cgroups.describe }),
        sandboxMemory: formatBytes(this.sandboxBytes),
        memoryBudget: formatBytes(this.budget.totalBytes),
        concurrentSandboxes: Math.max(1, Math.floor(this.budget.totalBytes / this.sandboxBytes)),
        maxProcesses: limits.maxProcesses,
        concurrentValidations: this.validations.concurrency,
      },
      'code sandbox limits',
    );
    this.seccomp = buildSeccompProgram();
    if (!this.seccomp) logger.warn({ arch: process.arch }, 'no seccomp filter for this architecture');
    this.venvs = new VenvCache({
      dir: path.resolve(opts.venvCacheDir),
      maxEntries: opts.maxCachedEnvironments ?? DEFAULT_MAX_CACHED_ENVIRONMENTS,
      python: this.python,
      runtime: this.runtime,
      bwrapPath: this.bwrapPath,
      install: resolveInstallLimits(opts.install),
      cgroups: this.cgroups,
      limits: this.limits,
      seccomp: this.seccomp,
      pipIndexUrl: opts.pipIndexUrl,
      allowedPackages: opts.allowedPackages,
      logger,
    });
  }

  /** Can bubblewrap create our kind of sandbox on this machine? */
  static async check(
    opts: { bwrapPath?: string } = {},
  ): Promise<{ ok: true } | { ok: false; message: string }> {
    const seccomp = buildSeccompProgram();
    const args = [...probeArgs(), ...(seccomp ? ['--seccomp', String(seccompFdFor(seccomp))] : [])];
    const sandbox = new SandboxProcess(
      { bwrapPath: opts.bwrapPath ?? 'bwrap', args, command: ['/usr/bin/true'], seccomp },
      { maxOutputBytes: 1 << 20, onMessage: () => {} },
    );
    void sandbox.send([]);
    const timer = setTimeout(() => sandbox.kill('batchTimeout'), 10_000);
    const exit = await sandbox.exited;
    clearTimeout(timer);
    if (exit.code === 0) return { ok: true };
    if (exit.code === null && /ENOENT/.test(exit.stderrTail)) {
      return {
        ok: false,
        message:
          'bubblewrap is not installed: install the Debian package `bubblewrap` (apt-get install bubblewrap)',
      };
    }
    const hint = runningAsRoot()
      ? 'in a container, bwrap needs CAP_SYS_ADMIN and a seccomp profile that allows unshare/mount'
      : 'unprivileged user namespaces may be disabled (sysctl kernel.unprivileged_userns_clone / AppArmor)';
    return { ok: false, message: `bubblewrap cannot create a sandbox here (${hint}): ${exit.stderrTail}` };
  }

  /** Create-time check; at most maxConcurrentValidations at once, and within the memory budget. */
  async validate(code: string, entry: CodeEntry = 'evaluate'): Promise<CodeValidation> {
    return this.validations.add(async () => {
      try {
        return await this.inSandbox(
          undefined,
          (cgroup, spawn) => runValidation(spawn, this.limits, code, cgroup, entry),
          null,
        );
      } catch (err) {
        return { ok: false, message: `the code could not be checked: ${(err as Error).message}` };
      }
    });
  }

  async ensureEnvironment(requirements: string[]): Promise<EnvironmentResult> {
    const env = await this.venvs.ensure(requirements);
    return env.ok ? { ok: true, pythonPath: env.pythonPath } : env;
  }

  /**
   * One outcome per item, in order; `onOutcome` sees each as soon as it is known, also in order.
   * Rejects only if `signal` aborts or `onOutcome` throws (the sandbox is gone by then).
   */
  async evaluateBatch(args: {
    code: string;
    requirements: string[];
    items: CodeEvalItem[];
    /** evaluate_pair: the items carry `sample_b`. */
    entry?: CodeEntry;
    signal?: AbortSignal;
    onOutcome?: (o: CodeEvalOutcome) => void;
  }): Promise<CodeEvalOutcome[]> {
    const { items, signal, onOutcome } = args;
    signal?.throwIfAborted();
    if (items.length === 0) return [];
    const env = await this.venvs.ensure(args.requirements);
    if (!env.ok) {
      const error = `requirements could not be installed: ${env.message}`;
      const outcomes = items.map((item): CodeEvalOutcome => ({
        key: item.key,
        ok: false,
        error,
        latencyMs: 0,
      }));
      outcomes.forEach((o) => onOutcome?.(o));
      return outcomes;
    }
    const release = env.venvDir ? this.venvs.acquire(env.venvDir) : () => {};
    try {
      return await this.inSandbox(
        signal,
        (cgroup, spawn) =>
          runBatch({
            spawn,
            limits: this.limits,
            code: args.code,
            entry: args.entry,
            items,
            signal,
            onOutcome,
            cgroup,
            onExecution: this.onExecution,
          }),
        env.venvDir,
      );
    } catch (err) {
      signal?.throwIfAborted();
      // The sandbox could not be set up (its cgroup, the interpreter): every item says why.
      const error = `the sandbox failed to start: ${(err as Error).message}`;
      this.logger.warn({ err }, 'code sandbox failed to start');
      const outcomes = items.map((item): CodeEvalOutcome => ({
        key: item.key,
        ok: false,
        error,
        latencyMs: 0,
      }));
      outcomes.forEach((o) => onOutcome?.(o));
      return outcomes;
    } finally {
      release();
    }
  }

  /** Within the memory budget, in a fresh cgroup (where available) that is removed afterwards. */
  private async inSandbox<T>(
    signal: AbortSignal | undefined,
    run: (cgroup: SandboxCgroup | null, spawn: SandboxSpawn) => Promise<T>,
    venvDir: string | null,
  ): Promise<T> {
    const spawn = await this.spawnSpec(venvDir);
    const release = await this.budget.acquire(this.sandboxBytes, signal);
    let cgroup: SandboxCgroup | null = null;
    try {
      if (this.cgroups.mode !== 'none') {
        cgroup = this.cgroups.create({
          memoryBytes: this.limits.memoryBytes,
          maxTasks: this.limits.maxProcesses + INFRASTRUCTURE_TASKS,
          cpus: this.limits.cpus,
        });
      }
      return await run(cgroup, { ...spawn, cgroupProcs: cgroup?.procsFiles ?? [] });
    } finally {
      await cgroup?.remove();
      release();
    }
  }

  private async spawnSpec(venvDir: string | null): Promise<SandboxSpawn> {
    const { args, command } = evaluatorArgs({
      python: await this.python(),
      runtime: await this.runtime(),
      limits: this.limits,
      venvDir,
      harnessPath: HARNESS_PATH,
      seccompFd: seccompFdFor(this.seccomp),
    });
    return { bwrapPath: this.bwrapPath, args, command, seccomp: this.seccomp };
  }
}
