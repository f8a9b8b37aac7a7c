import type { ChatMessage } from '../domain/common.js';
import type { Evaluator } from '../domain/evaluators.js';
import type { EvalSample } from '../domain/evals.js';
import type { Grader } from '../domain/graders.js';
import { rowOf } from '../domain/storableRow.js';
import {
  evalSampleOf,
  generatesSamples,
  givenSampleNamespace,
  inferenceParamsOf,
  sampleNamespace,
  samplingMessages,
} from './evalSampling.js';
import { gradeItem, GraderFailure, type GradeOutcome, type GraderDeps } from '../graders/gradeItem.js';
import { modelSlugOf } from '../graders/modelSlug.js';
import { pythonGraderCode, pythonGraderItem } from '../graders/python.js';
import type { TemplateNamespaces } from '../graders/template.js';
import type { CompletionClient } from '../models/cachingModelClient.js';
import { costUsd } from '../models/pricing.js';
import type { EvalRunDoc } from '../store/evals.js';
import type { RunResultDoc } from '../store/runResults.js';
import type { BatchUnit } from './batchUnits.js';
import type { EvaluationDeps } from './deps.js';
import type { ModelCallRetrier } from './modelRetry.js';
import type { UnitTexts } from './unitTexts.js';
import { forEachConcurrently } from './pool.js';
import { resultDoc, type ResultContext, type ResultOutcome } from './resultDocs.js';

/** What grading a unit needs: the item, what the graders see, and what the output item shows. */
interface PreparedUnit {
  context: ResultContext;
  ns: TemplateNamespaces;
}

export interface GradingBatch {
  projectId: string;
  runId: string;
  batchIndex: number;
  /** Items graded at once (see core/batchSizing.ts, batchItemConcurrency). */
  itemConcurrency: number;
}

/**
 * Grades a batch of an OpenAI eval run (or of a native run using `grader`
 * evaluators): the sample of each item (generated through the model layer when the
 * data source has a model, else given), then every missing criterion. Python
 * graders run afterwards, one sandbox process per criterion for the whole batch,
 * as code evaluators do.
 */
export class GraderBatchEvaluation {
  private readonly pythonWork = new Map<string, { evaluator: Evaluator; units: PreparedUnit[] }>();
  private readonly runner: GraderRunner;

  constructor(
    private readonly deps: EvaluationDeps,
    /** The run's CachingModelClient. */
    private readonly models: CompletionClient,
    private readonly batch: GradingBatch,
    private readonly evalRun: EvalRunDoc,
    private readonly retrier: ModelCallRetrier,
    private readonly signal: AbortSignal,
    private readonly save: (doc: RunResultDoc) => Promise<void>,
  ) {
    this.runner = new GraderRunner(deps, models, retrier, signal);
  }

  async run(units: readonly BatchUnit[]): Promise<void> {
    await forEachConcurrently(units, this.batch.itemConcurrency, (unit) => this.gradeUnit(unit));
    for (const work of this.pythonWork.values()) await this.runPython(work);
  }

  private async gradeUnit(unit: BatchUnit): Promise<void> {
    const prepared = await this.prepare(unit);
    if ('failed' in prepared) {
      for (const evaluator of unit.missing)
        await this.save(resultDoc(prepared.context, evaluator, prepared.failed));
      return;
    }
    await Promise.all(
      unit.missing.map(async (evaluator) => {
        const grader = evaluator.grader;
        if (!grader) {
          await this.save(
            resultDoc(prepared.context, evaluator, errorOutcome(`evaluator ${evaluator.id} has no grader`)),
          );
          return;
        }
        if (grader.type === 'python') {
          const work = this.pythonWork.get(evaluator.id) ?? { evaluator, units: [] };
          work.units.push(prepared);
          this.pythonWork.set(evaluator.id, work);
          return;
        }
        await this.save(resultDoc(prepared.context, evaluator, await this.runner.grade(grader, prepared.ns)));
      }),
    );
  }

  /** The unit's namespaces and result context; a failed generation fails every criterion of the item. */
  private async prepare(
    unit: BatchUnit,
  ): Promise<PreparedUnit | { context: ResultContext; failed: ResultOutcome }> {
    const { projectId, runId, batchIndex } = this.batch;
    const source = unit.pair.sample ?? unit.pair.ground_truth!;
    const base = {
      projectId,
      runId,
      batchIndex,
      itemId: unit.pair.item_id,
      model: unit.model,
      createdAt: this.deps.clock.nowSeconds(),
    };
    const dataSource = this.evalRun.data_source;
    // Eval runs over a dataset carry the OpenAI item in `input`; over task logs the item is the log.
    const fromDataset = this.evalRun.dataset_id != null;
    const item = fromDataset
      ? rowOf(source.input)
      : { input: source.input, output: source.output, metadata: source.metadata, model: source.model };
    // The result keeps the item in the form its dataset stored it (text when no document can hold it).
    const storedItem = fromDataset ? source.input : item;
    const texts = (sample: EvalSample, generation: NonNullable<ResultContext['texts']>['generation']) => ({
      sample: { input: storedItem as never, output: sample as never, metadata: {}, model: sample.model },
      groundTruth: null,
      generation,
    });
    if (!generatesSamples(dataSource)) {
      const given = fromDataset
        ? rowOf(source.output)
        : {
            output_text:
              typeof source.output === 'string'
                ? source.output
                : (source.output as { content?: unknown } | null)?.content,
            model: source.model,
          };
      const ns = givenSampleNamespace(given);
      const sample = evalSampleOf(
        [],
        { text: ns.output_text, usage: { input: 0, output: 0 }, model: ns.model ?? '' },
        undefined,
        null,
      );
      return {
        context: { ...base, texts: texts({ ...sample, model: ns.model }, null) },
        ns: { item, sample: ns },
      };
    }
    let messages: ChatMessage[];
    let params;
    try {
      messages = samplingMessages(dataSource, item);
      params = inferenceParamsOf(dataSource);
    } catch (error) {
      const failed = errorOutcome(`sampling: ${(error as Error).message}`);
      const sample = evalSampleOf([], null, undefined, {
        code: 'invalid_sampling',
        message: (error as Error).message,
      });
      return { context: { ...base, texts: texts(sample, null) }, failed };
    }
    const slug = modelSlugOf(dataSource.model!);
    const reply = await this.retrier.call(slug, () =>
      this.models.complete({
        slug,
        apiType: dataSource.type === 'responses' ? 'responses' : 'chat_completions',
        messages,
        inferenceParams: params,
        ...(dataSource.sampling_params?.tools?.length ? { tools: dataSource.sampling_params.tools } : {}),
        signal: this.signal,
      }),
    );
    if (!reply.ok) {
      const sample = evalSampleOf(messages, null, params, {
        code: reply.error.kind,
        message: reply.error.message,
      });
      return {
        context: { ...base, texts: texts(sample, null) },
        failed: errorOutcome(`generation failed: ${reply.error.message}`),
      };
    }
    const generation = {
      // Cached input tokens ride in the sample's usage (OpenAI's shape), not in the native result's tokens.
      tokens: { input: reply.value.usage.input, output: reply.value.usage.output },
      spend_usd: costUsd(this.deps.providers.price(slug), reply.value.usage),
    };
    const jsonRequested = params?.response_format !== undefined && params.response_format.type !== 'text';
    return {
      context: { ...base, texts: texts(evalSampleOf(messages, reply.value, params, null), generation) },
      ns: {
        item,
        sample: sampleNamespace(reply.value.text, dataSource.model!, jsonRequested, reply.value.toolCalls),
      },
    };
  }

  private async runPython({
    evaluator,
    units,
  }: {
    evaluator: Evaluator;
    units: PreparedUnit[];
  }): Promise<void> {
    const grader = evaluator.grader!;
    const outcomes = await this.deps.sandbox.evaluateBatch({
      code: pythonGraderCode((grader as { source: string }).source),
      requirements: this.deps.env.ASSAY_PYTHON_GRADER_REQUIREMENTS,
      items: units.map((u, i) => pythonGraderItem(String(i), u.ns)),
      signal: this.signal,
    });
    const threshold =
      'pass_threshold' in grader && grader.pass_threshold !== undefined ? grader.pass_threshold : 0.5;
    await forEachConcurrently(
      outcomes.map((o, i) => ({ o, unit: units[i]! })),
      16,
      ({ o, unit }) =>
        this.save(
          resultDoc(
            unit.context,
            evaluator,
            o.ok
              ? {
                  ...errorOutcome(''),
                  status: 'scored',
                  score: o.score,
                  passed: o.score >= threshold,
                  error: null,
                  latency_ms: o.latencyMs,
                }
              : { ...errorOutcome(`python grader: ${o.error}`), latency_ms: o.latencyMs },
          ),
        ),
    );
  }
}

/** Grades with the worker's model layer, embeddings and sandbox; model calls retried like a judge's. */
export class GraderRunner {
  constructor(
    private readonly evaluationDeps: EvaluationDeps,
    /** The run's CachingModelClient (embeddings are not cached and go to the plain client). */
    private readonly models: CompletionClient,
    private readonly retrier: ModelCallRetrier,
    private readonly signal: AbortSignal,
  ) {}

  graderDeps(): GraderDeps {
    return {
      chat: async ({ model, messages, schema, samplingParams }) => {
        const slug = modelSlugOf(model);
        const reply = await this.retrier.call(slug, () =>
          this.models.complete({
            slug,
            apiType: 'chat_completions',
            messages: messages as ChatMessage[],
            inferenceParams: {
              response_format: { type: 'json_schema', json_schema: { name: 'grade', schema, strict: true } },
              ...(samplingParams?.temperature != null ? { temperature: samplingParams.temperature } : {}),
              ...(samplingParams?.top_p != null ? { top_p: samplingParams.top_p } : {}),
              ...(samplingParams?.seed != null ? { seed: samplingParams.seed } : {}),
              ...(samplingParams?.reasoning_effort != null
                ? { reasoning_effort: samplingParams.reasoning_effort }
                : {}),
              ...(samplingParams?.max_completions_tokens != null
                ? { max_completion_tokens: samplingParams.max_completions_tokens }
                : {}),
            },
            signal: this.signal,
          }),
        );
        if (!reply.ok) throw new GraderFailure(`model grader: ${reply.error.message}`);
        return {
          text: reply.value.text,
          usage: { model, ...reply.value.usage },
        };
      },
      embed: async (texts) => {
        const slug = modelSlugOf(this.evaluationDeps.env.ASSAY_EMBEDDING_MODEL);
        const reply = await this.retrier.call(slug, () =>
          this.evaluationDeps.modelClient.embed({ slug, input: texts, signal: this.signal }),
        );
        if (!reply.ok) throw new GraderFailure(`embeddings: ${reply.error.message}`);
        return {
          vectors: reply.value.vectors as [number[], number[]],
          usage: {
            model: this.evaluationDeps.env.ASSAY_EMBEDDING_MODEL,
            input: reply.value.usage.input,
            output: 0,
          },
        };
      },
      // A python grader inside a multi grader, or one graded alone (graders.run): one process for the item.
      python: async (source, ns) => {
        const [outcome] = await this.evaluationDeps.sandbox.evaluateBatch({
          code: pythonGraderCode(source),
          requirements: this.evaluationDeps.env.ASSAY_PYTHON_GRADER_REQUIREMENTS,
          items: [pythonGraderItem('multi', ns)],
          signal: this.signal,
        });
        if (!outcome?.ok) throw new GraderFailure(`python grader: ${outcome?.error ?? 'no result'}`);
        return outcome.score;
      },
    };
  }

  async grade(grader: Grader, ns: TemplateNamespaces): Promise<ResultOutcome> {
    const started = performance.now();
    return outcomeOf(
      await gradeItem(grader, ns, this.graderDeps()),
      Math.round(performance.now() - started),
      this.evaluationDeps,
    );
  }
}

/**
 * The namespaces of a native run's unit: the item is the ground truth (input,
 * output, metadata), the sample the sample side's output, so a `grader` evaluator
 * reads `{{item.output}}` against `{{sample.output_text}}`.
 */
export function nativeNamespaces(texts: UnitTexts): TemplateNamespaces {
  const { sample, groundTruth } = texts;
  const truth = groundTruth ?? sample;
  const text =
    typeof sample.output === 'string'
      ? sample.output
      : ((sample.output as { content?: unknown } | null)?.content ?? '');
  return {
    item: { input: truth.input, output: truth.output, metadata: truth.metadata },
    sample: {
      ...sampleNamespace(typeof text === 'string' ? text : JSON.stringify(text), sample.model, true),
      input: sample.input,
      metadata: sample.metadata,
    },
  };
}

function errorOutcome(error: string): ResultOutcome {
  return {
    status: 'error',
    score: null,
    passed: null,
    reason: null,
    error,
    raw_reply: null,
    latency_ms: null,
    tokens: { input: 0, output: 0 },
    spend_usd: 0,
  };
}

function outcomeOf(outcome: GradeOutcome, latencyMs: number, deps: EvaluationDeps): ResultOutcome {
  const tokens: { input: number; output: number; cached?: number } = { input: 0, output: 0 };
  let spend = 0;
  for (const u of outcome.usage) {
    tokens.input += u.input;
    tokens.output += u.output;
    // Only when a provider reported some, so results of other runs keep their shape.
    if (u.cached) tokens.cached = (tokens.cached ?? 0) + u.cached;
    spend += costUsd(deps.providers.price(modelSlugOf(u.model)), u);
  }
  if (!outcome.ok) return { ...errorOutcome(outcome.error), latency_ms: latencyMs, tokens, spend_usd: spend };
  return {
    status: 'scored',
    score: outcome.score,
    passed: outcome.passed,
    reason: outcome.reason ?? null,
    error: null,
    raw_reply: null,
    ...(outcome.sample ? { grader_sample: outcome.sample } : {}),
    latency_ms: latencyMs,
    tokens,
    spend_usd: spend,
  };
}
