import { Client, Connection, defaultGrpcRetryOptions, makeGrpcRetryInterceptor } from '@temporalio/client';
import { OpenTelemetryWorkflowClientInterceptor } from '@temporalio/interceptors-opentelemetry';
import type { Env } from '../platform/config.js';
import type { Tracing } from '../platform/tracing.js';

/**
 * A lazy connection: the API starts (and answers 503) while Temporal is down, and
 * reconnects by itself when it comes back.
 */
export function connectTemporal(
  env: Pick<Env, 'TEMPORAL_ADDRESS' | 'TEMPORAL_NAMESPACE'>,
  tracing?: Tracing,
) {
  const connection = Connection.lazy({
    address: env.TEMPORAL_ADDRESS,
    // An API request retries a few times (about 0.5 s), not the client's default ten
    // (about 20 s): a caller gets a prompt 503 with Retry-After and retries itself.
    interceptors: [makeGrpcRetryInterceptor(defaultGrpcRetryOptions({ maxAttempts: 4 }))],
  });
  // Traced: starting a run's workflow puts the request's trace context in its headers.
  const interceptors = tracing ? { workflow: [new OpenTelemetryWorkflowClientInterceptor()] } : undefined;
  const client = new Client({ connection, namespace: env.TEMPORAL_NAMESPACE, interceptors });
  return { connection, client };
}
