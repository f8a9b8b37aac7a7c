import { Writable } from 'node:stream';
import type { WorkflowBundle } from '@temporalio/worker';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../src/platform/log.js';
import { flushTracing, tracer } from '../../src/platform/tracing.js';
import { bundleWorkflows } from '../../src/temporal/worker.js';
import { OtlpReceiver, type ReceivedSpan } from '../support/otlpReceiver.js';
import { post, runKitOptions, seedContainer, seedJudge, waitForRun } from '../support/runKit.js';
import { useTestStack } from '../support/testStack.js';
import { waitFor } from '../support/waitFor.js';

/**
 * With `OTEL_EXPORTER_OTLP_ENDPOINT` set, one run is one trace: the API's create-run request,
 * the workflow it starts (through Temporal's headers), each batch activity and each model call,
 * exported over OTLP/HTTP JSON to a stand-in collector. The test's worker runs in this process,
 * so the API and the worker share the process's tracer provider, as in `npm run dev`; separate
 * processes are joined by the same Temporal headers.
 */
describe('OpenTelemetry traces', () => {
  const receiver = new OtlpReceiver();
  let bundle: WorkflowBundle;
  beforeAll(async () => {
    await receiver.start();
    // The run's shared bundle has no tracing interceptors (untraced workers never pay for them).
    bundle = await bundleWorkflows({ tracing: true });
  }, 120_000);
  afterAll(() => receiver.close());

  const options = runKitOptions();
  const stack = useTestStack({
    ...options,
    workflowBundle: () => bundle,
    env: () => ({
      ...(options.env as Record<string, string>),
      OTEL_EXPORTER_OTLP_ENDPOINT: receiver.url,
    }),
  });

  it('puts the create-run request, the workflow, every batch and every model call in one trace', async () => {
    const logs = Array.from({ length: 4 }, (_, i) => ({
      input: `traced-question-${i}`,
      output: `traced-answer-${i}`,
    }));
    await seedContainer(stack, 'traced', logs);
    await seedJudge(stack, 'traced', 'traced-judge');
    const run = await post(stack, '/v1/evaluations/runs', {
      container: 'traced',
      evaluators: ['traced-judge'],
      sample: { type: 'generate', models: ['fake/model-a'] },
    });
    expect((await waitForRun(stack, run.id)).status).toBe('completed');
    const modelCalls = stack.fake.requests.filter((r) => r.answered).length;
    expect(modelCalls).toBe(8); // 4 generations and 4 judgements

    const request = await waitFor(
      async () => {
        await flushTracing();
        return receiver.spans.find((s) => s.name === 'POST /v1/evaluations/runs');
      },
      (span) => span !== undefined,
      { timeoutMs: 30_000, what: 'the create-run request span' },
    );
    const inTrace = (): ReceivedSpan[] => receiver.spans.filter((s) => s.traceId === request!.traceId);
    const named = (prefix: string) => inTrace().filter((s) => s.name.startsWith(prefix));
    // The workflow's own span ends (and leaves the worker) when the workflow returns, a moment
    // after the run reads completed.
    await waitFor(
      async () => {
        await flushTracing();
        return { calls: named('chat ').length, workflow: named('RunWorkflow:').length };
      },
      ({ calls, workflow }) => calls >= modelCalls && workflow >= 1,
      { timeoutMs: 30_000, what: 'the model call and workflow spans in the run trace' },
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
