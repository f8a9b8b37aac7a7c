import path from 'node:path';
import type { Env } from './config.js';
import type { Logger } from './log.js';
import type { CodeSandboxOptions } from '../sandbox/index.js';
import { toolCacheDir } from '../stack/paths.js';
import { sandboxExecutions } from './metrics.js';

const MiB = 1024 * 1024;

/** The code sandbox as configured by ASSAY_SANDBOX_*; shared by the API (validation) and the worker. */
export function sandboxOptionsFromEnv(env: Env, logger?: Logger): CodeSandboxOptions {
  return {
    // Beside the other built tools: venvs are expensive to build and safe to share between checkouts.
    venvCacheDir: env.ASSAY_SANDBOX_DIR ?? path.join(toolCacheDir(), 'sandbox'),
    maxCachedEnvironments: env.ASSAY_SANDBOX_MAX_ENVIRONMENTS,
    allowedPackages: env.ASSAY_SANDBOX_ALLOWED_PACKAGES,
    limits: {
      memoryBytes: env.ASSAY_SANDBOX_MEMORY_MB * MiB,
      cpuSeconds: env.ASSAY_SANDBOX_CPU_SECONDS,
      cpus: env.ASSAY_SANDBOX_CPUS,
      maxProcesses: env.ASSAY_SANDBOX_MAX_PROCESSES,
      itemTimeoutMs: env.ASSAY_SANDBOX_ITEM_TIMEOUT_MS,
      batchTimeoutMs: env.ASSAY_SANDBOX_BATCH_TIMEOUT_MS,
    },
    cgroups: env.ASSAY_SANDBOX_CGROUPS,
    ...(env.ASSAY_SANDBOX_MEMORY_BUDGET_MB === undefined
      ? {}
      : { memoryBudgetBytes: env.ASSAY_SANDBOX_MEMORY_BUDGET_MB * MiB }),
    maxConcurrentValidations: env.ASSAY_SANDBOX_MAX_VALIDATIONS,
    install: {
      timeoutMs: env.ASSAY_SANDBOX_INSTALL_TIMEOUT_MS,
      memoryBytes: env.ASSAY_SANDBOX_INSTALL_MEMORY_MB * MiB,
      cpuSeconds: env.ASSAY_SANDBOX_INSTALL_CPU_SECONDS,
      fileSizeBytes: env.ASSAY_SANDBOX_INSTALL_FILE_SIZE_MB * MiB,
      tmpBytes: env.ASSAY_SANDBOX_INSTALL_TMP_MB * MiB,
      maxConcurrent: env.ASSAY_SANDBOX_MAX_CONCURRENT_INSTALLS,
      cacheMaxBytes: env.ASSAY_SANDBOX_CACHE_MAX_MB * MiB,
    },
    logger: logger?.child({ component: 'sandbox' }),
    onExecution: (outcome) => sandboxExecutions.inc({ outcome }),
  };
}
