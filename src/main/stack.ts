import { Command, CommanderError } from 'commander';
import { findTemporalCli } from '../stack/temporal.js';
import { chooseMongoServer, findFerretDb } from '../stack/mongo.js';
import { StackPrerequisiteError } from '../stack/errors.js';
import { stderrProgress } from '../stack/progress.js';
import { preparePythonGraderEnvironment } from '../platform/pythonGraderEnvironment.js';
import { ConfigError, loadEnv, requireMongoUri } from '../platform/config.js';
import { createLogger } from '../platform/log.js';
import { createStore } from '../store/index.js';
import { migrateStore, STORE_SCHEMA_VERSION, storeSchemaVersion } from '../store/migrations/index.js';
import { connectMongo } from '../store/mongo.js';

/**
 * `npm run stack -- provision`: find or build the local servers (and the python graders'
 * packages) up front, with progress, so CI and a first `npm run dev` show where the minutes go.
 */
async function provision(): Promise<void> {
  stderrProgress(`Temporal CLI: ${await findTemporalCli(stderrProgress)}`);
  const mongo = chooseMongoServer();
  if (mongo === 'ferretdb') stderrProgress(`FerretDB: ${await findFerretDb(stderrProgress)}`);
  else stderrProgress(`MongoDB: using ${mongo === 'external' ? 'MONGODB_URI' : 'mongod from PATH'}`);
  await preparePythonGraderEnvironment(stderrProgress);
}

/**
 * `npm run stack -- migrate`: brings the store at MONGODB_URI / MONGODB_DATABASE to this
 * release's layout, as the API and the worker do when they start: to migrate a large store
 * before starting the release, or to see how far a store has come.
 */
async function migrate(): Promise<void> {
  const env = loadEnv();
  const mongo = await connectMongo(requireMongoUri(env), env.MONGODB_DATABASE);
  try {
    const from = await storeSchemaVersion(mongo.db);
    // The indexes the migrations' queries use on MongoDB (the API creates them too).
    await createStore(mongo.db).ensureIndexes();
    await migrateStore(mongo.db, createLogger(env.LOG_LEVEL, 'assay-migrate'));
    stderrProgress(`store layout version ${from} -> ${STORE_SCHEMA_VERSION} (${env.MONGODB_DATABASE})`);
  } finally {
    await mongo.close();
  }
}

// commander, the parser of every Assay command line; `provision` is the default command.
const program = new Command('stack').exitOverride();
program
  .command('provision', { isDefault: true })
  .description('find or build the local servers')
  .action(provision);
program
  .command('migrate')
  .description("bring the store (MONGODB_URI) to this release's layout")
  .action(migrate);
try {
  await program.parseAsync(process.argv);
} catch (error) {
  if (error instanceof CommanderError) process.exit(error.exitCode === 0 ? 0 : 2);
  if (error instanceof StackPrerequisiteError) {
    stderrProgress(`cannot provision the local stack: ${error.message}`);
    process.exit(1);
  }
  if (error instanceof ConfigError) {
    stderrProgress(error.message);
    process.exit(1);
  }
  throw error;
}
