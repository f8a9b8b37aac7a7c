import { ApplicationFailure } from '@temporalio/common';
import type { ModelCallError } from '../models/modelErrors.js';
import { RunFailureType, type ProviderFailureDetails } from '../core/runFailures.js';

/**
 * The batch's failure when its provider cannot be used: nonRetryable so Temporal
 * hands it straight to the workflow, which shows it on the run and decides when to
 * try again (or to pause). The batch's written results and cached answers stay.
 */
export function providerFailure(
  slug: string,
  error: ModelCallError,
  firstFailedAt: number,
): ApplicationFailure {
  const details: ProviderFailureDetails = {
    provider: slug.includes('/') ? slug.slice(0, slug.indexOf('/')) : slug,
    model: slug,
    kind: error.kind,
    status: error.status ?? null,
    message: error.message,
    firstFailedAt,
    retryAfterMs: error.retryAfterMs ?? null,
  };
  return ApplicationFailure.create({
    type: error.kind === 'auth' ? RunFailureType.providerRejected : RunFailureType.providerUnavailable,
    message: error.message,
    nonRetryable: true,
    details: [details],
  });
}
