import type { Evaluator } from '../../domain/evaluators.js';
import { ValidationError, type ErrorDetail } from '../../domain/errors.js';
import { monitorMetrics, type AlertRule, type MonitorCreate } from '../../domain/monitors.js';
import { parseRuleMetric } from '../../core/monitorBuckets.js';
import type { ProjectStore } from '../../store/index.js';
import { presentEvaluator } from '../../store/evaluators.js';
import type { MonitorDefinition } from '../../store/monitors.js';

type DefinitionInput = Omit<MonitorCreate, 'container'>;

/**
 * A create or change with its evaluators resolved (by name or id, as runs name them) and
 * snapshotted, and every alert rule checked against them: nothing is stored when any is wrong.
 */
export async function resolveMonitorDefinition(
  store: ProjectStore,
  containerId: string,
  body: DefinitionInput,
): Promise<MonitorDefinition> {
  const evaluators: Evaluator[] = [];
  for (const ref of body.evaluators) {
    const evaluator = presentEvaluator(await store.evaluators.require(ref, containerId));
    if (evaluator.mode !== 'pointwise') {
      throw new ValidationError(`Evaluator '${evaluator.name}' cannot score logs`, [
        {
          field: `evaluators.${body.evaluators.indexOf(ref)}`,
          message: `evaluator '${evaluator.name}' uses mode '${evaluator.mode}'; monitors score single logs (pointwise)`,
        },
      ]);
    }
    if (!evaluators.some((e) => e.id === evaluator.id)) evaluators.push(evaluator);
  }
  const problems = body.alert_rules.flatMap((rule, i) => ruleProblems(rule, i, evaluators));
  if (problems.length > 0) throw new ValidationError(`Invalid alert rule: ${problems[0]!.message}`, problems);
  return {
    name: body.name,
    evaluators,
    sampling_rate: body.sampling_rate,
    filters: body.filters,
    daily_budget_usd: body.daily_budget_usd,
    alert_rules: body.alert_rules,
  };
}

function ruleProblems(rule: AlertRule, index: number, evaluators: Evaluator[]): ErrorDetail[] {
  const field = `alert_rules.${index}.metric`;
  const { evaluator, metric } = parseRuleMetric(rule.metric);
  if (!evaluators.some((e) => e.name === evaluator)) {
    const names = evaluators.map((e) => e.name).join(', ');
    return [{ field, message: `'${evaluator}' is not an evaluator of this monitor (it has: ${names})` }];
  }
  if (!(monitorMetrics as readonly string[]).includes(metric)) {
    return [{ field, message: `unknown metric '${metric}'; use one of ${monitorMetrics.join(', ')}` }];
  }
  return [];
}
