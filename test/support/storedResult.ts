import type { RunResult } from '../../src/domain/runs.js';
import { resultKey, type RunResultDoc } from '../../src/store/runResults.js';

/** A stored result as the engine writes one, for store tests that write results directly. */
export function storedResult(
  runId: string,
  itemId: string,
  evaluator: string,
  model: string | null,
  scored: { status: RunResult['status']; score: number | null; passed: boolean | null; batch?: number },
): RunResultDoc {
  return {
    _id: resultKey(runId, itemId, evaluator, model),
    project_id: 'p',
    run_id: runId,
    batch: scored.batch ?? 0,
    item_id: itemId,
    evaluator_id: evaluator,
    evaluator_version: 1,
    model,
    status: scored.status,
    score: scored.score,
    passed: scored.passed,
    reason: null,
    error: scored.status === 'error' ? 'boom' : null,
    raw_reply: null,
    latency_ms: 1,
    tokens: { input: 1, output: 1 },
    spend_usd: 0,
    input: 'q',
    output: 'a',
    ground_truth: null,
    generation: null,
    created_at: 0,
  } as RunResultDoc;
}
