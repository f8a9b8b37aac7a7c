// The API process (`npm run api`; `node dist/main/api.js` in the image).
import { loadEnv } from '../platform/config.js';
import { createLogger } from '../platform/log.js';
import { onShutdownSignal } from '../platform/shutdown.js';
import { startApiServer } from '../api/server.js';

const env = loadEnv();
const logger = createLogger(env.LOG_LEVEL, 'assay-api');
const api = await startApiServer(env, logger);
onShutdownSignal(logger, () => api.close());
