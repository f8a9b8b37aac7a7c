import { Client, Connection } from '@temporalio/client';
import type { Env } from './config.js';

/**
 * A lazy connection: the API starts (and answers 503) while Temporal is down, and
 * reconnects by itself when it comes back.
 */
export function connectTemporal(env: Pick<Env, 'TEMPORAL_ADDRESS' | 'TEMPORAL_NAMESPACE'>) {
  const connection = Connection.lazy({ address: env.TEMPORAL_ADDRESS });
  const client = new Client({ connection, namespace: env.TEMPORAL_NAMESPACE });
  return { connection, client };
}

/**
 * How long an API request waits on Temporal. Without a deadline the client keeps
 * retrying an unreachable server for about 20 s; with one the caller gets a 503
 * (DEADLINE_EXCEEDED maps to upstream_unavailable) while a retry is still useful.
 */
export const TEMPORAL_CALL_DEADLINE_MS = 5000;

export function withTemporalDeadline<T>(client: Client, call: () => Promise<T>): Promise<T> {
  return client.connection.withDeadline(Date.now() + TEMPORAL_CALL_DEADLINE_MS, call);
}
