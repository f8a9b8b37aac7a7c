import { constants } from 'node:os';
import type { LimitMessages } from './limits.js';
import { EXIT_CGROUP_JOIN_FAILED, type SandboxExit } from './process.js';

/** harness.py exits with this when it runs out of memory outside an item. */
export const HARNESS_EXIT_OUT_OF_MEMORY = 3;

const signalName = (n: number) =>
  Object.entries(constants.signals).find(([, value]) => value === n)?.[0] ?? `signal ${n}`;

const lastLines = (text: string, n: number) => text.split('\n').slice(-n).join('\n');

/** Why a sandbox ended early, naming the limit that was hit when there was one. */
export function describeExit(exit: SandboxExit, messages: LimitMessages): string {
  switch (exit.killedFor) {
    case 'itemTimeout':
      return messages.itemTimeout;
    case 'batchTimeout':
      return messages.batchTimeout;
    case 'output':
      return messages.output;
    case 'cpu':
      return messages.cpu;
    case 'aborted':
      return 'evaluation cancelled';
    case 'protocol':
      return 'sandbox protocol error: the evaluator wrote something other than results to the result channel';
  }
  const { code, stderrTail } = exit;
  if (code === EXIT_CGROUP_JOIN_FAILED && !stderrTail.startsWith('bwrap:')) {
    return `the sandbox failed to start: could not join its cgroup: ${lastLines(stderrTail, 3)}`;
  }
  // The harness's init (and bwrap) exit with 128+N when the evaluating process died of signal N.
  if (code === 128 + constants.signals.SIGXCPU) return messages.cpu;
  if (code === HARNESS_EXIT_OUT_OF_MEMORY) return messages.memory;
  if (code === 128 + constants.signals.SIGKILL) {
    // Not us: the hard CPU limit (after SIGXCPU was ignored) or the kernel's OOM killer.
    return `the sandbox was killed (SIGKILL): ${messages.memory} or ${messages.cpu}`;
  }
  if (code !== null && code > 128) return `the sandbox crashed (${signalName(code - 128)})`;
  if (stderrTail.startsWith('bwrap:') || code === null) {
    return `the sandbox failed to start: ${lastLines(stderrTail, 3) || 'no error message'}`;
  }
  const detail = stderrTail ? `:\n${lastLines(stderrTail, 10)}` : '';
  return `the sandbox exited unexpectedly (exit code ${code})${detail}`;
}
