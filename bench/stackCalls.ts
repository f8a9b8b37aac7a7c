import type { InProcessStack } from '../test/support/inProcessStack.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

/** A POST the bench needs to succeed (201, or 200 for appends): its body, or an error saying why. */
export async function created(
  stack: InProcessStack,
  path: string,
  body: unknown,
  what = path,
): Promise<Json> {
  const answer = await stack.call('POST', path, { body });
  if (answer.status !== 201 && answer.status !== 200) {
    throw new Error(`${what}: HTTP ${answer.status} ${JSON.stringify(answer.body)}`);
  }
  return answer.body;
}

/** Polls a run until it ends; anything but `completed` is the bench's failure. */
export async function finishedRun(
  stack: InProcessStack,
  runId: string,
  timeoutMs: number,
  options: { allowItemErrors?: boolean } = {},
): Promise<Json> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const { body } = await stack.call('GET', `/v1/evaluations/runs/${runId}`);
    if (['completed', 'error', 'cancelled'].includes(body.status)) {
      if (body.status !== 'completed' || (body.progress.failed > 0 && !options.allowItemErrors)) {
        throw new Error(`run ${runId} ended ${body.status}: ${JSON.stringify(body.error ?? body.progress)}`);
      }
      return body;
    }
    if (Date.now() > deadline) {
      throw new Error(`run ${runId} not finished after ${timeoutMs} ms: ${JSON.stringify(body.progress)}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
