import OpenAI from 'openai';
import { waitFor } from './waitFor.js';

/** The official Node SDK's client for the Evals API tests, and what they do with it. */
export function evalsClient(stack: { api: { url: string }; adminKey: string }): OpenAI {
  return new OpenAI({ baseURL: `${stack.api.url}/v1`, apiKey: stack.adminKey, maxRetries: 0 });
}

export type APIError = InstanceType<typeof OpenAI.APIError>;

/** The error a call failed with, or null when it succeeded. */
export const refusal = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (e: unknown) => e as APIError,
  );

/** The eval run once it has ended. */
export function finishedRun(client: OpenAI, evalId: string, runId: string) {
  return waitFor(
    () => client.evals.runs.retrieve(runId, { eval_id: evalId }),
    (run) => ['completed', 'failed', 'canceled'].includes(run.status),
    { what: `eval run ${runId}` },
  );
}

/** A criterion that passes when the sample echoes the item's question (the fake model echoes prompts). */
export const echoes = {
  type: 'string_check' as const,
  name: 'echoes',
  operation: 'like' as const,
  input: '{{sample.output_text}}',
  reference: '{{item.question}}',
};
