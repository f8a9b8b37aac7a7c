import { migrateStore } from '../store/migrations/index.js';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Env } from '../platform/config.js';
import { requireMongoUri } from '../platform/config.js';
import { createAppContext, type AppContext } from './context.js';
import type { Logger } from '../platform/log.js';
import { ProviderRegistry } from '../models/providers.js';
import { CodeSandbox } from '../sandbox/index.js';
import { sandboxOptionsFromEnv } from '../platform/sandboxConfig.js';
import { startJanitor } from '../store/janitor.js';
import { connectMongo } from '../store/mongo.js';
import { connectTemporal } from '../temporal/client.js';
import { createApp } from './app.js';
import { flushTracing, startTracing } from '../platform/tracing.js';
import { measureStoreJobs } from '../platform/metrics.js';

/**
 * How much request line and headers Node reads before it answers 431 itself (its default is 16 KB).
 * A list's metadata filter may be 16 keys of 64 and values of 512 characters, each percent-encoded to
 * up to 12 bytes: about 110 KB, which every query the OpenAPI document calls valid must fit in.
 */
export const MAX_REQUEST_HEAD_BYTES = 128 * 1024;

export interface ApiServer {
  url: string;
  ctx: AppContext;
  server: Server;
  close(): Promise<void>;
}

/** Connects, prepares indexes and the bootstrap key, and listens. Used by main, dev and tests. */
export async function startApiServer(env: Env, logger: Logger): Promise<ApiServer> {
  const mongo = await connectMongo(requireMongoUri(env), env.MONGODB_DATABASE);
  const tracing = startTracing(env, 'assay-api');
  const { connection, client } = connectTemporal(env, tracing);
  const ctx = createAppContext({
    env,
    logger,
    mongo,
    temporal: client,
    temporalConnection: connection,
    providers: ProviderRegistry.fromEnv(env),
    codeValidator: new CodeSandbox(sandboxOptionsFromEnv(env, logger)),
  });
  await ctx.store.ensureIndexes();
  await migrateStore(mongo.db, logger);
  if (env.ASSAY_BOOTSTRAP_ADMIN_KEY) {
    await ctx.store.keys.importKey(env.ASSAY_BOOTSTRAP_ADMIN_KEY, env.ASSAY_BOOTSTRAP_PROJECT, 'bootstrap', [
      'admin',
    ]);
  }
  const stopJanitor = startJanitor(ctx.store, env, logger);
  // The API runs the store jobs, so its /metrics tells their backlog.
  const stopMeasuringJobs = measureStoreJobs(() => ctx.store.jobs.pendingByKind());
  const app = createApp(ctx);
  const server = await new Promise<Server>((resolve, reject) => {
    const s = createServer({ maxHeaderSize: MAX_REQUEST_HEAD_BYTES }, app).listen(env.PORT, env.HOST, () =>
      resolve(s),
    );
    s.once('error', reject);
  });
  const { port } = server.address() as AddressInfo;
  const url = `http://${env.HOST === '0.0.0.0' ? '127.0.0.1' : env.HOST}:${port}`;
  logger.info({ url }, 'API listening');
  return {
    url,
    ctx,
    server,
    close: async () => {
      // Stop accepting, let in-flight requests finish, then drop the connections.
      await new Promise<void>((resolve) => server.close(() => resolve()));
      // A store job still running is left to finish with the next start (they resume).
      stopJanitor();
      stopMeasuringJobs();
      await connection.close();
      await mongo.close();
      await flushTracing();
    },
  };
}
