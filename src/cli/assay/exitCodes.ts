/** The CLI's exit codes (documented in the README): scripts and CI branch on them. */
export const exitCodes = {
  ok: 0,
  /** A `--gate` failed, or `--fail-on-regression` found a regression. */
  gateFailed: 1,
  /** Bad flags, a bad file, a gate that does not parse. */
  usage: 2,
  /** The run ended in error or was cancelled, or the service answered with an error. */
  runOrService: 3,
  /** Ctrl-C, detached from a run that keeps running (the shell's convention for SIGINT). */
  interrupted: 130,
} as const;

export class CliError extends Error {
  constructor(
    readonly exitCode: number,
    message: string,
  ) {
    super(message);
  }
}

export class UsageError extends CliError {
  constructor(message: string) {
    super(exitCodes.usage, message);
  }
}

export class ServiceError extends CliError {
  constructor(message: string) {
    super(exitCodes.runOrService, message);
  }
}
