import OpenAI from 'openai';
import OpenAIOldest from 'openai-oldest';
import { waitFor } from '../../support/waitFor.js';

/** What the Node SDK tests share (nodeSdk.test.ts, nodeSdkRuns.test.ts). */
/** The current openai-node and the oldest release the README promises (package.json's `openai-oldest`). */
export const sdks = [
  { version: 'current (openai 7.x)', SDK: OpenAI, bot: 'support-bot' },
  // Typed as the current SDK: the tests use only what both versions have.
  {
    version: 'oldest promised (openai 6.0.0)',
    SDK: OpenAIOldest as unknown as typeof OpenAI,
    bot: 'old-bot',
  },
];

export const capitals = [
  { item: { question: 'Capital of France?', answer: 'Paris' }, sample: { output_text: 'Paris' } },
  { item: { question: 'Capital of Italy?', answer: 'Rome' }, sample: { output_text: 'It is rome.' } },
  { item: { question: 'Capital of Spain?', answer: 'Madrid' }, sample: { output_text: 'Lisbon' } },
];

export const criteria = [
  {
    type: 'string_check' as const,
    name: 'exact',
    operation: 'eq' as const,
    input: '{{sample.output_text}}',
    reference: '{{item.answer}}',
  },
  {
    type: 'string_check' as const,
    name: 'mentions',
    operation: 'ilike' as const,
    input: '{{sample.output_text}}',
    reference: '{{item.answer}}',
  },
  {
    type: 'text_similarity' as const,
    name: 'fuzzy',
    evaluation_metric: 'fuzzy_match' as const,
    input: '{{sample.output_text}}',
    reference: '{{item.answer}}',
    pass_threshold: 0.5,
  },
];

/** Waits for an eval run to finish (completed, failed or canceled) and answers it. */
export function finished(client: OpenAI, evalId: string, runId: string) {
  return waitFor(
    () => client.evals.runs.retrieve(runId, { eval_id: evalId }),
    (run) => ['completed', 'failed', 'canceled'].includes(run.status),
    { what: `eval run ${runId}` },
  );
}
