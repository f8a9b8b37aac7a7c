import { describeExit } from './failure.js';
import { limitMessages, type SandboxLimits } from './limits.js';
import { SandboxProcess, type SandboxSpawn } from './process.js';
import type { SandboxCgroup } from './cgroup.js';
import {
  harnessTextLimits,
  parseHarnessMessage,
  trimError,
  type CodeEntry,
  type HarnessConfig,
} from './protocol.js';
import type { CodeValidation } from './types.js';

const STARTUP_GRACE_MS = 5000;

/**
 * Compile and load the code in the sandbox (same limits as a batch) and check that it defines a
 * callable evaluate(sample, ground_truth). Module-level imports of packages that are not installed
 * here fall back to a static check, since validate() is not told the requirements.
 */
export async function runValidation(
  spawn: SandboxSpawn,
  limits: SandboxLimits,
  code: string,
  cgroup: SandboxCgroup | null = null,
  entry: CodeEntry = 'evaluate',
): Promise<CodeValidation> {
  const messages = limitMessages(limits);
  let result: CodeValidation | null = null;
  const sandbox = new SandboxProcess(spawn, {
    maxOutputBytes: limits.maxOutputBytes,
    onMessage(raw) {
      const message = parseHarnessMessage(raw);
      if (message?.t !== 'validation' || result) return sandbox.kill('protocol');
      const { t: _t, ...validation } = message;
      result = validation.ok ? validation : { ...validation, message: trimError(validation.message) };
    },
  });
  const config: HarnessConfig = { mode: 'validate', code, entry, limits, messages, ...harnessTextLimits };
  void sandbox.send([JSON.stringify(config) + '\n']);
  const timer = setTimeout(() => sandbox.kill('itemTimeout'), limits.itemTimeoutMs + STARTUP_GRACE_MS);
  const exit = await sandbox.exited;
  clearTimeout(timer);
  // The sandbox as a whole ran out of memory (its cgroup's OOM killer acted): whatever the harness
  // managed to say, the code does not load within the limit.
  if (cgroup && cgroup.oomKills() > 0) {
    return { ok: false, message: `the code failed to load: ${messages.memory}` };
  }
  if (exit.killedFor === 'itemTimeout') {
    return { ok: false, message: `the code's top level did not finish: ${messages.itemTimeout}` };
  }
  return result ?? { ok: false, message: `the code could not be checked: ${describeExit(exit, messages)}` };
}
