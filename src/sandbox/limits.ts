export interface SandboxLimits {
  cpuSeconds: number;
  memoryBytes: number;
  fileSizeBytes: number;
  maxProcesses: number;
  itemTimeoutMs: number;
  batchTimeoutMs: number;
  maxOutputBytes: number;
}

const MiB = 1024 * 1024;

export const defaultSandboxLimits: SandboxLimits = {
  // RLIMIT_CPU for the whole batch process. Wall-clock limits do the real work; this is the backstop
  // for user threads that burn several cores while one item looks idle. Matches the batch timeout.
  cpuSeconds: 120,
  // RLIMIT_AS counts reserved address space, not resident memory: Python plus numpy-class imports
  // reserve several hundred MiB they never touch, so 512 MiB would break ordinary evaluators.
  memoryBytes: 1024 * MiB,
  // RLIMIT_FSIZE per file, and also the size of each private tmpfs (/tmp, the work dir, /dev/shm),
  // which is RAM the rlimits above do not count. Evaluators need scratch files, not datasets.
  fileSizeBytes: 16 * MiB,
  // RLIMIT_NPROC (processes + threads of the sandbox's uid): room for a few helper threads or
  // subprocesses, far too few for a fork bomb to matter.
  maxProcesses: 32,
  // One evaluate() call (and the module's top-level code). Scoring one LLM output is milliseconds;
  // 10s allows slow-but-legitimate work (a big regex, a small model) and stops hangs quickly.
  itemTimeoutMs: 10_000,
  // Whole sandbox lifetime. A 500-item batch of normal evaluators takes well under a second; this
  // bounds how long one batch can hold a worker slot.
  batchTimeoutMs: 120_000,
  // print() output allowed per item, and raw stdout/stderr (fd writes that bypass print) per batch.
  // Output is only kept for error messages, so more than this is a bug or an attack.
  maxOutputBytes: 1 * MiB,
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
