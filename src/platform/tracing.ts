import { trace } from '@opentelemetry/api';
import { AsyncLocalStorageContextManager } from '@opentelemetry/context-async-hooks';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { Resource } from '@opentelemetry/resources';
import { BasicTracerProvider, BatchSpanProcessor, type SpanProcessor } from '@opentelemetry/sdk-trace-base';
import type { Env } from './config.js';

/**
 * OpenTelemetry traces over OTLP/HTTP (JSON), on only when `OTEL_EXPORTER_OTLP_ENDPOINT` is set:
 * without it nothing is registered, and the OTel API's spans stay the no-op ones.
 *
 * One tracer provider per process (the API and the worker share it when they run in one process,
 * as in `npm run dev` and the tests): the first caller names the service.
 */
export interface Tracing {
  /** What the worker's workflow-span sink needs: the process's resource and span processor. */
  resource: Resource;
  spanProcessor: SpanProcessor;
}

let installed: (Tracing & { provider: BasicTracerProvider }) | undefined;

/** The span name of everything Assay itself traces (the Temporal interceptors name their own). */
export const tracer = () => trace.getTracer('assay');

export function startTracing(
  env: Pick<Env, 'OTEL_EXPORTER_OTLP_ENDPOINT'>,
  serviceName: string,
): Tracing | undefined {
  const endpoint = env.OTEL_EXPORTER_OTLP_ENDPOINT;
  if (!endpoint) return undefined;
  if (installed) return installed;
  // The standard variable is the collector's base URL; traces go to its `/v1/traces`.
  const url = new URL('v1/traces', endpoint.endsWith('/') ? endpoint : `${endpoint}/`).href;
  const resource = new Resource({ 'service.name': serviceName });
  const spanProcessor = new BatchSpanProcessor(new OTLPTraceExporter({ url }));
  const provider = new BasicTracerProvider({ resource, spanProcessors: [spanProcessor] });
  // AsyncLocalStorage carries the active span across awaits (request -> Temporal client -> headers);
  // register() also sets the W3C trace-context propagator the Temporal interceptors inject with.
  provider.register({ contextManager: new AsyncLocalStorageContextManager() });
  installed = { resource, spanProcessor, provider };
  return installed;
}

/** Sends the spans still buffered (on shutdown; tests call it instead of waiting the batch delay). */
export async function flushTracing(): Promise<void> {
  await installed?.provider.forceFlush();
}

/** `trace_id` for a log line written while a span is active (pino's `mixin`). */
export function traceFields(): { trace_id?: string } {
  const context = trace.getActiveSpan()?.spanContext();
  return context && trace.isSpanContextValid(context) ? { trace_id: context.traceId } : {};
}

/** Whether this process traces: code that would build spans skips even the no-op ones otherwise. */
export function tracingOn(): boolean {
  return installed !== undefined;
}
