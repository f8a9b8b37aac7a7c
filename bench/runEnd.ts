import { terminalRunStatuses } from '../src/domain/runs.js';
import type { LocalStack } from '../src/stack/localStack.js';
import type { InProcessStack } from '../test/support/inProcessStack.js';
import { stackCpuSeconds, type StackCpu } from './stackCpu.js';

/**
 * How often the bench reads the run through the API while it waits: as often as `assay run --wait`
 * and the console do. Each read is an API request costing about 13 ms of stack CPU on FerretDB
 * (authentication, three rate-limit windows, the run: five store commands); at four a second they
 * were 0.3 to 0.5 ms of the latency-bound run's CPU per item, a cost of how often a client asks,
 * not of items.
 */
const POLL_MS = 1000;

/**
 * How often the bench looks at the run's status in the store, for the moment it ends (the wall
 * time and the CPU are taken then): one look-up by `_id`, of the document the API reads.
 */
const END_CHECK_MS = 100;

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Waits for a run to end as a client does (reading it through the API every POLL_MS), and returns
 * the moment it ended: seconds since `started` and the stack's CPU then, taken when its stored
 * status turned final, not at the next read. Throws unless it completed with every item done.
 */
export async function waitForRunEnd(
  stack: InProcessStack,
  local: LocalStack,
  run: {
    projectId: string;
    runId: string;
    items: number;
    /** `performance.now()` when the bench asked for the run. */
    started: number;
    /** `Date.now()` past which the bench gives up. */
    deadline: number;
    /** Given: a line every minute with the run's progress and this process's RSS (the big run's only sign of life). */
    progress?: (line: string) => void;
  },
): Promise<{ seconds: number; cpu: StackCpu }> {
  const { runId, items, started, deadline, progress } = run;
  const runs = stack.api.ctx.store.forProject(run.projectId).runs.docs;
  let ended: { seconds: number; cpu: StackCpu } | undefined;
  const end = (async () => {
    while (Date.now() <= deadline) {
      const doc = await runs.collection.findOne({ _id: runs.key(runId) }, { projection: { status: 1 } });
      if (doc && terminalRunStatuses.includes(doc.status)) {
        ended = { seconds: (performance.now() - started) / 1000, cpu: stackCpuSeconds(local) };
        return;
      }
      await pause(END_CHECK_MS);
    }
  })();
  let reportedAt = performance.now();
  for (;;) {
    const { body } = await stack.call('GET', `/v1/evaluations/runs/${runId}`);
    if (progress && performance.now() - reportedAt >= 60_000) {
      reportedAt = performance.now();
      const seconds = Math.round((reportedAt - started) / 1000);
      const rss = Math.round(process.memoryUsage.rss() / 2 ** 20);
      progress(`  ${seconds} s: ${body.progress?.done ?? 0} of ${items} done, API + worker RSS ${rss} MB`);
    }
    if (terminalRunStatuses.includes(body.status)) {
      if (body.status !== 'completed' || body.progress.failed > 0 || body.progress.done !== items) {
        throw new Error(`run ${runId} ended ${body.status}: ${JSON.stringify(body.error ?? body.progress)}`);
      }
      break;
    }
    if (Date.now() > deadline) throw new Error(`run ${runId} not finished: ${JSON.stringify(body.progress)}`);
    // Read again a second later, or as soon as the run has ended.
    await Promise.race([end, pause(POLL_MS)]);
  }
  await end;
  return ended!;
}
