import type { HumanLabel, RunCalibration } from '../../domain/labels.js';
import { calibrate, type LabelledResult } from '../../metrics/calibration.js';
import { scorePairs } from '../../metrics/scorePairs.js';
import type { ProjectStore } from '../../store/index.js';

/**
 * A run's judges against the human labels of its items: per evaluator of the run's snapshot (and
 * per model, and per judge of a panel), the labelled items with a scored result. Read on demand:
 * one pass over each labelled evaluator's results, joined with its labels in memory (label sets
 * are small).
 */
export async function runCalibration(store: ProjectStore, runId: string): Promise<RunCalibration> {
  const run = await store.runs.require(runId);
  const evaluators = run.config.evaluators;
  const labels = new Map<string, Map<string, HumanLabel>>();
  for (const evaluator of evaluators) {
    const own = await store.labels.forEvaluator(evaluator.id);
    if (own.size > 0) labels.set(evaluator.id, own);
  }
  const groups = new Map<
    string,
    { evaluatorId: string; model: string | null; judgeModel: string | null; rows: LabelledResult[] }
  >();
  const add = (
    evaluatorId: string,
    model: string | null,
    judgeModel: string | null,
    row: LabelledResult,
  ): void => {
    const key = [evaluatorId, model ?? '', judgeModel ?? ''].join('\u0000');
    const group = groups.get(key) ?? { evaluatorId, model, judgeModel, rows: [] };
    group.rows.push(row);
    groups.set(key, group);
  };
  for (const [evaluatorId, own] of labels) {
    // Whole results: a panel's carry each judge's verdict, held against the labels on its own too.
    for await (const result of store.runResults.cursor(run.id, { evaluator_id: evaluatorId })) {
      const label = own.get(result.item_id);
      if (!label) continue;
      const human = { human: label.score, human_passed: label.passed };
      if (result.status === 'scored' && result.score !== null) {
        add(evaluatorId, result.model, null, {
          item_id: result.item_id,
          judge: result.score,
          judge_passed: result.passed,
          ...human,
        });
      }
      for (const judge of result.panel ?? []) {
        if (judge.score === null) continue;
        add(evaluatorId, result.model, judge.model, {
          item_id: result.item_id,
          judge: judge.score,
          judge_passed: judge.passed,
          ...human,
        });
      }
    }
  }
  const order = (g: { evaluatorId: string; model: string | null; judgeModel: string | null }) =>
    [g.evaluatorId, g.model ?? '', g.judgeModel ?? ''].join('\u0000');
  const data = [...groups.values()]
    .sort((a, b) => (order(a) < order(b) ? -1 : 1))
    .map(({ evaluatorId, model, judgeModel, rows }) => {
      const evaluator = evaluators.find((e) => e.id === evaluatorId)!;
      return {
        evaluator_id: evaluatorId,
        evaluator_name: evaluator.name,
        model,
        judge_model: judgeModel,
        ...calibrate(rows, { threshold: evaluator.threshold }),
        score_pairs: scorePairs(rows),
      };
    });
  return { object: 'evaluation.calibration', run_id: run.id, data };
}
