import path from 'node:path';
import type { Env } from './config.js';
import type { Logger } from './log.js';
import type { CodeSandboxOptions } from './sandbox/index.js';
import { toolCacheDir } from './stack/paths.js';

/** The code sandbox as configured by ASSAY_SANDBOX_*; shared by the API (validation) and the worker. */
export function sandboxOptionsFromEnv(env: Env, logger?: Logger): CodeSandboxOptions {
  return {
    // Beside the other built tools: venvs are expensive to build and safe to share between checkouts.
    venvCacheDir: env.ASSAY_SANDBOX_DIR ?? path.join(toolCacheDir(), 'sandbox'),
    maxCachedEnvironments: env.ASSAY_SANDBOX_MAX_ENVIRONMENTS,
    allowedPackages: env.ASSAY_SANDBOX_ALLOWED_PACKAGES,
    limits: {
      memoryBytes: env.ASSAY_SANDBOX_MEMORY_MB * 1024 * 1024,
      cpuSeconds: env.ASSAY_SANDBOX_CPU_SECONDS,
      itemTimeoutMs: env.ASSAY_SANDBOX_ITEM_TIMEOUT_MS,
      batchTimeoutMs: env.ASSAY_SANDBOX_BATCH_TIMEOUT_MS,
    },
    logger: logger?.child({ component: 'sandbox' }),
  };
}
