import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runBatch } from './batch.js';
import { evaluatorArgs, probeArgs, runningAsRoot } from './bwrap.js';
import { resolveLimits, type SandboxLimits } from './limits.js';
import { SandboxProcess, seccompFdFor, type SandboxSpawn } from './process.js';
import { probePython, type PythonInfo } from './python.js';
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
import { VenvCache } from './venv.js';

export { defaultSandboxLimits, type SandboxLimits } from './limits.js';
export type {
  CodeEvalItem,
  CodeEvalOutcome,
  CodeSandboxOptions,
  CodeValidation,
  EnvironmentResult,
  SandboxLogger,
} from './types.js';

const HARNESS_PATH = fileURLToPath(new URL('./harness.py', import.meta.url));
const DEFAULT_MAX_CACHED_ENVIRONMENTS = 20;
const silentLogger: SandboxLogger = { info() {}, warn() {} };

/**
 * Runs users' Python code evaluators under bubblewrap. See bwrap.ts for the isolation, harness.py
 * for the in-sandbox side, venv.ts for requirements.
 */
export class CodeSandbox {
  private readonly limits: SandboxLimits;
  private readonly bwrapPath: string;
  private readonly python: () => Promise<PythonInfo>;
  private readonly seccomp: Buffer | null;
  private readonly venvs: VenvCache;

  constructor(opts: CodeSandboxOptions) {
    this.limits = resolveLimits(opts.limits);
    this.bwrapPath = opts.bwrapPath ?? 'bwrap';
    const logger = opts.logger ?? silentLogger;
    let probe: Promise<PythonInfo> | undefined;
    this.python = () => {
      probe ??= probePython(opts.pythonPath ?? 'python3');
      probe.catch(() => (probe = undefined)); // retry a failed probe next time
      return probe;
    };
    this.seccomp = buildSeccompProgram();
    if (!this.seccomp) logger.warn({ arch: process.arch }, 'no seccomp filter for this architecture');
    this.venvs = new VenvCache({
      dir: path.resolve(opts.venvCacheDir),
      maxEntries: opts.maxCachedEnvironments ?? DEFAULT_MAX_CACHED_ENVIRONMENTS,
      python: this.python,
      bwrapPath: this.bwrapPath,
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

  async validate(code: string): Promise<CodeValidation> {
    return runValidation(await this.spawnSpec(null), this.limits, code);
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
      const spawn = await this.spawnSpec(env.venvDir);
      return await runBatch({ spawn, limits: this.limits, code: args.code, items, signal, onOutcome });
    } finally {
      release();
    }
  }

  private async spawnSpec(venvDir: string | null): Promise<SandboxSpawn> {
    const { args, command } = evaluatorArgs({
      python: await this.python(),
      limits: this.limits,
      venvDir,
      harnessPath: HARNESS_PATH,
      seccompFd: seccompFdFor(this.seccomp),
    });
    return { bwrapPath: this.bwrapPath, args, command, seccomp: this.seccomp };
  }
}
