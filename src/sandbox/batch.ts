import { describeExit } from './failure.js';
import { itemLimitOf, sandboxOutcome, type SandboxOutcome } from './executionOutcome.js';
import type { SandboxCgroup } from './cgroup.js';
import { limitMessages, type SandboxLimits } from './limits.js';
import { SandboxProcess, type SandboxSpawn } from './process.js';
import {
  clampMs,
  harnessTextLimits,
  itemLine,
  parseHarnessMessage,
  trimError,
  trimReason,
  type CodeEntry,
  type HarnessConfig,
} from './protocol.js';
import type { CodeEvalItem, CodeEvalOutcome } from './types.js';

// The harness interrupts a slow item itself (SIGALRM) and carries on with the next one. The host
// only steps in when that did not work (signal ignored, stuck in C code), after this much slack.
const ITEM_KILL_GRACE_MS = 1000;
// Before "ready": interpreter start-up and bwrap set-up, on top of the module's own time limit.
const STARTUP_GRACE_MS = 5000;
// How often the sandbox's cgroup CPU time is checked against the batch's CPU limit.
const CPU_POLL_MS = 200;

export interface BatchRun {
  spawn: SandboxSpawn;
  limits: SandboxLimits;
  code: string;
  /** evaluate (default) or evaluate_pair, whose items carry `sample_b`. */
  entry?: CodeEntry;
  items: CodeEvalItem[];
  signal?: AbortSignal;
  onOutcome?: (outcome: CodeEvalOutcome) => void;
  /** The sandbox's cgroup, if it has one: OOM kills and CPU time of all its processes. */
  cgroup?: SandboxCgroup | null;
  /** Told once what the sandbox process came to (the worker counts it in its metrics). */
  onExecution?: (outcome: SandboxOutcome) => void;
}

/**
 * Evaluate a batch in one sandbox process. Resolves with one outcome per item, in order; items the
 * sandbox did not answer (it was killed or crashed) get an error naming the cause. Rejects only
 * when `signal` aborts or `onOutcome` throws, after the sandbox is gone.
 */
export async function runBatch(run: BatchRun): Promise<CodeEvalOutcome[]> {
  const { items, limits, signal } = run;
  signal?.throwIfAborted();
  const messages = limitMessages(limits);
  const outcomes: (CodeEvalOutcome | undefined)[] = new Array(items.length);
  let emitted = 0; // onOutcome sees outcomes in item order too
  // A throwing onOutcome must not become an uncaught exception in a stream handler: it stops the
  // sandbox and the batch rejects with it.
  let callbackError: { error: unknown } | null = null;
  let stop = () => {};
  const settle = (index: number, outcome: CodeEvalOutcome) => {
    outcomes[index] = outcome;
    for (; emitted < items.length && outcomes[emitted] && !callbackError; emitted++) {
      try {
        run.onOutcome?.(outcomes[emitted]!);
      } catch (error) {
        callbackError = { error };
        stop();
      }
    }
  };

  // Serialise up front: an item that cannot be sent is that item's error, not the batch's.
  const lines: string[] = [];
  const sent: number[] = []; // item indexes in the order the harness will answer them
  items.forEach((item, index) => {
    try {
      lines.push(itemLine(index, item));
      sent.push(index);
    } catch (err) {
      settle(index, {
        key: item.key,
        ok: false,
        error: `item is not JSON-serialisable: ${err}`,
        latencyMs: 0,
      });
    }
  });
  if (callbackError) throw (callbackError as { error: unknown }).error;
  if (sent.length === 0) return outcomes as CodeEvalOutcome[];
  let next = 0; // position in `sent` of the item being evaluated
  let ready = false;
  let fatal: string | null = null;
  let lastProgress = Date.now();
  const cgroup = run.cgroup ?? null;
  let oomKills = 0;
  let memoryHit = false;
  let itemLimit: ReturnType<typeof itemLimitOf>;
  let readyAt = 0;
  let reportedMs = 0;
  // The cgroup's OOM killer acted since the last look: the memory limit of the whole sandbox was
  // hit (by any of its processes) during the item being answered.
  const hitMemoryLimit = () => {
    const seen = cgroup ? cgroup.oomKills() : 0;
    const hit = seen > oomKills;
    oomKills = seen;
    memoryHit ||= hit;
    return hit;
  };
  // Item watchdog: one timer re-armed lazily (progress only moves the deadline later) instead of
  // one timer per item, which would mean thousands per second.
  let itemTimer: NodeJS.Timeout | undefined;
  const armItemWatchdog = () => {
    const budget = limits.itemTimeoutMs + (ready ? ITEM_KILL_GRACE_MS : STARTUP_GRACE_MS);
    const remaining = lastProgress + budget - Date.now();
    if (remaining <= 0) return sandbox.kill('itemTimeout');
    itemTimer = setTimeout(armItemWatchdog, remaining);
  };
  const rearmItemWatchdog = () => {
    clearTimeout(itemTimer);
    armItemWatchdog();
  };

  const sandbox = new SandboxProcess(run.spawn, {
    maxOutputBytes: limits.maxOutputBytes,
    onMessage(raw) {
      const message = parseHarnessMessage(raw);
      if (!message) return sandbox.kill('protocol');
      lastProgress = Date.now();
      // User code can write to the result channel itself: exactly one ready or fatal, then one
      // result per item in order; anything else stops the sandbox.
      if (message.t === 'ready' && !ready && fatal === null) {
        ready = true;
        readyAt = performance.now();
        rearmItemWatchdog(); // its deadline just got shorter than the start-up one
      } else if (message.t === 'fatal' && !ready && fatal === null) fatal = trimError(message.error);
      else if (message.t === 'r' && ready && message.i === sent[next]) {
        const key = items[message.i]!.key;
        // The harness's own timing, but the items' times together never more than the host saw
        // pass since ready (nor negative): user code can send results with any timing.
        const latencyMs = clampMs(message.ms, performance.now() - readyAt - reportedMs);
        reportedMs += latencyMs;
        const outcome: CodeEvalOutcome = hitMemoryLimit()
          ? {
              key,
              ok: false,
              error: trimError(messages.memory + (message.ok ? '' : `\n${message.error}`)),
              latencyMs,
            }
          : message.ok
            ? {
                key,
                ok: true,
                score: message.score,
                latencyMs,
                ...(message.passed === undefined ? {} : { passed: message.passed }),
                ...(message.reason === undefined ? {} : { reason: trimReason(message.reason) }),
              }
            : { key, ok: false, error: trimError(message.error), latencyMs };
        if (!outcome.ok) itemLimit ??= itemLimitOf(outcome.error, messages);
        settle(message.i, outcome);
        next++;
      } else sandbox.kill('protocol');
    },
  });

  stop = () => sandbox.kill('aborted');
  const config: HarnessConfig = {
    mode: 'batch',
    code: run.code,
    entry: run.entry ?? 'evaluate',
    limits,
    messages,
    ...harnessTextLimits,
  };
  void sandbox.send([JSON.stringify(config) + '\n', ...lines]);

  const batchTimer = setTimeout(() => sandbox.kill('batchTimeout'), limits.batchTimeoutMs);
  armItemWatchdog();
  // RLIMIT_CPU is per process; with a cgroup the CPU time of all processes together is capped.
  const cpuTimer = cgroup
    ? setInterval(() => {
        const used = cgroup.cpuUsageMs();
        if (used !== null && used > limits.cpuSeconds * 1000) sandbox.kill('cpu');
      }, CPU_POLL_MS)
    : undefined;
  const onAbort = () => sandbox.kill('aborted');
  signal?.addEventListener('abort', onAbort, { once: true });

  const exit = await sandbox.exited;
  clearTimeout(batchTimer);
  clearTimeout(itemTimer);
  clearInterval(cpuTimer);
  signal?.removeEventListener('abort', onAbort);
  // Read once: the OOM count is consumed by looking.
  const memoryAtExit = next < sent.length && fatal === null && !exit.killedFor && hitMemoryLimit();
  run.onExecution?.(
    sandboxOutcome(exit, { answeredAll: next >= sent.length && fatal === null, memoryHit, itemLimit }),
  );
  if (callbackError) throw (callbackError as { error: unknown }).error;
  if (exit.killedFor === 'aborted') throw signal?.reason ?? new Error('evaluation cancelled');

  if (next < sent.length) {
    const cause = fatal ?? (memoryAtExit ? messages.memory : describeExit(exit, messages));
    const inFlight = ready && !fatal ? sent[next] : undefined;
    for (const index of sent.slice(next)) {
      const key = items[index]!.key;
      if (index === inFlight) {
        settle(index, { key, ok: false, error: cause, latencyMs: Date.now() - lastProgress });
      } else {
        const error =
          fatal ??
          (inFlight === undefined
            ? cause
            : `not evaluated: ${cause} (while evaluating "${items[inFlight]!.key}")`);
        settle(index, { key, ok: false, error, latencyMs: 0 });
      }
    }
  }
  return outcomes as CodeEvalOutcome[];
}
