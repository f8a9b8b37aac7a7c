import type { MonitorBackfill } from '../../domain/monitors.js';
import { runCreateSchema, type ContainerSource, type RunCreate } from '../../domain/runs.js';
import type { MonitorDoc } from '../../store/monitors.js';

/**
 * A backfill as an ordinary run request: both sides the container's logs of `[from, to)` (by call
 * time, as the metrics' hours) through the monitor's filters and its sampling, seeded with the
 * monitor's id, so the run scores exactly the logs the monitor picks in that range. The run's
 * metadata names the monitor, so its runs can be listed and read like any other.
 */
export function backfillRunRequest(monitor: MonitorDoc, backfill: MonitorBackfill): RunCreate {
  const { model, metadata, input_length, output_length } = monitor.filters;
  const filter = { model, metadata, input_length, output_length };
  const source: ContainerSource = {
    type: 'container',
    container: monitor.container_id,
    since: backfill.from,
    until: backfill.to,
    ...(Object.values(filter).some((v) => v !== undefined) ? { filter } : {}),
    ...(monitor.sampling_rate < 1 ? { sampling: { rate: monitor.sampling_rate, seed: monitor.id } } : {}),
  };
  return {
    container: monitor.container_id,
    evaluators: monitor.evaluators.map((e) => e.id),
    sample: source,
    ground_truth: source,
    // The runs' default environment when none is named (an unknown one is createRun's 422).
    environment: backfill.environment ?? runCreateSchema.shape.environment.parse(undefined),
    ...(backfill.budget_usd !== undefined ? { budget_usd: backfill.budget_usd } : {}),
    metadata: {
      monitor_id: monitor.id,
      monitor_version: String(monitor.version),
      backfill_from: String(backfill.from),
      backfill_to: String(backfill.to),
    },
  };
}
