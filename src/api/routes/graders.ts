import { z } from 'zod';
import { subGraders, graderSchema, type Grader } from '../../domain/graders.js';
import {
  BadGatewayError,
  BadRequestError,
  GatewayTimeoutError,
  UpstreamUnavailableError,
} from '../../domain/errors.js';
import { graderProblems } from '../../graders/checkGrader.js';
import { randomUUID } from 'node:crypto';
import { TimeoutFailure, WorkflowFailedError } from '@temporalio/client';
// A CommonJS package: Node's ESM loader (tsx, `npm run api`) sees only its default export, no named ones.
import temporalProto from '@temporalio/proto';
import type { RunGraderInput, RunGraderOutput } from '../../activities/runGrader.js';
import { gradeItem, type GraderDeps, type GraderUsage } from '../../graders/gradeItem.js';
import { webhookTaskQueue } from '../../platform/config.js';
import { ModelUsageTally } from '../evals/modelUsage.js';
import type { GraderRunWorkflow } from '../../workflows/graderRun.js';
import { sampleNamespace } from '../../evaluation/evalSampling.js';
import { validationFailed } from '../validation.js';
import { route, type RouteContext } from '../route.js';
import { chars } from '../../domain/textLength.js';
import { graderRules } from '../rulesBeyondSchema.js';

/**
 * OpenAI's `fine_tuning.alpha.graders`: check a grader, or grade one model sample with it.
 * Graders that are pure code are graded here; the others need a model, embeddings or the
 * sandbox, which are the worker's, so a short workflow grades them there while the request waits.
 */
const tag = 'Graders (OpenAI fine_tuning.alpha.graders)';

const graderRunSchema = z
  .object({ grader: graderSchema, model_sample: chars(1_000_000), item: z.unknown().optional() })
  .strict();
const graderValidateSchema = z.object({ grader: graderSchema }).strict();

const graderRunResponseSchema = z.object({
  reward: z.number(),
  sub_rewards: z.record(z.string(), z.unknown()),
  model_grader_token_usage_per_model: z.record(z.string(), z.unknown()),
  metadata: z.object({
    name: z.string(),
    type: z.string(),
    errors: z.record(z.string(), z.unknown()),
    execution_time: z.number(),
    scores: z.record(z.string(), z.unknown()),
    token_usage: z.number().nullable(),
    sampled_model_name: z.string().nullable(),
    /** What a model grader was asked and answered (as output items' `results[].sample`). */
    sample: z.record(z.string(), z.unknown()).optional(),
  }),
});

/** OpenAI's per-model usage: tokens of each grader model, summed over its calls. */
function usagePerModel(usage: readonly GraderUsage[]) {
  const tally = new ModelUsageTally();
  for (const u of usage) tally.add(u.model, u, u.cached);
  // OpenAI's graders.run reports tokens only, no call count.
  return Object.fromEntries(
    [...tally.byModel].map(([model, { invocation_count: _calls, ...tokens }]) => [model, tokens]),
  );
}

type Ctx = Pick<RouteContext<unknown, unknown, unknown>, 'app'>;

async function requireValid(ctx: Ctx, grader: Grader): Promise<void> {
  const details = await graderProblems(grader, 'grader', ctx.app);
  if (details.length > 0) throw validationFailed('grader', details);
}

/** Whether the grader (or one of its sub-graders) needs the worker's model layer, embeddings or sandbox. */
function needsWorker(grader: Grader): boolean {
  const graders = grader.type === 'multi' ? Object.values(subGraders(grader)) : [grader];
  return graders.some(
    (g) =>
      g.type === 'score_model' ||
      g.type === 'label_model' ||
      g.type === 'python' ||
      (g.type === 'text_similarity' && g.evaluation_metric === 'cosine'),
  );
}

const noWorker = (what: string) => () =>
  Promise.reject(new Error(`${what} is not available in the API process`));
const pureDeps: GraderDeps = { chat: noWorker('chat'), embed: noWorker('embed'), python: noWorker('python') };

/** Long enough for a python grader's first sandbox environment; a worker that never answers ends in a 504. */
const GRADER_RUN_TIMEOUT = '6 minutes';

/** Grades on a worker (any worker: every one serves the shared queue) and waits for the outcome. */
async function gradeOnWorker(ctx: Ctx, input: RunGraderInput): Promise<RunGraderOutput> {
  // Without a worker the request would wait out the whole timeout: say so at once instead.
  if (!(await anyWorker(ctx))) throw new UpstreamUnavailableError('worker');
  try {
    return await ctx.app.temporal.workflow.execute<typeof GraderRunWorkflow>('GraderRunWorkflow', {
      workflowId: `grader-run-${randomUUID()}`,
      taskQueue: webhookTaskQueue(ctx.app.env),
      args: [input],
      workflowExecutionTimeout: GRADER_RUN_TIMEOUT,
      staticSummary: `graders.run: a ${input.grader.type} grader`,
    });
  } catch (error) {
    if (!(error instanceof WorkflowFailedError)) throw error;
    if (error.cause instanceof TimeoutFailure) {
      throw new GatewayTimeoutError(
        'grader_timeout',
        `grader: no worker graded the sample within ${GRADER_RUN_TIMEOUT}.`,
      );
    }
    throw new BadGatewayError('grader_failed', `grader: ${rootMessage(error)}`);
  }
}

/** Whether a worker polls the shared queue (Temporal keeps pollers seen in the last minutes). */
async function anyWorker(ctx: Ctx): Promise<boolean> {
  const { temporal, env } = ctx.app;
  const { pollers } = await temporal.workflowService.describeTaskQueue({
    namespace: temporal.options.namespace,
    taskQueue: { name: webhookTaskQueue(env) },
    taskQueueType: temporalProto.temporal.api.enums.v1.TaskQueueType.TASK_QUEUE_TYPE_WORKFLOW,
  });
  return (pollers?.length ?? 0) > 0;
}

/** The innermost message of a workflow failure: the activity's own error (a provider's answer, say). */
function rootMessage(error: Error): string {
  let at: unknown = error;
  while (at instanceof Error && at.cause instanceof Error) at = at.cause;
  return (at as Error).message;
}

export const graderRoutes = [
  route({
    method: 'post',
    path: '/v1/fine_tuning/alpha/graders/validate',
    summary: "Validate a grader: the create-time checks of an eval's testing criteria (400 naming the field)",
    description: graderRules,
    tag,
    scope: 'read',
    body: graderValidateSchema,
    response: graderValidateSchema,
    handler: async (ctx) => {
      await requireValid(ctx, ctx.body.grader);
      return { grader: ctx.body.grader };
    },
  }),
  route({
    method: 'post',
    path: '/v1/fine_tuning/alpha/graders/run',
    summary:
      'Grade one model sample (`sample.output_text`) against `item`. Model, python and cosine graders are graded on a worker while the request waits (502 when the provider fails, 503 when no worker runs, 504 when none answers in time)',
    description: graderRules,
    tag,
    scope: 'read',
    body: graderRunSchema,
    response: graderRunResponseSchema,
    errors: [400, 502, 503, 504],
    handler: async (ctx) => {
      const { grader, model_sample: modelSample, item } = ctx.body;
      await requireValid(ctx, grader);
      const namespaces = { item: item ?? {}, sample: sampleNamespace(modelSample, null, true) };
      let graded: RunGraderOutput;
      if (needsWorker(grader)) {
        graded = await gradeOnWorker(ctx, { grader, namespaces });
      } else {
        const started = performance.now();
        const outcome = await gradeItem(grader, namespaces, pureDeps);
        graded = { outcome, executionSeconds: (performance.now() - started) / 1000 };
      }
      const { outcome, executionSeconds } = graded;
      if (!outcome.ok)
        throw new BadRequestError('grader_failed', `grader: ${outcome.error}`, { param: 'grader' });
      const usage = usagePerModel(outcome.usage);
      const tokens = Object.values(usage).reduce((sum, u) => sum + u.total_tokens, 0);
      return {
        reward: outcome.score,
        sub_rewards: outcome.subScores ?? {},
        model_grader_token_usage_per_model: usage,
        metadata: {
          name: grader.name,
          type: grader.type,
          errors: {},
          execution_time: executionSeconds,
          scores: outcome.subScores ?? {},
          token_usage: outcome.usage.length > 0 ? tokens : null,
          sampled_model_name: null,
          ...(outcome.sample ? { sample: outcome.sample } : {}),
        },
      };
    },
  }),
];
