import { setMaxListeners } from 'node:events';
import type { Evaluator } from '../domain/evaluators.js';
import { judgeItem } from '../judge/scoreJudgment.js';
import { BufferedResponseCache } from '../models/bufferedResponseCache.js';
import { CachingModelClient, type ProjectCachePolicy } from '../models/cachingModelClient.js';
import type { CodeEvalItem } from '../sandbox/index.js';
import type { EvalRunDoc } from '../store/evals.js';
import { resultKey, type RunResultDoc } from '../store/runResults.js';
import type { BatchUnit, ComparisonUnit } from './batchUnits.js';
import { baselineTexts, codePairItems, codePairResult, compareOutputs } from './compareOutputs.js';
import type { BaselineOutputs } from './baselineOutputs.js';
import type { RunPair } from '../core/runItems.js';
import type { CallOutcome } from './modelRetry.js';
import type { EvaluationDeps } from './deps.js';
import { GraderBatchEvaluation, GraderRunner, nativeNamespaces } from './evalRunGrading.js';
import { ModelCallRetrier } from './modelRetry.js';
import { forEachConcurrently } from './pool.js';
import {
  codeResult,
  judgeResult,
  modelFailedResult,
  panelResult,
  resultDoc,
  type PanelCall,
  type ResultContext,
} from './resultDocs.js';
import type { ResultWriter } from './resultWriter.js';
import { reusedUnitTexts, type ReusedOutputs } from './rerunCarryOver.js';
import { unitTexts, type RunSides, type UnitTexts } from './unitTexts.js';

interface CodeComparison {
  unit: ComparisonUnit;
  outputs: UnitTexts[];
  context: ResultContext;
}

interface CodeWork {
  evaluator: Evaluator;
  items: { context: ResultContext; item: CodeEvalItem }[];
}

/**
 * The missing results of one batch, produced and saved: judges item by item
 * (bounded concurrency), code evaluators all items at once afterwards. Results
 * are written when the batch ends, however it ends; the model answers they come
 * from are cached as they arrive, so a batch cut short by a crash keeps every
 * call it paid for (see ResultWriter).
 */
export class BatchEvaluation {
  private readonly abort = new AbortController();
  private readonly signal: AbortSignal;
  private readonly retrier: ModelCallRetrier;
  private readonly codeWork = new Map<string, CodeWork>();
  private readonly codeComparisons = new Map<string, CodeComparison[]>();
  private readonly graders: GraderRunner;
  /** Every completion of the batch goes through the run's response cache. */
  private readonly models: CachingModelClient;
  /** The answers this batch paid for, on their way to the response cache. */
  private readonly answers: BufferedResponseCache;

  constructor(
    private readonly deps: EvaluationDeps,
    private readonly batch: {
      projectId: string;
      runId: string;
      batchIndex: number;
      /** Items evaluated at once (see core/batchSizing.ts, batchItemConcurrency). */
      itemConcurrency: number;
      sides: RunSides;
      /** A rerun's parent's generated texts: used instead of asking the model again. */
      reused?: ReusedOutputs;
      /** A baseline run's outputs, compared with this run's models' (see baselineOutputs.ts). */
      baseline?: BaselineOutputs;
      /** Set when the run reads its project's answer cache (`cache: "project"`). */
      projectCache?: ProjectCachePolicy;
    },
    private readonly writer: ResultWriter,
    cancellation: AbortSignal,
    /** The OpenAI eval run this run serves, if any: its items and samples are graded by its own path. */
    private readonly evalRun: EvalRunDoc | null = null,
  ) {
    this.signal = AbortSignal.any([cancellation, this.abort.signal]);
    // Every model call in flight listens on it (and lets go when done): dozens at once is normal.
    setMaxListeners(0, this.signal);
    this.retrier = new ModelCallRetrier({
      attempts: deps.env.ASSAY_RUN_ITEM_ATTEMPTS,
      signal: this.signal,
      providerOf: (slug) => deps.modelClient.resolve(slug).provider.name,
    });
    this.answers = new BufferedResponseCache(deps.responseCache, deps.answerWrites);
    this.models = new CachingModelClient(
      deps.modelClient,
      this.answers,
      batch.runId,
      batch.projectCache,
      batch.batchIndex,
    );
    this.graders = new GraderRunner(deps, this.models, this.retrier, this.signal);
  }

  /** Whether the batch's model calls spent more time waiting for shared provider allowances than answered. */
  waitedOnSharedLimits(): boolean {
    return this.models.mostlyWaitedOnLimits();
  }

  /** Each (item, model)'s texts, produced once per batch: a pointwise unit and the comparisons of the item share them. */
  private readonly texts = new Map<string, Promise<CallOutcome<UnitTexts>>>();

  async run(units: readonly BatchUnit[], comparisons: readonly ComparisonUnit[] = []): Promise<void> {
    try {
      if (this.evalRun) {
        const save = (doc: RunResultDoc) => this.save(doc);
        await new GraderBatchEvaluation(
          this.deps,
          this.models,
          this.batch,
          this.evalRun,
          this.retrier,
          this.signal,
          save,
        ).run(units);
      } else {
        // The first failure (an outage, a cancellation, MongoDB gone) stops the other units too.
        await forEachConcurrently(
          units,
          this.batch.itemConcurrency,
          (unit) => this.evaluateUnit(unit),
          () => this.abort.abort(),
        );
        for (const work of this.codeWork.values()) await this.runCode(work);
        await forEachConcurrently(
          comparisons,
          this.batch.itemConcurrency,
          (unit) => this.compare(unit),
          () => this.abort.abort(),
        );
        for (const work of this.codeComparisons.values()) await this.runCodeComparisons(work);
      }
    } catch (error) {
      // Results and answers already produced were paid for: keep them, so the retry does not redo them.
      await this.flush().catch((flushError: unknown) => {
        this.deps.logger.warn(
          { err: flushError, runId: this.batch.runId },
          "could not save a failed batch's results",
        );
      });
      throw error;
    }
    await this.flush();
  }

  private async flush(): Promise<void> {
    const [results, answers] = await Promise.allSettled([this.writer.flush(), this.answers.flush()]);
    if (results.status === 'rejected') throw results.reason;
    if (answers.status === 'rejected') throw answers.reason;
  }

  private save(doc: RunResultDoc): Promise<void> {
    return this.writer.add(doc);
  }

  private textsOf(pair: RunPair, model: string | null): Promise<CallOutcome<UnitTexts>> {
    const key = `${pair.item_id}\u0000${model ?? ''}`;
    let texts = this.texts.get(key);
    if (!texts) {
      const unit: BatchUnit = { pair, model, missing: [] };
      const reused = reusedUnitTexts(this.batch.reused, this.batch.sides, unit);
      texts = reused
        ? Promise.resolve(reused)
        : unitTexts(
            {
              providers: this.deps.providers,
              models: this.models,
              retrier: this.retrier,
              signal: this.signal,
            },
            this.batch.sides,
            unit,
          );
      this.texts.set(key, texts);
    }
    return texts;
  }

  private async evaluateUnit(unit: BatchUnit): Promise<void> {
    const { runId } = this.batch;
    const texts = await this.textsOf(unit.pair, unit.model);
    const { projectId, batchIndex } = this.batch;
    const context: ResultContext = {
      projectId,
      runId,
      batchIndex,
      itemId: unit.pair.item_id,
      model: unit.model,
      texts: texts.ok ? texts.value : null,
      createdAt: this.deps.clock.nowSeconds(),
    };
    if (!texts.ok) {
      for (const evaluator of unit.missing) {
        await this.save(resultDoc(context, evaluator, modelFailedResult('generation', texts.error)));
      }
      return;
    }
    await Promise.all(
      unit.missing.map((evaluator) =>
        evaluator.type === 'code'
          ? this.queueForCode(evaluator, unit, context, texts.value)
          : evaluator.type === 'grader'
            ? this.grade(evaluator, context, texts.value)
            : this.judge(evaluator, context, texts.value),
      ),
    );
  }

  private async judge(evaluator: Evaluator, context: ResultContext, texts: UnitTexts): Promise<void> {
    if (evaluator.panel_models) return this.judgeWithPanel(evaluator, context, texts);
    const judged = await this.retrier.call(evaluator.judge_model ?? '', () =>
      judgeItem(
        { client: this.models },
        { evaluator, sample: texts.sample, groundTruth: texts.groundTruth, signal: this.signal },
      ),
    );
    const outcome = judged.ok
      ? judgeResult(judged.value, this.deps.providers.price(evaluator.judge_model ?? ''))
      : modelFailedResult('judge', judged.error);
    await this.save(resultDoc(context, evaluator, outcome));
  }

  /** Every judge of the panel at once; one that fails for good leaves the verdict to the others. */
  private async judgeWithPanel(
    evaluator: Evaluator,
    context: ResultContext,
    texts: UnitTexts,
  ): Promise<void> {
    const models = [evaluator.judge_model ?? '', ...(evaluator.panel_models ?? [])];
    const calls = await Promise.all(
      models.map(async (model): Promise<PanelCall> => {
        const judged = await this.retrier.call(model, () =>
          judgeItem(
            { client: this.models },
            {
              evaluator: { ...evaluator, judge_model: model },
              sample: texts.sample,
              groundTruth: texts.groundTruth,
              signal: this.signal,
            },
          ),
        );
        return judged.ok
          ? {
              model,
              outcome: judged.value,
              price: this.deps.providers.price(model),
            }
          : { model, failure: judged.error };
      }),
    );
    await this.save(resultDoc(context, evaluator, panelResult(calls, evaluator)));
  }

  /** A pairwise or listwise comparison of one item's outputs (see ./compareOutputs.ts). */
  private async compare(unit: ComparisonUnit): Promise<void> {
    const { baseline } = this.batch;
    const generated = unit.models.filter((model) => model !== baseline?.label);
    const fresh = await Promise.all(generated.map((model) => this.textsOf(unit.pair, model)));
    const texts = unit.models.map((model) =>
      model === baseline?.label
        ? baselineTexts(baseline, unit.pair.item_id, fresh[0]!)
        : fresh[generated.indexOf(model)]!,
    );
    const context: ResultContext = {
      projectId: this.batch.projectId,
      runId: this.batch.runId,
      batchIndex: this.batch.batchIndex,
      itemId: unit.pair.item_id,
      model: unit.slot,
      texts: null,
      createdAt: this.deps.clock.nowSeconds(),
    };
    const failed = texts.find((t) => !t.ok);
    if (failed && !failed.ok) {
      await this.save(resultDoc(context, unit.evaluator, modelFailedResult('generation', failed.error)));
      return;
    }
    const outputs = texts.map((t) => (t.ok ? t.value : null)).filter((t): t is UnitTexts => t !== null);
    if (unit.evaluator.type === 'code') {
      // Like a code evaluator's scores: one sandbox for all of the batch's pairs, afterwards.
      const work = this.codeComparisons.get(unit.evaluator.id) ?? [];
      work.push({ unit, outputs, context });
      this.codeComparisons.set(unit.evaluator.id, work);
      return;
    }
    const outcome = await compareOutputs(
      { client: this.models, retrier: this.retrier, providers: this.deps.providers, signal: this.signal },
      unit,
      outputs,
    );
    await this.save(resultDoc({ ...context, texts: outputs[0] ?? null }, unit.evaluator, outcome));
  }

  /** A pairwise code evaluator's pairs of the batch, both orders of each, in one sandbox process. */
  private async runCodeComparisons(work: readonly CodeComparison[]): Promise<void> {
    const evaluator = work[0]!.unit.evaluator;
    const items = work.flatMap(({ unit, outputs }, n) => codePairItems(unit, outputs, String(n)));
    const outcomes = await this.deps.sandbox.evaluateBatch({
      code: evaluator.code ?? '',
      requirements: evaluator.requirements,
      entry: 'evaluate_pair',
      items,
      signal: this.signal,
    });
    const byKey = new Map(outcomes.map((outcome) => [outcome.key, outcome]));
    await this.writer.addAll(
      work.map(({ unit, outputs, context }, n) =>
        resultDoc(context, evaluator, codePairResult(unit, outputs, String(n), byKey)),
      ),
    );
  }

  private async grade(evaluator: Evaluator, context: ResultContext, texts: UnitTexts): Promise<void> {
    const outcome = await this.graders.grade(evaluator.grader!, nativeNamespaces(texts));
    await this.save(resultDoc(context, evaluator, outcome));
  }

  private async queueForCode(
    evaluator: Evaluator,
    unit: BatchUnit,
    context: ResultContext,
    texts: UnitTexts,
  ) {
    const work = this.codeWork.get(evaluator.id) ?? { evaluator, items: [] };
    const key = resultKey(this.batch.runId, unit.pair.item_id, evaluator.id, unit.model);
    work.items.push({ context, item: { key, sample: texts.sample, ground_truth: texts.groundTruth } });
    this.codeWork.set(evaluator.id, work);
  }

  /** One sandbox process for all of the batch's items: its start-up is paid once per batch. */
  private async runCode({ evaluator, items }: CodeWork): Promise<void> {
    const outcomes = await this.deps.sandbox.evaluateBatch({
      code: evaluator.code ?? '',
      requirements: evaluator.requirements,
      items: items.map((i) => i.item),
      signal: this.signal,
    });
    await this.writer.addAll(
      outcomes.map((outcome, i) =>
        resultDoc(items[i]!.context, evaluator, codeResult(outcome, evaluator.threshold)),
      ),
    );
  }
}
