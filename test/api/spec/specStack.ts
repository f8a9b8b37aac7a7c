import { createServer } from 'node:net';
import { afterAll, beforeAll } from 'vitest';
import { startApiServer, type ApiServer } from '../../../src/api/server.js';
import { createLogger } from '../../../src/platform/log.js';
import { judgePrompt, post, startRunKit, waitForRun, type RunKit } from '../../support/runKit.js';

/**
 * The stack every SPEC file (test/api/spec/*.test.ts) checks the product contract against,
 * section by section: one `describe` per section of the contract, at least one `it` per rule
 * stated there, each through the public HTTP API of a real stack (API, worker, Temporal, the
 * store; the fake OpenAI-compatible server for models). Most rules are tested in depth
 * elsewhere; these are the direct checks a reviewer can read against the contract. Each file
 * calls `useSpecStack()` once and gets its own stack, seeded the same way.
 */

export const logs = [0, 1, 2, 9].map((i) => ({ id: `bot-${i}`, input: `q${i}`, output: `a${i}` }));
export const refs = [0, 1, 2].map((i) => ({ id: `ref-${i}`, input: `q${i}`, output: `r${i}` }));

export let kit: RunKit;
/** A second API process on the same store, whose Temporal is unreachable and whose key limit is 3/minute. */
export let degraded: ApiServer;
export const call: RunKit['stack']['call'] = (...args) => kit.stack.call(...args);
export const request: RunKit['stack']['request'] = (...args) => kit.stack.request(...args);

async function deadPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

export const startRun = (body: Record<string, unknown>) => post(kit.stack, '/v1/evaluations/runs', body);
/** Cancels a run this file left queued (in `idle`, which no worker serves). */
export const cancel = (id: string) => post(kit.stack, `/v1/evaluations/runs/${id}/cancel`, {}, 202);
export const runToCompletion = async (body: Record<string, unknown>) =>
  waitForRun(kit.stack, (await startRun(body)).id, undefined, 60_000);

/** A judge evaluator of container `bot` named `name`, its prompt using every template variable. */
export const judge = (name: string, extra: Record<string, unknown> = {}) => ({
  container: 'bot',
  name,
  type: 'judge',
  judge_model: 'fake/judge-model',
  judge_prompt: 'Q: {{input}} A: {{output}} R: {{ground_truth}} L: {{metadata.lang}}',
  ...extra,
});

/** Starts this file's stack before its tests (and the degraded second API), seeded; stops it after. */
export function useSpecStack(): void {
  beforeAll(async () => {
    kit = await startRunKit({
      ASSAY_ENVIRONMENTS: 'main,idle',
      ASSAY_MAX_LOG_BATCH: '50',
      ASSAY_MAX_BODY_BYTES: '65536',
      // Many runs are polled at once here; the limits themselves are checked on `degraded`.
      ASSAY_RATE_LIMIT_PER_MINUTE: '1000000',
      ASSAY_PROJECT_RATE_LIMIT_PER_MINUTE: '1000000',
    });
    degraded = await startApiServer(
      {
        ...kit.stack.env,
        TEMPORAL_ADDRESS: `127.0.0.1:${await deadPort()}`,
        ASSAY_RATE_LIMIT_PER_MINUTE: 3,
        PORT: 0,
      },
      createLogger('silent'),
    );
    await post(kit.stack, '/v1/containers', { label: 'bot', name: 'Support bot' });
    await post(kit.stack, '/v1/containers/bot/logs', logs, 200);
    await post(kit.stack, '/v1/datasets', { name: 'refs', container: 'bot', items: refs });
    await post(kit.stack, '/v1/evaluators', {
      container: 'bot',
      name: 'quality',
      type: 'judge',
      judge_model: 'fake/judge-model',
      judge_prompt: judgePrompt,
      threshold: 0.5,
    });
    // A second judge of the same prompt that almost nothing passes.
    await post(kit.stack, '/v1/evaluators', {
      container: 'bot',
      name: 'strict',
      type: 'judge',
      judge_model: 'fake/judge-model',
      judge_prompt: judgePrompt,
      threshold: 0.99,
    });
  }, 120_000);
  afterAll(async () => {
    await degraded?.close();
    await kit?.close();
  });
}
