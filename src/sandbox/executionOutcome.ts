import { constants } from 'node:os';
import { HARNESS_EXIT_OUT_OF_MEMORY } from './failure.js';
import type { LimitMessages } from './limits.js';
import type { SandboxExit } from './process.js';

/**
 * What one sandbox execution (a batch of items in one sandbox process) came to, for the operator's
 * metrics: `ok` (every item answered, with scores or the code's own errors), a limit hit
 * (`timeout`: the item or batch time limit; `cpu`; `memory`), even by an item the harness stopped
 * while the sandbox went on, `cancelled`, or `error` (it crashed, failed to start, the code did not
 * load, or it broke the result protocol or the output limit).
 */
export type SandboxOutcome = 'ok' | 'timeout' | 'cpu' | 'memory' | 'cancelled' | 'error';

export function sandboxOutcome(
  exit: SandboxExit,
  seen: { answeredAll: boolean; memoryHit: boolean; itemLimit?: ItemLimit },
): SandboxOutcome {
  if (exit.killedFor === 'aborted') return 'cancelled';
  if (seen.memoryHit || exit.code === HARNESS_EXIT_OUT_OF_MEMORY) return 'memory';
  if (seen.itemLimit) return seen.itemLimit;
  if (exit.killedFor === 'itemTimeout' || exit.killedFor === 'batchTimeout') return 'timeout';
  if (exit.killedFor === 'cpu' || exit.code === 128 + constants.signals.SIGXCPU) return 'cpu';
  return seen.answeredAll && !exit.killedFor ? 'ok' : 'error';
}

type ItemLimit = 'timeout' | 'cpu' | 'memory';

/** The limit an item's error reports, if any: the harness words it with the host's own messages. */
export function itemLimitOf(error: string, messages: LimitMessages): ItemLimit | undefined {
  if (error.startsWith(messages.memory)) return 'memory';
  if (error.startsWith(messages.itemTimeout)) return 'timeout';
  if (error.startsWith(messages.cpu)) return 'cpu';
  return undefined;
}
