import { loadEnv } from '../config.js';
import { createLogger } from '../log.js';
import { onShutdownSignal } from '../shutdown.js';
import { startApiServer } from './server.js';

const env = loadEnv();
const logger = createLogger(env.LOG_LEVEL, 'assay-api');
const api = await startApiServer(env, logger);
onShutdownSignal(logger, () => api.close());
