import { SpanKind, SpanStatusCode } from '@opentelemetry/api';
import { tracer, tracingOn } from '../platform/tracing.js';
import { ModelCallError } from './modelErrors.js';
import type { ResolvedModel } from './providers.js';

/**
 * A client span around one model call (waiting for a provider slot included): provider, model and
 * outcome (ok, or the error kind) only. Never the prompt, the reply or the provider's error text
 * (which can quote the prompt), never a key. The span is the caller's child: a batch's activity.
 */
export function inModelSpan<T>(
  operation: 'chat' | 'embeddings',
  resolved: ResolvedModel,
  call: () => Promise<T>,
): Promise<T> {
  if (!tracingOn()) return call();
  const attributes = {
    'gen_ai.operation.name': operation,
    'gen_ai.provider.name': resolved.provider.name,
    'gen_ai.request.model': resolved.model,
  };
  return tracer().startActiveSpan(
    `${operation} ${resolved.model}`,
    { kind: SpanKind.CLIENT, attributes },
    async (span) => {
      try {
        const result = await call();
        span.setAttribute('assay.model.outcome', 'ok');
        return result;
      } catch (error) {
        const outcome = error instanceof ModelCallError ? error.kind : 'cancelled';
        span.setAttribute('assay.model.outcome', outcome);
        span.setStatus({ code: SpanStatusCode.ERROR });
        throw error;
      } finally {
        span.end();
      }
    },
  );
}
