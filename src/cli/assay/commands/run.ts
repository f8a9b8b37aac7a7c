import { usdOption } from '../options.js';
import type { Command } from 'commander';
import { runCreateSchema } from '../../../domain/runs.js';
import { unwrap } from '../api.js';
import { loadAssayFile } from '../assayFile.js';
import { contextOf } from '../context.js';
import { exitCodes, UsageError } from '../exitCodes.js';
import { finishRun, type FinishOptions } from '../finishRun.js';
import { GateSyntaxError, parseGate, type Gate } from '../gates.js';

export const collect = (value: string, previous: string[] = []) => [...previous, value];

/** Gates parse before anything is started: a typo must not cost a run. */
export function parseGates(texts: string[]): Gate[] {
  return texts.map((text) => {
    try {
      return parseGate(text);
    } catch (error) {
      if (error instanceof GateSyntaxError) throw new UsageError(error.message);
      throw error;
    }
  });
}

/** Options shared by `run` and `runs watch`: what to check once the run ends. */
export function addVerdictOptions(command: Command): Command {
  return command
    .option(
      '--gate <expression>',
      'fail (exit 1) unless it holds, e.g. "helpfulness.pass_rate.ci95.low >= 0.8", "exact[model].mean >= 0.9"; repeatable',
      collect,
    )
    .option('--baseline <run-id>', 'compare with this run, paired per item')
    .option(
      '--fail-on-regression',
      'exit 1 when the comparison finds a regression (its 95% interval below zero)',
    )
    .option('--junit <file>', 'write a JUnit XML report: one case per evaluator and model');
}

export interface VerdictFlags {
  gate?: string[];
  baseline?: string;
  failOnRegression?: boolean;
  junit?: string;
}

export function finishOptions(flags: VerdictFlags, fileGates: string[] = []): FinishOptions {
  if (flags.failOnRegression && !flags.baseline)
    throw new UsageError('--fail-on-regression needs --baseline RUN_ID');
  return {
    gates: parseGates([...fileGates, ...(flags.gate ?? [])]),
    baseline: flags.baseline,
    failOnRegression: flags.failOnRegression,
    junit: flags.junit,
  };
}

interface RunFlags extends VerdictFlags {
  file?: string;
  container?: string;
  evaluator?: string[];
  dataset?: string;
  logs?: boolean;
  generate?: string[];
  metadata?: string[];
  budget?: number;
  environment?: string;
  wait?: boolean;
}

function bodyFromFlags(flags: RunFlags): Record<string, unknown> {
  if (!flags.container) throw new UsageError('--container is required (or name a run of an assay.yaml)');
  if (!flags.evaluator?.length) throw new UsageError('--evaluator is required (repeatable)');
  const dataset = flags.dataset ? { type: 'dataset', dataset: flags.dataset } : undefined;
  const sample = flags.generate?.length
    ? { type: 'generate', models: flags.generate }
    : flags.logs
      ? { type: 'container' }
      : dataset;
  if (!sample) throw new UsageError('say what to evaluate: --dataset NAME, --logs or --generate MODEL');
  const metadata = Object.fromEntries(
    (flags.metadata ?? []).map((pair) => {
      const at = pair.indexOf('=');
      if (at < 1) throw new UsageError(`--metadata "${pair}": expected key=value`);
      return [pair.slice(0, at), pair.slice(at + 1)];
    }),
  );
  return {
    container: flags.container,
    evaluators: flags.evaluator,
    sample,
    // A dataset alone is its own ground truth; with logs or generation it is the reference.
    ground_truth: dataset,
    ...(flags.metadata ? { metadata } : {}),
    ...(flags.budget !== undefined ? { budget_usd: flags.budget } : {}),
    ...(flags.environment ? { environment: flags.environment } : {}),
  };
}

export function registerRun(program: Command, setExit: (code: number) => void): void {
  const command = program
    .command('run [name]')
    .description(
      'Start an evaluation run, from flags or from a `runs:` entry of an assay.yaml (-f). With --wait, shows live ' +
        'progress, then checks --gate and --baseline: exit 0 passed, 1 a gate failed, 3 the run failed.',
    )
    .option(
      '-f, --file <path>',
      'assay.yaml holding the named run (default ./assay.yaml when a name is given)',
    )
    .option('--container <label>', 'the container the run belongs to')
    .option('--evaluator <name>', 'an evaluator to score with; repeatable', collect)
    .option('--dataset <name>', 'a dataset: the ground truth, and the sample unless --logs or --generate')
    .option('--logs', "evaluate the container's task logs")
    .option('--generate <model>', 'generate the sample with this model (provider/model); repeatable', collect)
    .option('--metadata <key=value>', 'run metadata; repeatable', collect)
    .addOption(usdOption('--budget <usd>', 'spend ceiling in USD: the run pauses before crossing it'))
    .option('--environment <name>', 'the worker environment for code evaluators')
    .option('--wait', 'wait for the run to end, with live progress (implied by --gate, --baseline, --junit)');
  addVerdictOptions(command).action(async (name: string | undefined, flags: RunFlags, cmd: Command) => {
    const ctx = contextOf(cmd);
    let body: Record<string, unknown>;
    let fileGates: string[] = [];
    if (name) {
      const loaded = loadAssayFile(flags.file ?? 'assay.yaml');
      const entry = loaded.spec.runs.find((r) => r.name === name);
      if (!entry) {
        const known = loaded.spec.runs.map((r) => r.name).join(', ') || 'none';
        throw new UsageError(`no run "${name}" in ${loaded.path} (runs: ${known})`);
      }
      const { name: _name, gates, ...request } = entry;
      body = request;
      fileGates = gates;
    } else {
      body = bodyFromFlags(flags);
    }
    const parsed = runCreateSchema.safeParse(body);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      throw new UsageError(`invalid run: ${issue.path.join('.')}: ${issue.message}`);
    }
    const verdict = finishOptions(flags, fileGates);
    const run = await unwrap(ctx.client().POST('/v1/evaluations/runs', { body: parsed.data }));
    const wait = flags.wait || verdict.gates.length > 0 || Boolean(flags.baseline) || Boolean(flags.junit);
    if (!wait) {
      if (ctx.out.json) ctx.out.data(run);
      else ctx.out.line(`${run.id} ${run.status}`);
      setExit(exitCodes.ok);
      return;
    }
    ctx.out.note(`Started ${run.id}`);
    setExit(await finishRun(ctx, run.id, verdict));
  });
}
