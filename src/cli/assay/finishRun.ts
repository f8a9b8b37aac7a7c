import type { RunComparison } from '../../client/index.js';
import { unwrap } from './api.js';
import type { CommandContext } from './context.js';
import {
  calibrationGateMetrics,
  calibrationGateSummaries,
  comparisonGateSummaries,
  evaluateGates,
  type Gate,
} from './gates.js';
import {
  appendStepSummary,
  evaluatorNames,
  exitCodeOf,
  printVerdict,
  verdictJson,
  writeJunit,
} from './runReport.js';
import { watchRun } from './watchRun.js';

export interface FinishOptions {
  gates: Gate[];
  baseline?: string;
  failOnRegression?: boolean;
  junit?: string;
}

/**
 * Waits for a run, then judges it: gates over its metrics, the paired comparison
 * with a baseline, the JUnit file and the GitHub step summary. Returns the exit code.
 */
export async function finishRun(
  ctx: CommandContext,
  runId: string,
  options: FinishOptions,
  env: NodeJS.ProcessEnv = process.env,
): Promise<number> {
  const client = ctx.client();
  const run = await watchRun(client, ctx.out, runId);
  // Comparing evaluators' pairs are gated too (win_rate, inconsistent_rate): read only when there are some.
  const comparing = run.config.evaluators.some((e) => e.mode !== 'pointwise');
  const pairs = comparing
    ? comparisonGateSummaries(
        await unwrap(
          client.GET('/v1/evaluations/runs/{id}/comparisons', { params: { path: { id: run.id } } }),
        ),
      )
    : [];
  // Agreement with human labels is read only when a gate asks for it.
  const calibration = options.gates.some((g) => calibrationGateMetrics.includes(g.metric))
    ? calibrationGateSummaries(
        await unwrap(
          client.GET('/v1/evaluations/runs/{id}/calibration', { params: { path: { id: run.id } } }),
        ),
      )
    : [];
  const gates = evaluateGates(
    options.gates,
    [...(run.metrics?.by_evaluator ?? []), ...pairs, ...calibration],
    evaluatorNames(run),
  );
  let comparison: RunComparison | null = null;
  if (options.baseline) {
    comparison = await unwrap(
      client.GET('/v1/evaluations/runs/{id}/compare', {
        params: { path: { id: run.id }, query: { baseline: options.baseline } },
      }),
    );
  }
  const verdict = { run, gates, comparison, failOnRegression: Boolean(options.failOnRegression) };
  if (ctx.out.json) ctx.out.data(verdictJson(verdict));
  else printVerdict(ctx.out, verdict);
  if (options.junit) writeJunit(options.junit, verdict);
  if (env.GITHUB_STEP_SUMMARY) appendStepSummary(env.GITHUB_STEP_SUMMARY, verdict);
  return exitCodeOf(verdict);
}
