import { Writable } from 'node:stream';
import type { WorkflowBundle } from '@temporalio/worker';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../src/platform/log.js';
import { flushTracing, tracer } from '../../src/platform/tracing.js';
import { bundleWorkflows } from '../../src/temporal/worker.js';
import { OtlpReceiver, type ReceivedSpan } from '../support/otlpReceiver.js';
import { post, runKitOptions, seedContainer, seedJudge, waitForRun } from '../support/runKit.js';
import { useTestStack, type TestStackHandle } from '../support/testStack.js';
import { startWorkerProcess, type WorkerProcess } from '../support/workerProcess.js';
import { waitFor } from '../support/waitFor.js';

/**
 * With `OTEL_EXPORTER_OTLP_ENDPOINT` set, one run is one trace: the API's create-run request,
 * the workflow it starts (through Temporal's headers), each batch activity and each model call,
 * exported over OTLP/HTTP JSON to a stand-in collector. The first block's worker runs in this
 * process (the API and the worker share its tracer provider, as in `npm run dev`); the second's
 * runs in a process of its own, as in production.
 */

// One receiver for the file: the process's tracer provider is set up once, by the first stack.
const receiver = new OtlpReceiver();
beforeAll(() => receiver.start());
afterAll(() => receiver.close());

const tracedEnv = (options: ReturnType<typeof runKitOptions>) => () => ({
  ...(options.env as Record<string, string>),
  OTEL_EXPORTER_OTLP_ENDPOINT: receiver.url,
});

/** Waits for spans (flushing this process's buffer each look) until `until` holds. */
async function spansUntil<T>(read: () => T, until: (value: T) => boolean, what: string): Promise<T> {
  return waitFor(
    async () => {
      await flushTracing();
      return read();
    },
    until,
    { timeoutMs: 30_000, what },
  );
}

/** Starts a small generate+judge run (4 items, batches of 2) and waits for it to complete. */
async function tracedRun(stack: TestStackHandle, label: string): Promise<void> {
  const logs = Array.from({ length: 4 }, (_, i) => ({
    input: `traced-question-${i}`,
    output: `traced-answer-${i}`,
  }));
  await seedContainer(stack, label, logs);
  await seedJudge(stack, label, `${label}-judge`);
  const run = await post(stack, '/v1/evaluations/runs', {
    container: label,
    evaluators: [`${label}-judge`],
    sample: { type: 'generate', models: ['fake/model-a'] },
  });
  expect((await waitForRun(stack, run.id)).status).toBe('completed');
  expect(stack.fake.requests.filter((r) => r.answered)).toHaveLength(8); // 4 generations, 4 judgements
}

describe('OpenTelemetry traces', () => {
  let bundle: WorkflowBundle;
  beforeAll(async () => {
    // The run's shared bundle has no tracing interceptors (untraced workers never pay for them).
    bundle = await bundleWorkflows({ tracing: true });
  }, 120_000);

  const options = runKitOptions();
  const stack = useTestStack({
    ...options,
    workflowBundle: () => bundle,
    env: tracedEnv(options),
  });

  it('puts the create-run request, the workflow, every batch and every model call in one trace', async () => {
    await tracedRun(stack, 'traced');
    const modelCalls = 8;
    const request = await spansUntil(
      () => receiver.spans.find((s) => s.name === 'POST /v1/evaluations/runs'),
      (span) => span !== undefined,
      'the create-run request span',
    );
    const inTrace = (): ReceivedSpan[] => receiver.spans.filter((s) => s.traceId === request!.traceId);
    const named = (prefix: string) => inTrace().filter((s) => s.name.startsWith(prefix));
    // The workflow's own span ends (and leaves the worker) when the workflow returns, a moment
    // after the run reads completed.
    await spansUntil(
      () => ({ calls: named('chat ').length, workflow: named('RunWorkflow:').length }),
      ({ calls, workflow }) => calls >= modelCalls && workflow >= 1,
      'the model call and workflow spans in the run trace',
    );
    expect(request!.attributes['http.route']).toBe('/v1/evaluations/runs');
    expect(request!.attributes['http.response.status_code']).toBe(201);
    expect(named('StartWorkflow:EvaluationRunWorkflow')).toHaveLength(1);
    expect(named('RunWorkflow:EvaluationRunWorkflow').length).toBeGreaterThanOrEqual(1);
    // Batches of 2 items: 4 generate+judge items make at least 2 batch activities.
    expect(named('RunActivity:evaluateBatch').length).toBeGreaterThanOrEqual(2);
    expect(named('RunActivity:finalizeRun')).toHaveLength(1);

    const calls = named('chat ');
    expect(calls).toHaveLength(modelCalls);
    const batchSpanIds = new Set(named('RunActivity:evaluateBatch').map((s) => s.spanId));
    for (const call of calls) {
      expect(call.attributes).toMatchObject({
        'gen_ai.provider.name': 'fake',
        'assay.model.outcome': 'ok',
      });
      expect(['model-a', 'judge-model']).toContain(call.attributes['gen_ai.request.model']);
      // A batch's model calls are its activity's children.
      expect(batchSpanIds.has(call.parentSpanId!)).toBe(true);
    }
    // Never the prompt, never a key: the items' text appears in no attribute.
    const everything = JSON.stringify(inTrace().map((s) => s.attributes));
    for (const text of ['traced-question', 'traced-answer', 'echo(', 'Bearer'])
      expect(everything).not.toContain(text);
    expect(receiver.refused).toEqual([]);
  });

  it('writes the trace id on log lines written inside a span', () => {
    const lines: string[] = [];
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        lines.push(chunk.toString('utf8'));
        done();
      },
    });
    const logger = createLogger('info', 'traced', sink);
    logger.info('outside');
    const traceId = tracer().startActiveSpan('logging', (span) => {
      logger.info('inside');
      span.end();
      return span.spanContext().traceId;
    });
    const [outside, inside] = lines.map((l) => JSON.parse(l));
    expect(outside.trace_id).toBeUndefined();
    expect(inside.trace_id).toBe(traceId);
  });
});

/**
 * The worker in a process of its own, as production runs it: the trace context reaches it only
 * through Temporal's headers, its spans leave through its own exporter, and its log lines inside
 * an activity carry the run's trace id.
 */
describe('OpenTelemetry traces across the API and a worker process', () => {
  const options = { ...runKitOptions(), worker: false };
  const stack = useTestStack({ ...options, env: tracedEnv(options) });
  let worker: WorkerProcess | undefined;
  beforeAll(async () => {
    worker = await startWorkerProcess(stack.env, { LOG_LEVEL: 'debug' });
  }, 120_000);
  afterAll(() => worker?.stop());

  it("joins the worker process's workflow, batch and model call spans to the API request's trace", async () => {
    await tracedRun(stack, 'apart');
    const request = await spansUntil(
      () => receiver.spans.filter((s) => s.name === 'POST /v1/evaluations/runs').at(-1),
      (span) => span !== undefined && span.service === 'assay-api',
      'the create-run request span',
    );
    const fromWorker = () =>
      receiver.spans.filter((s) => s.traceId === request!.traceId && s.service === 'assay-worker');
    // The worker flushes on its own schedule (the SDK's batch delay, 5 s by default).
    const spans = await spansUntil(
      fromWorker,
      (found) =>
        found.filter((s) => s.name.startsWith('chat ')).length >= 8 &&
        found.some((s) => s.name === 'RunWorkflow:EvaluationRunWorkflow'),
      "the worker process's spans in the run trace",
    );
    expect(spans.filter((s) => s.name === 'RunActivity:evaluateBatch').length).toBeGreaterThanOrEqual(2);
    // The batch's own log line, written inside its activity span.
    expect(worker!.output()).toContain(`"trace_id":"${request!.traceId}"`);
  }, 120_000);
});
