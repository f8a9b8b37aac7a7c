import { Command, CommanderError } from 'commander';
import { findTemporalCli } from '../stack/temporal.js';
import { chooseMongoServer, findFerretDb } from '../stack/mongo.js';
import { StackPrerequisiteError } from '../stack/errors.js';
import { stderrProgress } from '../stack/progress.js';
import { preparePythonGraderEnvironment } from '../platform/pythonGraderEnvironment.js';

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

// commander, the parser of every Assay command line; `provision` is the default command.
const program = new Command('stack').exitOverride();
program
  .command('provision', { isDefault: true })
  .description('find or build the local servers')
  .action(provision);
try {
  await program.parseAsync(process.argv);
} catch (error) {
  if (error instanceof CommanderError) process.exit(error.exitCode === 0 ? 0 : 2);
  if (error instanceof StackPrerequisiteError) {
    stderrProgress(`cannot provision the local stack: ${error.message}`);
    process.exit(1);
  }
  throw error;
}
