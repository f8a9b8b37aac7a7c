import { trace } from '@opentelemetry/api';
import { describe, expect, it } from 'vitest';
import { inModelSpan } from '../../src/models/modelSpan.js';
import type { ResolvedModel } from '../../src/models/providers.js';
import { startTracing, traceFields, tracingOn } from '../../src/platform/tracing.js';

/** Without OTEL_EXPORTER_OTLP_ENDPOINT nothing is set up: no provider, no spans, no trace ids. */
describe('tracing, when no endpoint is set', () => {
  it('registers nothing, and model calls run without a span', async () => {
    expect(startTracing({ OTEL_EXPORTER_OTLP_ENDPOINT: undefined }, 'assay-test')).toBeUndefined();
    expect(tracingOn()).toBe(false);
    const resolved = { provider: { name: 'fake' }, model: 'model-a' } as ResolvedModel;
    const active = await inModelSpan('chat', resolved, async () => trace.getActiveSpan());
    expect(active).toBeUndefined();
    expect(traceFields()).toEqual({});
  });
});
