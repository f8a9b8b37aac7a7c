import { describe, expect, it } from 'vitest';
import { loadEnv } from '../../src/platform/config.js';
import { defaultInstallLimits, defaultSandboxLimits } from '../../src/sandbox/index.js';
import { sandboxOptionsFromEnv } from '../../src/platform/sandboxConfig.js';

/** The sandbox's defaults are defined once (sandbox/limits.ts); the env schema takes them from there. */
describe('sandbox defaults', () => {
  it('are the same whether the sandbox is configured from the environment or built directly', () => {
    const options = sandboxOptionsFromEnv(loadEnv({}));
    const { fileSizeBytes: _f, maxOutputBytes: _o, ...fromEnv } = defaultSandboxLimits;
    expect(options.limits).toEqual(fromEnv);
    expect(options.install).toEqual(defaultInstallLimits);
    expect(options.cgroups).toBe('auto');
  });

  it('keep the documented values (1 GiB, 120 s CPU, 10 s per item)', () => {
    const env = loadEnv({});
    expect(env.ASSAY_SANDBOX_MEMORY_MB).toBe(1024);
    expect(env.ASSAY_SANDBOX_CPU_SECONDS).toBe(120);
    expect(env.ASSAY_SANDBOX_ITEM_TIMEOUT_MS).toBe(10_000);
  });

  it('are overridden by the environment', () => {
    const options = sandboxOptionsFromEnv(
      loadEnv({
        ASSAY_SANDBOX_MEMORY_MB: '256',
        ASSAY_SANDBOX_CGROUPS: 'off',
        ASSAY_SANDBOX_INSTALL_TMP_MB: '64',
      }),
    );
    expect(options.limits?.memoryBytes).toBe(256 * 1024 * 1024);
    expect(options.cgroups).toBe('off');
    expect(options.install?.tmpBytes).toBe(64 * 1024 * 1024);
    expect(() => loadEnv({ ASSAY_SANDBOX_CGROUPS: 'sometimes' })).toThrow(/ASSAY_SANDBOX_CGROUPS/);
  });
});
