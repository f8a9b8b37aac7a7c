import { loadEnv, requireMongoUri } from './platform/config.js';
import { createLogger } from './platform/log.js';
import { onShutdownSignal } from './platform/shutdown.js';
import { ProviderRegistry } from './models/providers.js';
import { connectMongo } from './store/mongo.js';
import { startWorkers } from './temporal/worker.js';
import { startMetricsServer } from './platform/metricsServer.js';

// The worker process (`npm run worker`; `node dist/worker.js` in the image).
const env = loadEnv();
const logger = createLogger(env.LOG_LEVEL, 'assay-worker');
const mongo = await connectMongo(requireMongoUri(env), env.MONGODB_DATABASE);
const workers = await startWorkers({
  env,
  logger,
  deps: { env, db: mongo.db, logger, providers: ProviderRegistry.fromEnv(env) },
});
const metrics =
  env.ASSAY_WORKER_METRICS_PORT > 0
    ? await startMetricsServer(env.ASSAY_WORKER_METRICS_HOST, env.ASSAY_WORKER_METRICS_PORT)
    : null;
if (metrics) logger.info({ url: metrics.url }, 'worker metrics listening');
onShutdownSignal(logger, async () => {
  await workers.shutdown();
  await metrics?.close();
  await mongo.close();
});
await workers.done;
