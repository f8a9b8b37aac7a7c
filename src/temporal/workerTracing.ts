import type { ClientInterceptors } from '@temporalio/client';
import {
  makeWorkflowExporter,
  type OpenTelemetrySinks,
  OpenTelemetryActivityInboundInterceptor,
  OpenTelemetryActivityOutboundInterceptor,
  OpenTelemetryWorkflowClientInterceptor,
} from '@temporalio/interceptors-opentelemetry';
import type { InjectedSinks, WorkerInterceptors } from '@temporalio/worker';
import type { Tracing } from '../platform/tracing.js';

/**
 * What a traced worker adds, as Temporal's own OpenTelemetry package wires it: an activity span per
 * execution (a child of the workflow's, from the activity's headers, so a batch's model calls join
 * the run's trace), `trace_id` on activity log lines, the exporter sink the workflow isolate's
 * spans leave through (the workflow interceptors themselves are in the bundle), and the client
 * interceptor for the workflows activities start (webhook deliveries).
 */
export function workerTracing(tracing: Tracing | undefined):
  | {
      workerInterceptors: WorkerInterceptors;
      sinks: InjectedSinks<OpenTelemetrySinks>;
      clientInterceptors: ClientInterceptors;
    }
  | undefined {
  if (!tracing) return undefined;
  return {
    workerInterceptors: {
      activity: [
        (ctx) => ({
          inbound: new OpenTelemetryActivityInboundInterceptor(ctx),
          outbound: new OpenTelemetryActivityOutboundInterceptor(ctx),
        }),
      ],
    },
    sinks: { exporter: makeWorkflowExporter(tracing.spanProcessor, tracing.resource) },
    clientInterceptors: { workflow: [new OpenTelemetryWorkflowClientInterceptor()] },
  };
}
