import { createInterface } from 'node:readline/promises';
import type { AssayClient, Run } from '../../client/index.js';
import { unwrap } from './api.js';
import { CliError, exitCodes } from './exitCodes.js';
import type { Output } from './output.js';
import { RunProgress } from './runProgress.js';

const terminal = new Set(['completed', 'error', 'cancelled']);

/** How often the run is read while waiting; ASSAY_POLL_INTERVAL_MS lets tests go faster. */
export const pollIntervalMs = (env: NodeJS.ProcessEnv = process.env) =>
  Math.max(50, Number(env.ASSAY_POLL_INTERVAL_MS) || 1000);

type Interruption = 'detach' | 'cancel';

/** Asks on the terminal; without one (CI, a pipe) Ctrl-C detaches. */
async function askDetachOrCancel(out: Output, runId: string): Promise<Interruption> {
  if (!process.stdin.isTTY) return 'detach';
  const rl = createInterface({ input: process.stdin, output: out.stderr });
  try {
    for (;;) {
      const answer = (
        await rl.question(`\nRun ${runId} is still running. [d]etach (it keeps running) or [c]ancel it? `)
      )
        .trim()
        .toLowerCase();
      if (answer === 'd' || answer === 'detach') return 'detach';
      if (answer === 'c' || answer === 'cancel') return 'cancel';
    }
  } finally {
    rl.close();
  }
}

/**
 * Polls a run until it ends, drawing its progress. Ctrl-C asks whether to detach
 * (the run goes on; `assay runs watch ID` reattaches) or cancel it (then waits for
 * the cancellation to land, so the partial metrics are shown).
 */
export async function watchRun(client: AssayClient, out: Output, runId: string): Promise<Run> {
  const progress = new RunProgress(out);
  let interruption: Promise<Interruption> | null = null;
  let cancelled = false;
  const onInterrupt = () => {
    if (interruption) {
      // A second Ctrl-C while asking: leave at once, the run keeps going.
      progress.stop();
      out.note(`Detached; the run keeps going. Reattach with: assay runs watch ${runId}`);
      process.exit(exitCodes.interrupted);
    }
    progress.stop();
    interruption = askDetachOrCancel(out, runId);
  };
  process.on('SIGINT', onInterrupt);
  try {
    for (;;) {
      if (interruption) {
        const choice = await interruption;
        interruption = null;
        if (choice === 'detach') {
          throw new CliError(
            exitCodes.interrupted,
            `Detached; the run keeps going. Reattach with: assay runs watch ${runId}`,
          );
        }
        if (!cancelled) {
          await unwrap(client.POST('/v1/evaluations/runs/{id}/cancel', { params: { path: { id: runId } } }));
          out.note(`Cancelling ${runId}...`);
          cancelled = true;
        }
      }
      const run = await unwrap(client.GET('/v1/evaluations/runs/{id}', { params: { path: { id: runId } } }));
      if (!interruption) progress.update(run);
      if (terminal.has(run.status)) return run;
      await new Promise((resolve) => setTimeout(resolve, pollIntervalMs()));
    }
  } finally {
    progress.stop();
    process.off('SIGINT', onInterrupt);
  }
}
