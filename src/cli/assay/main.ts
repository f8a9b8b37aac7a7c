import { readFileSync } from 'node:fs';
import { Command, CommanderError } from 'commander';
import { registerApply } from './commands/apply.js';
import { registerDatasets } from './commands/datasets.js';
import { registerEvaluators } from './commands/evaluators.js';
import { registerLogin } from './commands/login.js';
import { registerLogs } from './commands/logs.js';
import { registerMonitors } from './commands/monitors.js';
import { registerRun } from './commands/run.js';
import { registerRuns } from './commands/runs.js';
import { registerWebhooks } from './commands/webhooks.js';
import { CliError, exitCodes } from './exitCodes.js';

const { version } = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as {
  version: string;
};

export function buildProgram(setExit: (code: number) => void): Command {
  const program = new Command('assay')
    .description(
      'Run and gate Assay evaluations from a terminal or CI. Credentials: ASSAY_URL and ASSAY_KEY, or `assay login`.\n' +
        'Exit codes: 0 success, 1 a gate failed, 2 usage error, 3 run or service error.',
    )
    .version(version)
    .option('--json', 'print one JSON document on stdout (for scripts)')
    .showHelpAfterError('(add --help for usage)')
    .exitOverride();
  registerLogin(program);
  registerApply(program, setExit);
  registerRun(program, setExit);
  registerRuns(program, setExit);
  registerDatasets(program);
  registerLogs(program);
  registerEvaluators(program);
  registerWebhooks(program);
  registerMonitors(program);
  // Every subcommand throws instead of exiting, so one place maps failures to exit codes.
  const override = (command: Command) => {
    command.exitOverride();
    command.commands.forEach(override);
  };
  override(program);
  return program;
}

/** Runs the CLI and returns its exit code (the bin calls process.exit with it). */
export async function main(argv: string[]): Promise<number> {
  let exitCode: number = exitCodes.ok;
  const program = buildProgram((code) => (exitCode = code));
  try {
    await program.parseAsync(argv);
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version end as "errors" with exit code 0; everything else is a usage error.
      return error.exitCode === 0 ? exitCodes.ok : exitCodes.usage;
    }
    if (error instanceof CliError) {
      process.stderr.write(`assay: ${error.message}\n`);
      return error.exitCode;
    }
    process.stderr.write(`assay: ${(error as Error).stack ?? String(error)}\n`);
    return exitCodes.runOrService;
  }
}
