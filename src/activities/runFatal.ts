import { ApplicationFailure } from '@temporalio/common';
import { NotFoundError } from '../domain/errors.js';
import { RunFailureType } from '../core/runFailures.js';

/** A failure no retry can fix: the workflow ends the run with `error` and this message. */
export function runFatal(message: string, cause?: unknown): ApplicationFailure {
  return ApplicationFailure.create({
    type: RunFailureType.fatal,
    message,
    nonRetryable: true,
    cause: cause instanceof Error ? cause : undefined,
  });
}

/** Missing resources are fatal (the dataset was deleted, say); anything else is left to Temporal's retries. */
export function asRunFailure(error: unknown): unknown {
  if (error instanceof NotFoundError)
    return runFatal(`a resource the run reads is gone: ${error.message}`, error);
  return error;
}
