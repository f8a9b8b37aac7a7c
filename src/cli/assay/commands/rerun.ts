import { choiceOption, usdOption } from '../options.js';
import type { Command } from 'commander';
import { runRerunSchema } from '../../../domain/reruns.js';
import { unwrap } from '../api.js';
import { contextOf } from '../context.js';
import { exitCodes, UsageError } from '../exitCodes.js';
import { finishRun } from '../finishRun.js';
import { addVerdictOptions, collect, finishOptions, type VerdictFlags } from './run.js';

interface RerunFlags extends VerdictFlags {
  only: string;
  item?: string[];
  evaluator?: string[];
  budget?: number;
  wait?: boolean;
}

const SELECTIONS = ['errors', 'unscored', 'failed', 'all'];

/** `assay runs rerun`: a finished run again for only what changed, with `assay run`'s gates, JUnit and exit codes. */
export function registerRerun(runs: Command, setExit: (code: number) => void): void {
  addVerdictOptions(
    runs
      .command('rerun <id>')
      .description(
        "Rerun a finished run's errors (or unscored, failed, --item ids, all), or rescore with --evaluator name@version; " +
          'the rest is carried over. With --wait, the same checks and exit codes as `assay run --wait`.',
      )
      .addOption(choiceOption('--only <selection>', 'which results to evaluate again', SELECTIONS, 'errors'))
      .option('--item <id>', 'evaluate only this item again (instead of --only); repeatable', collect)
      .option('--evaluator <ref>', 'an evaluator (id, name or name@version); repeatable', collect)
      .addOption(usdOption('--budget <usd>', 'spend ceiling in USD: the run pauses before crossing it'))
      .option(
        '--wait',
        'wait for the run to end, with live progress (implied by --gate, --baseline, --junit)',
      ),
  ).action(async (id: string, flags: RerunFlags, cmd: Command) => {
    const ctx = contextOf(cmd);
    const parsed = runRerunSchema.safeParse({
      only: flags.item ?? flags.only,
      evaluators: flags.evaluator,
      budget_usd: flags.budget,
    });
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      throw new UsageError(`invalid rerun: ${issue.path.join('.')}: ${issue.message}`);
    }
    const verdict = finishOptions(flags);
    const run = await unwrap(
      ctx.client().POST('/v1/evaluations/runs/{id}/rerun', { params: { path: { id } }, body: parsed.data }),
    );
    const wait = flags.wait || verdict.gates.length > 0 || Boolean(flags.baseline) || Boolean(flags.junit);
    if (!wait) {
      if (ctx.out.json) ctx.out.data(run);
      else ctx.out.line(`${run.id} ${run.status} (rerun of ${id})`);
      setExit(exitCodes.ok);
      return;
    }
    ctx.out.note(`Started ${run.id}, a rerun of ${id}`);
    setExit(await finishRun(ctx, run.id, verdict));
  });
}
