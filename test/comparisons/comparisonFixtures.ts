import type { useRunKit } from '../support/runKit.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Json = any;

/**
 * What the comparison tests share: the fake provider's comparing judge is configured with these
 * model strengths (Bradley–Terry log-odds) and this bias towards the output shown first.
 */
export const ITEMS = 240;
export const strengths = { 'model-a': 0.6, 'model-b': 0, 'model-c': -0.6 };
export const positionBias = 0.8;
export const models = ['fake/model-a', 'fake/model-b', 'fake/model-c'];
export const logs = Array.from({ length: ITEMS }, (_, i) => ({
  input: `question ${i}`,
  output: `logged ${i}`,
}));
export const pairwisePrompt = 'Which answer to {{input}} is better?\nA: {{output_a}}\nB: {{output_b}}';
export const listwisePrompt = 'Rank the answers to {{input}}:\n{{outputs}}';

/** A run's results as its JSONL export gives them. */
export async function exportResults(kit: ReturnType<typeof useRunKit>, runId: string): Promise<Json[]> {
  const response = await kit.stack.request(
    'GET',
    `/v1/evaluations/runs/${runId}/results/export?format=jsonl`,
  );
  const text = await response.text();
  return text
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as Json)
    .filter((row) => row.object === 'evaluation.result');
}
