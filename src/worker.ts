import { loadEnv, requireMongoUri } from './platform/config.js';
import { createLogger } from './platform/log.js';
import { onShutdownSignal } from './platform/shutdown.js';
import { ProviderRegistry } from './models/providers.js';
import { connectMongo } from './store/mongo.js';
import { startWorkers } from './temporal/worker.js';

// The worker process (`npm run worker`; `node dist/worker.js` in the image).
const env = loadEnv();
const logger = createLogger(env.LOG_LEVEL, 'assay-worker');
const mongo = await connectMongo(requireMongoUri(env), env.MONGODB_DATABASE);
const workers = await startWorkers({
  env,
  logger,
  deps: { env, db: mongo.db, logger, providers: ProviderRegistry.fromEnv(env) },
});
onShutdownSignal(logger, async () => {
  await workers.shutdown();
  await mongo.close();
});
await workers.done;
