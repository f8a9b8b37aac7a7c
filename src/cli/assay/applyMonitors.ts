import type { AssayClient, Container, Evaluator, Monitor } from '../../client/index.js';
import type { MonitorCreate } from '../../domain/monitors.js';
import { stableJson } from '../../domain/stableJson.js';
import { unwrap } from './api.js';
import type { PlannedChange } from './plannedChange.js';

const byId = (id: string) => ({ params: { path: { id } } });

/** The fields a change of a monitor can carry (its container and name are what identify it). */
const comparedFields = ['sampling_rate', 'filters', 'daily_budget_usd', 'alert_rules'] as const;

/**
 * The plan for the file's monitors, each identified by container and name: created when
 * missing, changed (a new version) when a field differs or one of its evaluators is not the
 * version the monitor scores with (it changed, or changes in this same apply), else unchanged.
 */
export function planMonitors(
  declared: MonitorCreate[],
  current: Monitor[],
  containerByRef: ReadonlyMap<string, Container>,
  evaluators: Evaluator[],
  /** Evaluators (by id) the plan updates before the monitors: their monitors take the new version. */
  updatedEvaluatorIds: ReadonlySet<string>,
): PlannedChange[] {
  const key = (containerId: string, name: string) => `${containerId}/${name}`;
  const byKey = new Map(current.map((m) => [key(m.container_id, m.name), m]));
  const versionOf = new Map(evaluators.map((e) => [e.id, e.version]));
  return declared.map((monitor): PlannedChange => {
    const containerId = containerByRef.get(monitor.container)?.id;
    const existing = containerId ? byKey.get(key(containerId, monitor.name)) : undefined;
    if (!existing) {
      return {
        kind: 'create',
        resource: 'monitor',
        name: monitor.name,
        detail: `${monitor.evaluators.join(', ')} at ${monitor.sampling_rate * 100}%`,
        execute: async (c) => (await unwrap(c.POST('/v1/monitors', { body: monitor }))).id,
      };
    }
    const fields: string[] = comparedFields.filter(
      (f) => stableJson(monitor[f]) !== stableJson(existing[f] ?? null),
    );
    const sameEvaluators =
      monitor.evaluators.length === existing.evaluators.length &&
      monitor.evaluators.every((ref, i) =>
        [existing.evaluators[i]!.name, existing.evaluators[i]!.id].includes(ref),
      );
    const staleEvaluators = existing.evaluators.some(
      (e) => updatedEvaluatorIds.has(e.id) || (versionOf.get(e.id) ?? e.version) !== e.version,
    );
    if (!sameEvaluators || staleEvaluators) fields.push('evaluators');
    if (fields.length === 0) {
      return {
        kind: 'unchanged',
        resource: 'monitor',
        name: monitor.name,
        detail: `version ${existing.version}`,
      };
    }
    const body = Object.fromEntries(fields.map((f) => [f, monitor[f as keyof MonitorCreate]]));
    return {
      kind: 'update',
      resource: 'monitor',
      name: monitor.name,
      detail: `${fields.join(', ')} → version ${existing.version + 1}`,
      execute: async (c: AssayClient) =>
        (await unwrap(c.PATCH('/v1/monitors/{id}', { ...byId(existing.id), body }))).id,
    };
  });
}
