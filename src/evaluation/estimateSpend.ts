import type { Evaluator } from '../domain/evaluators.js';
import type { GenerateSource, ResolvedSource } from '../domain/runs.js';
import { sampleModelsOf, sampleOutputModels } from '../domain/sampleModels.js';
import { textOf } from '../judge/template.js';
import { estimateRunSpend, type RunSpendEstimate } from '../models/pricing.js';
import type { ModelPrice } from '../models/providers.js';
import type { RunPair } from '../core/runItems.js';

/** Average text lengths of a run's pairs, gathered while they stream past. */
export class PairTextStats {
  private pairs = 0;
  private inputChars = 0;
  private sampleOutputs = 0;
  private sampleOutputChars = 0;
  private groundTruthChars = 0;

  add(pair: RunPair): void {
    const seed = pair.sample ?? pair.ground_truth;
    this.pairs++;
    this.inputChars += textOf(seed?.input).length;
    if (pair.sample?.output != null) {
      this.sampleOutputs++;
      this.sampleOutputChars += textOf(pair.sample.output).length;
    }
    this.groundTruthChars += textOf(pair.ground_truth?.output).length;
  }

  get count(): number {
    return this.pairs;
  }

  averages() {
    const avg = (total: number, n: number) => (n > 0 ? total / n : 0);
    return {
      avgInputChars: avg(this.inputChars, this.pairs),
      avgOutputChars: this.sampleOutputs > 0 ? avg(this.sampleOutputChars, this.sampleOutputs) : undefined,
      avgGroundTruthChars: avg(this.groundTruthChars, this.pairs),
    };
  }
}

export interface RunCostShape {
  evaluators: (Pick<Evaluator, 'type' | 'judge_model' | 'judge_prompt'> &
    Partial<Pick<Evaluator, 'panel_models'>>)[];
  sample: ResolvedSource;
  ground_truth: ResolvedSource;
}

/** Tokens × prices for `itemCount` pairs shaped like `stats`: generation on either side plus judging. */
export function estimateRunCost(
  prices: { price(slug: string): ModelPrice | null },
  run: RunCostShape,
  itemCount: number,
  stats: PairTextStats,
): RunSpendEstimate {
  const generated = [run.sample.source, run.ground_truth.source].filter(
    (s): s is GenerateSource => s.type === 'generate',
  );
  const params = generated[0]?.inference_params;
  return estimateRunSpend(prices, {
    itemCount,
    ...stats.averages(),
    generateModels: generated.flatMap((s) => s.models),
    generatedTokens: params?.max_tokens ?? params?.max_completion_tokens ?? params?.max_output_tokens,
    judges: run.evaluators
      .filter((e) => e.type === 'judge' && e.judge_model)
      // A panel asks each of its judges.
      .flatMap((e) =>
        [e.judge_model!, ...(e.panel_models ?? [])].map((model) => ({
          model,
          promptChars: e.judge_prompt?.length ?? 0,
        })),
      ),
    outputsPerItem: sampleOutputModels(sampleModelsOf(run)).length,
  });
}
