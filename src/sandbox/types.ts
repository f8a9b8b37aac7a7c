import type { SandboxOutcome } from './executionOutcome.js';
import type { CgroupSetting } from './cgroup.js';
import type { InstallLimits, SandboxLimits } from './limits.js';

export interface CodeEvalItem {
  key: string;
  sample: { input: unknown; output: unknown; metadata: Record<string, unknown>; model: string | null };
  /** evaluate_pair's second sample (shown as B); the outcome's score is then A's points: 1, 0.5 or 0. */
  sample_b?: { input: unknown; output: unknown; metadata: Record<string, unknown>; model: string | null };
  ground_truth: { input: unknown; output: unknown; metadata: Record<string, unknown> } | null;
}

export type CodeEvalOutcome =
  | { key: string; ok: true; score: number; passed?: boolean; reason?: string; latencyMs: number }
  | { key: string; ok: false; error: string; latencyMs: number };

export type CodeValidation = { ok: true } | { ok: false; message: string; line?: number; column?: number };

/** Checks a code evaluator's source at create time (the sandbox compiles it without scoring anything). */
export interface CodeValidator {
  validate(code: string, entry?: 'evaluate' | 'evaluate_pair'): Promise<CodeValidation>;
}

export type EnvironmentResult = { ok: true; pythonPath: string } | { ok: false; message: string };

export interface SandboxLogger {
  info(o: object, msg?: string): void;
  warn(o: object, msg?: string): void;
}

export interface CodeSandboxOptions {
  /** Interpreter used for venvs and for code without requirements (default: `python3` on PATH). */
  pythonPath?: string;
  /** Default: `bwrap` on PATH. */
  bwrapPath?: string;
  /** Where venvs for requirement sets are cached; created if missing. */
  venvCacheDir: string;
  /** Default 20; least recently used venvs beyond this are deleted. */
  maxCachedEnvironments?: number;
  limits?: Partial<SandboxLimits>;
  /** `auto` (default): a cgroup per sandbox where the host delegates one; `off`: the fallback. */
  cgroups?: CgroupSetting;
  /** Memory all sandboxes of this instance may use at once (default: half the host's RAM). */
  memoryBudgetBytes?: number;
  /** Create-time validations at once (default 2). */
  maxConcurrentValidations?: number;
  /** pip's limits (limits.ts defaultInstallLimits). */
  install?: Partial<InstallLimits>;
  /** Passed to pip as --index-url (otherwise pip's own configuration applies). */
  pipIndexUrl?: string;
  /** Package names requirements may name (ASSAY_SANDBOX_ALLOWED_PACKAGES); empty or absent: any. */
  allowedPackages?: readonly string[];
  logger?: SandboxLogger;
  /** Told what each batch's sandbox process came to (the worker's metrics count it). */
  onExecution?: (outcome: SandboxOutcome) => void;
}
