import type { HumanLabel, RunCalibration } from '../../domain/labels.js';
import { calibrate, type LabelledResult } from '../../metrics/calibration.js';
import type { ProjectStore } from '../../store/index.js';

/**
 * A run's judges against the human labels of its items: per evaluator of the run's snapshot (and
 * per model), the labelled items with a scored result. Read on demand: one pass over the run's
 * scores, joined with the evaluators' labels in memory (label sets are small).
 */
export async function runCalibration(store: ProjectStore, runId: string): Promise<RunCalibration> {
  const run = await store.runs.require(runId);
  const evaluators = run.config.evaluators;
  const labels = new Map<string, Map<string, HumanLabel>>();
  for (const evaluator of evaluators) {
    const own = await store.labels.forEvaluator(evaluator.id);
    if (own.size > 0) labels.set(evaluator.id, own);
  }
  const groups = new Map<string, { evaluatorId: string; model: string | null; rows: LabelledResult[] }>();
  if (labels.size > 0) {
    for await (const result of store.runResults.scores(run.id)) {
      const label = labels.get(result.evaluator_id)?.get(result.item_id);
      if (!label || result.status !== 'scored' || result.score === null) continue;
      const key = `${result.evaluator_id}\u0000${result.model ?? ''}`;
      const group = groups.get(key) ?? { evaluatorId: result.evaluator_id, model: result.model, rows: [] };
      group.rows.push({
        item_id: result.item_id,
        judge: result.score,
        judge_passed: result.passed,
        human: label.score,
        human_passed: label.passed,
      });
      groups.set(key, group);
    }
  }
  const data = [...groups.values()]
    .sort((a, b) => (a.evaluatorId + (a.model ?? '') < b.evaluatorId + (b.model ?? '') ? -1 : 1))
    .map(({ evaluatorId, model, rows }) => {
      const evaluator = evaluators.find((e) => e.id === evaluatorId)!;
      return {
        evaluator_id: evaluatorId,
        evaluator_name: evaluator.name,
        model,
        ...calibrate(rows, { threshold: evaluator.threshold }),
      };
    });
  return { object: 'evaluation.calibration', run_id: run.id, data };
}
