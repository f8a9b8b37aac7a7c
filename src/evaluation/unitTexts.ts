import type { GenerateSource, ResolvedSource, RunResult } from '../domain/runs.js';
import { generateCompletion } from './generateCompletion.js';
import type { CompletionClient } from '../models/cachingModelClient.js';
import { costUsd } from '../models/pricing.js';
import type { ModelReply } from '../models/replies.js';
import type { ProviderRegistry } from '../models/providers.js';
import type { PairingMode, SourceItem } from '../core/runItems.js';
import { pairingModeOf } from './sourceItems.js';
import type { BatchUnit } from './batchUnits.js';
import type { CallOutcome, ModelCallRetrier } from './modelRetry.js';

export interface SampleText {
  input: unknown;
  output: unknown;
  metadata: Record<string, string>;
  model: string | null;
}
export interface GroundTruthText {
  input: unknown;
  output: unknown;
  metadata: Record<string, string>;
}

/** What the evaluators of a unit see, and what producing it cost. */
export interface UnitTexts {
  sample: SampleText;
  groundTruth: GroundTruthText | null;
  generation: RunResult['generation'];
}

export interface UnitTextDeps {
  /** The run's CachingModelClient: a batch run again reuses the completions it already paid for. */
  models: CompletionClient;
  providers: ProviderRegistry;
  retrier: ModelCallRetrier;
  signal: AbortSignal;
}

export interface RunSides {
  mode: PairingMode;
  sample: GenerateSource | null;
  groundTruth: GenerateSource | null;
}

export function runSidesOf(run: { sample: ResolvedSource; ground_truth: ResolvedSource }): RunSides {
  const generated = (side: ResolvedSource) => (side.source.type === 'generate' ? side.source : null);
  return {
    mode: pairingModeOf(run.sample, run.ground_truth),
    sample: generated(run.sample),
    groundTruth: generated(run.ground_truth),
  };
}

/**
 * The sample and ground truth of a unit, generating the side that is generated.
 * Generation goes through the response cache scoped to the run, so a batch run
 * again after a crash reuses the completions it already paid for.
 */
export async function unitTexts(
  deps: UnitTextDeps,
  sides: RunSides,
  unit: BatchUnit,
): Promise<CallOutcome<UnitTexts>> {
  const { pair } = unit;
  const generate = async (
    source: GenerateSource,
    slug: string,
    seed: Pick<SourceItem, 'input' | 'metadata'>,
  ) =>
    deps.retrier.call(slug, () =>
      generateCompletion(deps.models, {
        slug,
        source,
        input: seed.input,
        metadata: seed.metadata,
        signal: deps.signal,
      }),
    );
  const costOf = (slug: string, { usage, savedUsage }: Pick<ModelReply, 'usage' | 'savedUsage'>) => ({
    tokens: { input: usage.input, output: usage.output },
    spend_usd: costUsd(deps.providers.price(slug), usage),
    ...(savedUsage ? { saved_usd: costUsd(deps.providers.price(slug), savedUsage) } : {}),
  });

  if (sides.mode === 'generate_sample') {
    const seed = pair.ground_truth!;
    const reply = await generate(sides.sample!, unit.model!, seed);
    if (!reply.ok) return reply;
    return {
      ok: true,
      value: {
        sample: { input: seed.input, output: reply.value.text, metadata: seed.metadata, model: unit.model },
        groundTruth: { input: seed.input, output: seed.output, metadata: seed.metadata },
        generation: costOf(unit.model!, reply.value),
      },
    };
  }
  const sample = pair.sample!;
  const sampleText: SampleText = {
    input: sample.input,
    output: sample.output,
    metadata: sample.metadata,
    model: sample.model,
  };
  if (sides.mode === 'generate_ground_truth') {
    const slug = sides.groundTruth!.models[0]!;
    const reply = await generate(sides.groundTruth!, slug, sample);
    if (!reply.ok) return reply;
    return {
      ok: true,
      value: {
        sample: sampleText,
        groundTruth: { input: sample.input, output: reply.value.text, metadata: sample.metadata },
        generation: costOf(slug, reply.value),
      },
    };
  }
  const gt = pair.ground_truth!;
  return {
    ok: true,
    value: {
      sample: sampleText,
      groundTruth: { input: gt.input, output: gt.output, metadata: gt.metadata },
      generation: null,
    },
  };
}
