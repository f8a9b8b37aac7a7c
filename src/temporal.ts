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
