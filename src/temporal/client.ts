import { Client, Connection, defaultGrpcRetryOptions, makeGrpcRetryInterceptor } from '@temporalio/client';
import type { Env } from '../platform/config.js';

/**
 * A lazy connection: the API starts (and answers 503) while Temporal is down, and
 * reconnects by itself when it comes back.
 */
export function connectTemporal(env: Pick<Env, 'TEMPORAL_ADDRESS' | 'TEMPORAL_NAMESPACE'>) {
  const connection = Connection.lazy({
    address: env.TEMPORAL_ADDRESS,
    // An API request retries a few times (about 0.5 s), not the client's default ten
    // (about 20 s): a caller gets a prompt 503 with Retry-After and retries itself.
    interceptors: [makeGrpcRetryInterceptor(defaultGrpcRetryOptions({ maxAttempts: 4 }))],
  });
  const client = new Client({ connection, namespace: env.TEMPORAL_NAMESPACE });
  return { connection, client };
}
