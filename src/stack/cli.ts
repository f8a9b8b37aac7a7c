import { findTemporalCli } from './temporal.js';
import { chooseMongoServer, findFerretDb } from './mongo.js';
import { StackPrerequisiteError } from './errors.js';
import { stderrProgress } from './progress.js';

/**
 * `npm run stack -- provision`: find or build the local servers up front, with
 * progress, so CI and a first `npm run dev` show where the minutes go.
 */
const command = process.argv[2] ?? 'provision';
try {
  if (command !== 'provision')
    throw new StackPrerequisiteError(`unknown command '${command}' (expected: provision)`);
  stderrProgress(`Temporal CLI: ${await findTemporalCli(stderrProgress)}`);
  const mongo = chooseMongoServer();
  if (mongo === 'ferretdb') stderrProgress(`FerretDB: ${await findFerretDb(stderrProgress)}`);
  else stderrProgress(`MongoDB: using ${mongo === 'external' ? 'MONGODB_URI' : 'mongod from PATH'}`);
} catch (error) {
  if (error instanceof StackPrerequisiteError) {
    stderrProgress(`cannot provision the local stack: ${error.message}`);
    process.exit(1);
  }
  throw error;
}
