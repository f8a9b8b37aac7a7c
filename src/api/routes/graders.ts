import { z } from 'zod';
import { subGraders, graderSchema, type Grader } from '../../domain/graders.js';
import { BadRequestError } from '../../domain/errors.js';
import { graderProblems } from '../../graders/checkGrader.js';
import { gradeItem, type GraderDeps } from '../../graders/gradeItem.js';
import { sampleNamespace } from '../../evaluation/evalSampling.js';
import { validationFailed } from '../validation.js';
import { route, type RouteContext } from '../route.js';

/**
 * OpenAI's `fine_tuning.alpha.graders`: check a grader, or grade one model sample with it.
 * The API process has no model client and no sandbox executor (those are the worker's),
 * so `run` grades with the graders that are pure code and refuses the others by name.
 */
const tag = 'Graders (OpenAI fine_tuning.alpha.graders)';

const graderRunSchema = z
  .object({ grader: graderSchema, model_sample: z.string().max(1_000_000), item: z.unknown().optional() })
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
  }),
});

type Ctx = Pick<RouteContext<unknown, unknown, unknown>, 'app'>;

async function requireValid(ctx: Ctx, grader: Grader): Promise<void> {
  const details = await graderProblems(grader, 'grader', ctx.app);
  if (details.length > 0) throw validationFailed('grader', details);
}

/** The sub-grader (or the grader) that needs the worker's model layer or sandbox, if any. */
function workerOnly(grader: Grader): string | null {
  const graders = grader.type === 'multi' ? Object.entries(subGraders(grader)) : [['', grader] as const];
  for (const [name, g] of graders) {
    const needs =
      g.type === 'score_model' || g.type === 'label_model'
        ? 'a model'
        : g.type === 'python'
          ? 'the sandbox'
          : g.type === 'text_similarity' && g.evaluation_metric === 'cosine'
            ? 'the embeddings model'
            : null;
    if (needs) return `${name ? `graders.${name}: ` : ''}a ${g.type} grader needs ${needs}`;
  }
  return null;
}

const noWorker = (what: string) => () =>
  Promise.reject(new Error(`${what} is not available in the API process`));
const pureDeps: GraderDeps = { chat: noWorker('chat'), embed: noWorker('embed'), python: noWorker('python') };

export const graderRoutes = [
  route({
    method: 'post',
    path: '/v1/fine_tuning/alpha/graders/validate',
    summary: "Validate a grader: the create-time checks of an eval's testing criteria (400 naming the field)",
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
      'Grade one model sample (`sample.output_text`) against `item`. Graders that are pure code run here; model, python and cosine graders run in eval runs only (400)',
    tag,
    scope: 'read',
    body: graderRunSchema,
    response: graderRunResponseSchema,
    errors: [400],
    handler: async (ctx) => {
      const { grader, model_sample: modelSample, item } = ctx.body;
      await requireValid(ctx, grader);
      const needs = workerOnly(grader);
      if (needs) {
        throw new BadRequestError(
          'unsupported_grader',
          `grader: ${needs}, which Assay runs in eval runs (POST /v1/evals/{id}/runs), not in graders.run.`,
          { param: 'grader' },
        );
      }
      const started = performance.now();
      const ns = { item: item ?? {}, sample: sampleNamespace(modelSample, null, true) };
      const outcome = await gradeItem(grader, ns, pureDeps);
      if (!outcome.ok)
        throw new BadRequestError('grader_failed', `grader: ${outcome.error}`, { param: 'grader' });
      return {
        reward: outcome.score,
        sub_rewards: {},
        model_grader_token_usage_per_model: {},
        metadata: {
          name: grader.name,
          type: grader.type,
          errors: {},
          execution_time: (performance.now() - started) / 1000,
          scores: {},
          token_usage: null,
          sampled_model_name: null,
        },
      };
    },
  }),
];
