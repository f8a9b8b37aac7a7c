import type { FakeLlmServer } from '../test/support/fake-llm/server.js';
import type { InProcessStack } from '../test/support/inProcessStack.js';
import type { Measurement } from './report.js';
import { runToCompletion, seedRunData } from './runs.js';

export interface JudgeRobustnessOptions {
  /** Judged pairs (one judge call each, plus re-asks). */
  items: number;
  /** Fraction of judge replies the fake reshapes: prose, fenced JSON, or JSON cut short. */
  malformedRate: number;
  runTimeoutMs: number;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

/**
 * How many items a judge run leaves unscored when a fifth of the judge's replies are
 * malformed in the ways models get them wrong. Target: < 0.1%, each unscored item
 * carrying its raw reply. The fake's faults are seeded, so the figure is reproducible.
 */
export async function benchJudgeRobustness(
  stack: InProcessStack,
  fake: FakeLlmServer,
  options: JudgeRobustnessOptions,
): Promise<Measurement[]> {
  const { judgeId } = await seedRunData(stack, options.items);
  fake.reset();
  fake.setFaults({ rate: options.malformedRate, kinds: ['prose', 'fenced', 'truncated_json'], seed: 14 });
  let run: Json;
  try {
    ({ run } = await runToCompletion(stack, judgeId, options.runTimeoutMs, { allowItemErrors: true }));
  } finally {
    fake.clearFaults();
  }
  const metrics = run.metrics.by_evaluator[0];
  const unscored = metrics.count - metrics.scored;
  const withoutRaw = await unscoredWithoutRawReply(stack, run.id);
  const malformed = fake.requests.filter((r) => r.faulted !== undefined).length;
  const percent = metrics.count > 0 ? (100 * unscored) / metrics.count : 0;
  return [
    {
      bench: 'judge',
      metric: `items unscored, ${options.items} items, ${options.malformedRate * 100}% malformed judge replies`,
      value: Math.round(percent * 1000) / 1000,
      unit: '%',
      runs: [],
      note:
        `${unscored} unscored (${withoutRaw} without their raw reply); ` +
        `${metrics.parse_failures.replies} unreadable replies asked again, ` +
        `${metrics.parse_failures.escalations} of those asks in JSON mode; ` +
        `${fake.requests.length} judge calls; target < 0.1%`,
    },
    {
      bench: 'judge',
      metric: `extra judge calls per item, ${options.malformedRate * 100}% malformed judge replies`,
      value:
        metrics.count > 0
          ? Math.round((1000 * (fake.requests.length - metrics.count)) / metrics.count) / 1000
          : 0,
      unit: 'calls',
      runs: [],
      note: `${fake.requests.length} judge calls for ${metrics.count} items: the re-asks and escalations`,
    },
    {
      bench: 'judge',
      metric: 'malformed judge replies read as they came (no re-ask)',
      value:
        malformed > 0
          ? Math.round((1000 * (malformed - metrics.parse_failures.replies)) / malformed) / 10
          : 0,
      unit: '%',
      runs: [],
      note: `${malformed} malformed replies (prose, fenced, truncated), ${metrics.parse_failures.replies} re-asked or final`,
    },
  ];
}

/** Unscored results whose raw reply is missing: should be none. */
async function unscoredWithoutRawReply(stack: InProcessStack, runId: string): Promise<number> {
  let missing = 0;
  let after: string | undefined;
  for (;;) {
    const query = `status=error&limit=100${after ? `&after=${encodeURIComponent(after)}` : ''}`;
    const page = (await stack.call('GET', `/v1/evaluations/runs/${runId}/results?${query}`)).body;
    for (const result of page.data as Json[]) if (!result.raw_reply) missing++;
    if (!page.has_more) return missing;
    after = page.last_id;
  }
}
