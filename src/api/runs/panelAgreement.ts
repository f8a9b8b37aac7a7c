import type { RunPanelAgreement } from '../../domain/panels.js';
import type { RunResult } from '../../domain/runs.js';
import { scoreAgreement, verdictAgreement } from '../../metrics/agreement.js';
import type { ProjectStore } from '../../store/index.js';

type PanelEntry = NonNullable<RunResult['panel']>[number];

/** A pairwise panel judge's outcome for the first model, from the points it stores (see compareOutputs.ts). */
const PAIR_OUTCOMES: Record<number, string> = { 1: 'win', 0.5: 'tie', 0: 'loss' };

/**
 * For each judge panel of a run (and generating model, or pair of models): each judge's own mean
 * and pass rate, and the panel's agreement: over verdicts, pass/fail or a pairwise panel's win,
 * loss and tie. Read on demand, one pass over the panels' results.
 */
export async function panelAgreement(store: ProjectStore, runId: string): Promise<RunPanelAgreement> {
  const run = await store.runs.require(runId);
  const panels = run.config.evaluators.filter((e) => e.type === 'judge' && e.panel_models);
  const groups = new Map<string, { evaluatorId: string; model: string | null; items: PanelEntry[][] }>();
  for (const evaluator of panels) {
    for await (const result of store.runResults.cursor(run.id, { evaluator_id: evaluator.id })) {
      if (!result.panel) continue;
      const key = `${evaluator.id}\u0000${result.model ?? ''}`;
      const group = groups.get(key) ?? { evaluatorId: evaluator.id, model: result.model, items: [] };
      group.items.push(result.panel);
      groups.set(key, group);
    }
  }
  const data = [...groups.values()].map(({ evaluatorId, model, items }) => {
    const evaluator = panels.find((e) => e.id === evaluatorId)!;
    const models = [evaluator.judge_model!, ...evaluator.panel_models!];
    const entryOf = (item: PanelEntry[], judge: string) => item.find((entry) => entry.model === judge);
    const judges = models.map((judge) => {
      const entries = items
        .map((item) => entryOf(item, judge))
        .filter((e): e is PanelEntry => e !== undefined);
      const scores = entries.flatMap((e) => (e.score === null ? [] : [e.score]));
      const verdicts = entries.flatMap((e) => (e.passed === null ? [] : [e.passed]));
      return {
        model: judge,
        scored: scores.length,
        errors: entries.filter((e) => e.status === 'error').length,
        mean: scores.length > 0 ? scores.reduce((a, b) => a + b, 0) / scores.length : null,
        pass_rate: verdicts.length > 0 ? verdicts.filter(Boolean).length / verdicts.length : null,
      };
    });
    const scoreUnits = items.map((item) => models.map((judge) => entryOf(item, judge)?.score ?? null));
    const pairwise = evaluator.mode === 'pairwise';
    const verdictUnits = items.map((item) =>
      models.map((judge) => {
        const entry = entryOf(item, judge);
        if (pairwise)
          return entry?.score === undefined || entry.score === null ? null : PAIR_OUTCOMES[entry.score]!;
        const passed = entry?.passed;
        return passed === undefined || passed === null ? null : passed ? 'pass' : 'fail';
      }),
    );
    return {
      evaluator_id: evaluatorId,
      evaluator_name: evaluator.name,
      model,
      aggregate: evaluator.panel_aggregate ?? 'mean',
      judges,
      score_agreement: scoreAgreement(scoreUnits),
      verdict_agreement: pairwise || evaluator.threshold !== null ? verdictAgreement(verdictUnits) : null,
    };
  });
  return { object: 'evaluation.panel_agreement', run_id: run.id, data };
}
