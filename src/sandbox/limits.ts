export interface SandboxLimits {
  cpuSeconds: number;
  memoryBytes: number;
  fileSizeBytes: number;
  maxProcesses: number;
  itemTimeoutMs: number;
  batchTimeoutMs: number;
  maxOutputBytes: number;
  /** CPU rate of the whole sandbox, in cores (a cgroup CPU quota; without cgroups, unenforced). */
  cpus: number;
}

const MiB = 1024 * 1024;

/**
 * The sandbox's defaults, defined once: config.ts takes its ASSAY_SANDBOX_* defaults from here.
 * With cgroups (see cgroup.ts) memory, CPU time and processes bound the sandbox as a whole;
 * without, they are per process (rlimits) and the worker-wide budget (capacity.ts) bounds the sum.
 */
export const defaultSandboxLimits: SandboxLimits = {
  // CPU time of the whole batch (all processes, with cgroups; RLIMIT_CPU per process as well).
  // Wall-clock limits do the real work; this is the backstop for user threads or processes that
  // burn several cores while one item looks idle. Matches the batch timeout.
  cpuSeconds: 120,
  // RLIMIT_AS per process counts reserved address space, not resident memory: Python plus
  // numpy-class imports reserve several hundred MiB they never touch, so 512 MiB would break
  // ordinary evaluators. With cgroups it is also the resident memory (and swap) of the sandbox.
  memoryBytes: 1024 * MiB,
  // RLIMIT_FSIZE per file, and also the size of each private tmpfs (/tmp, the work dir, /dev/shm),
  // which is RAM the rlimits above do not count. Evaluators need scratch files, not datasets.
  fileSizeBytes: 16 * MiB,
  // RLIMIT_NPROC (processes + threads of the sandbox's uid) and the cgroup's pids.max: room for a
  // few helper threads or subprocesses, far too few for a fork bomb to matter.
  maxProcesses: 32,
  // One evaluate() call (and the module's top-level code). Scoring one LLM output is milliseconds;
  // 10s allows slow-but-legitimate work (a big regex, a small model) and stops hangs quickly.
  itemTimeoutMs: 10_000,
  // Whole sandbox lifetime. A 500-item batch of normal evaluators takes well under a second; this
  // bounds how long one batch can hold a worker slot.
  batchTimeoutMs: 120_000,
  // print() output allowed per item, and raw stdout/stderr (fd writes that bypass print) plus
  // result-channel bytes beyond what an honest result needs, per batch. Output is only kept for
  // error messages, so more than this is a bug or an attack.
  maxOutputBytes: 1 * MiB,
  // One core per sandbox: a batch of Python items is single-threaded; more only helps a burner.
  cpus: 1,
};

/** Without cgroups a sandbox's memory is RLIMIT_AS × processes, so processes are kept few. */
export const FALLBACK_MAX_PROCESSES = 4;

/**
 * Longest `reason` and `error` kept from a harness message. The harness trims to these, and the
 * host trims again (user code can write to the result channel directly).
 */
export const MAX_REASON_CHARS = 2000;
export const MAX_ERROR_CHARS = 8000;

/** pip, in the installer sandbox (venv.ts). */
export interface InstallLimits {
  /** RLIMIT_CPU of each installer process. */
  cpuSeconds: number;
  /** RLIMIT_AS of each installer process, and the installer's cgroup memory where available. */
  memoryBytes: number;
  /** RLIMIT_FSIZE: the largest single file pip may write (a wheel, an extracted library). */
  fileSizeBytes: number;
  /** Size of pip's private tmpfs (downloads, unpacking); RAM, so counted in its memory cgroup. */
  tmpBytes: number;
  /** Wall clock of one install (venv creation + pip). */
  timeoutMs: number;
  /** Installs running at once in this process; more wait. */
  maxConcurrent: number;
  /** Total size of the venv cache; least recently used venvs are evicted beyond it. */
  cacheMaxBytes: number;
}

export const defaultInstallLimits: InstallLimits = {
  // Resolving and unpacking wheels is I/O; minutes of CPU means something is wrong.
  cpuSeconds: 300,
  // pip itself needs ~100 MiB; unpacking large wheels (torch-class) streams, it does not load them.
  memoryBytes: 2048 * MiB,
  // The largest shared libraries in common wheels are a few hundred MiB.
  fileSizeBytes: 1024 * MiB,
  tmpBytes: 1024 * MiB,
  timeoutMs: 10 * 60_000,
  // Each install takes a core and up to memoryBytes + tmpBytes of RAM.
  maxConcurrent: 2,
  cacheMaxBytes: 10 * 1024 * MiB,
};

export function resolveLimits(partial: Partial<SandboxLimits> = {}): SandboxLimits {
  const limits = { ...defaultSandboxLimits, ...partial };
  for (const [name, value] of Object.entries(limits)) {
    if (!Number.isFinite(value) || value <= 0) throw new RangeError(`sandbox limit ${name} must be > 0`);
  }
  // rlimits are whole numbers; round up so a fractional limit never becomes 0 (= unlimited or none).
  limits.cpuSeconds = Math.ceil(limits.cpuSeconds);
  limits.memoryBytes = Math.ceil(limits.memoryBytes);
  limits.fileSizeBytes = Math.ceil(limits.fileSizeBytes);
  limits.maxProcesses = Math.ceil(limits.maxProcesses);
  return limits;
}

export function resolveInstallLimits(partial: Partial<InstallLimits> = {}): InstallLimits {
  const limits = { ...defaultInstallLimits, ...partial };
  for (const [name, value] of Object.entries(limits)) {
    if (!Number.isFinite(value) || value <= 0) throw new RangeError(`install limit ${name} must be > 0`);
    (limits as Record<string, number>)[name] = Math.ceil(value);
  }
  return limits;
}

export function formatBytes(bytes: number): string {
  for (const [unit, size] of [
    ['GiB', 1024 * MiB],
    ['MiB', MiB],
    ['KiB', 1024],
  ] as const) {
    if (bytes >= size) return `${+(bytes / size).toFixed(1)} ${unit}`;
  }
  return `${bytes} bytes`;
}

export function formatSeconds(ms: number): string {
  return `${+(ms / 1000).toFixed(1)}s`;
}

/** The wording of each limit, shared by the host and the harness so messages read the same. */
export function limitMessages(limits: SandboxLimits) {
  return {
    memory: `memory limit (${formatBytes(limits.memoryBytes)}) exceeded`,
    cpu: `CPU time limit (${limits.cpuSeconds}s) exceeded`,
    itemTimeout: `item time limit (${formatSeconds(limits.itemTimeoutMs)}) exceeded`,
    batchTimeout: `batch time limit (${formatSeconds(limits.batchTimeoutMs)}) exceeded`,
    output: `output limit (${formatBytes(limits.maxOutputBytes)}) exceeded`,
    processes: `process limit (${limits.maxProcesses}) reached`,
  };
}

export type LimitMessages = ReturnType<typeof limitMessages>;
