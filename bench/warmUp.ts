import type { LocalStack } from '../src/stack/localStack.js';
import type { FakeLlmProcess } from '../test/support/fake-llm/process.js';
import type { InProcessStack } from '../test/support/inProcessStack.js';
import { measuredRun, seed, type RunFigures } from './growth.js';
import { median, round, type Measurement } from './report.js';

/**
 * The CPU of a generate + judge run per item is measured on a stack that has run before, as a
 * running service's is: each stack of the benches reporting it (`peer`, `throughput`, `growth`,
 * `million`) first serves one unmeasured run of this many items at 0 ms (two model calls per item,
 * enough for V8 to optimise the per-call code), on its fresh store, and the bench reports those
 * runs' figures beside the others (see `warmUpStack`).
 */
export const WARM_UP_ITEMS = 1_000;

/**
 * A fresh stack's first run, not measured: generate + judge over WARM_UP_ITEMS at 0 ms in a
 * container of its own. A just-started worker's first run costs more than any after it, whatever
 * the run: its workflow threads are new V8 isolates that compile the workflow code and Temporal's
 * protos, and the process recompiles code that was optimised for the previous stack's objects. A
 * deployed worker pays that once; a run measured after this one costs what a running service's
 * does.
 */
export async function warmUpStack(
  stack: InProcessStack,
  local: LocalStack,
  fake: FakeLlmProcess,
  timeoutMs: number,
): Promise<RunFigures> {
  await fake.setLatency(0);
  return measuredRun(stack, local, await seed(stack, 'warm-up'), WARM_UP_ITEMS, timeoutMs);
}

/**
 * The warm-up runs' figures, one per stack in order: the first stack's also compiles the process's
 * code when no bench ran before it.
 */
export function warmUpMeasurements(warmUps: number[]): Measurement[] {
  if (warmUps.length === 0) return [];
  return [
    {
      bench: 'warm-up',
      metric: `each stack's warm-up run, ${WARM_UP_ITEMS} items, 0 ms: stack CPU per item`,
      value: round(median(warmUps)),
      runs: warmUps.map(round),
      unit: 'ms',
      note: "a just-started worker's first run (the first also the process's when no bench ran before it); not in the goals",
    },
  ];
}
