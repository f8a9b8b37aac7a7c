import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { startApiServer } from '../api/server.js';
import { loadEnv } from '../platform/config.js';
import { createLogger } from '../platform/log.js';
import { ProviderRegistry } from '../models/providers.js';
import { onShutdownSignal } from '../platform/shutdown.js';
import { ensureConsoleBuilt } from '../stack/consoleBuild.js';
import { startLocalStack } from '../stack/localStack.js';
import { localDataDir } from '../stack/paths.js';
import { stderrProgress } from '../stack/progress.js';
import { connectMongo } from '../store/mongo.js';
import { startWorkers } from '../temporal/worker.js';

/**
 * `npm run dev`: Temporal (file-backed, UI on 8233), the MongoDB-compatible server
 * (file-backed), one worker and the API, all stopped by Ctrl-C. Data lives in
 * `.assay/` and survives restarts, and so does the dev API key.
 */
const dataDir = localDataDir();
// Checked before anything starts, so a bad setting fails at once rather than half-way up the stack.
const configured = loadEnv();
const stack = await startLocalStack({
  dataDir,
  namespace: configured.TEMPORAL_NAMESPACE,
  temporalPort: configured.ASSAY_DEV_TEMPORAL_PORT,
  temporalUiPort: configured.ASSAY_DEV_TEMPORAL_UI_PORT,
  mongoPort: configured.ASSAY_DEV_MONGO_PORT,
  persistTemporal: true,
  progress: stderrProgress,
});

const env = loadEnv({
  ...process.env,
  MONGODB_URI: stack.mongo.uri,
  TEMPORAL_ADDRESS: stack.temporal.address,
  ASSAY_BOOTSTRAP_ADMIN_KEY: configured.ASSAY_BOOTSTRAP_ADMIN_KEY ?? devKey(dataDir),
  ASSAY_TEMPORAL_UI_URL: configured.ASSAY_TEMPORAL_UI_URL ?? stack.temporal.uiUrl,
});
await ensureConsoleBuilt();
const logger = createLogger(env.LOG_LEVEL, 'assay-dev');
const mongo = await connectMongo(stack.mongo.uri, env.MONGODB_DATABASE);
const workers = await startWorkers({
  env,
  logger,
  deps: { env, db: mongo.db, logger, providers: ProviderRegistry.fromEnv(env) },
});
const api = await startApiServer(env, logger);

process.stdout.write(
  [
    '',
    'Assay is running.',
    `  API          ${api.url}   (docs: ${api.url}/docs)`,
    `  Console      ${api.url}/console`,
    `  Temporal UI  ${stack.temporal.uiUrl}`,
    `  MongoDB      ${stack.mongo.uri}   (${stack.mongo.kind})`,
    `  Dev API key  ${env.ASSAY_BOOTSTRAP_ADMIN_KEY}   (admin scope, project '${env.ASSAY_BOOTSTRAP_PROJECT}')`,
    `  Data         ${dataDir}`,
    '',
    `Try: curl -H "Authorization: Bearer ${env.ASSAY_BOOTSTRAP_ADMIN_KEY}" ${api.url}/v1/containers`,
    'Press Ctrl-C to stop everything.',
    '',
  ].join('\n'),
);

onShutdownSignal(logger, async () => {
  await api.close();
  await workers.shutdown();
  await mongo.close();
  await stack.stop();
});

/** A local-only admin key, made once and kept with the data so restarts keep it. */
function devKey(dir: string): string {
  const file = path.join(dir, 'dev-api-key');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  const key = `assay_sk_dev_${randomBytes(24).toString('base64url')}`;
  writeFileSync(file, `${key}\n`, { mode: 0o600 });
  return key;
}
