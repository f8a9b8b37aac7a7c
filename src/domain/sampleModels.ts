import type { DataSource } from './runs.js';

/** The models that generate a run's sample side: none when the sample is read from data. */
export function sampleModelsOf(run: { sample: { source: DataSource } }): string[] {
  return run.sample.source.type === 'generate' ? run.sample.source.models : [];
}

/**
 * The model of each output a pair gets on the sample side: one per generating model, or a
 * single `null` when the sample is read (every pair is then evaluated once). Results, metrics
 * and totals are keyed by these, so every count of "outputs per pair" comes from here.
 */
export function sampleOutputModels(sampleModels: readonly string[]): readonly (string | null)[] {
  return sampleModels.length > 0 ? sampleModels : [null];
}
