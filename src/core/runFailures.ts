/**
 * Failure types the run engine raises on purpose, shared by activities (which
 * throw them) and the workflow (whose retry policies list them). Pure constants,
 * so the workflow bundle can import them.
 */
export const RunFailureType = {
  /** The run cannot go on (its data source or document vanished): no retry will help. */
  fatal: 'RunFatal',
  /** The workflow's own failure after it wrote `error` to the run document. */
  failed: 'RunFailed',
  /**
   * A batch could not progress because its model provider kept failing (unreachable,
   * timeouts, 429, 5xx). Not retried by Temporal: the workflow shows the outage on the
   * run, retries the batch itself with backoff, and pauses the run past the stall limit.
   */
  providerUnavailable: 'ProviderUnavailable',
  /** The provider refused the key (401/403): retrying cannot help until an operator fixes it. */
  providerRejected: 'ProviderRejectedKey',
} as const;

/** What a provider failure carries to the workflow (ApplicationFailure details[0]). */
export interface ProviderFailureDetails {
  /** The provider's name: the slug's prefix. */
  provider: string;
  /** The model slug whose call failed. */
  model: string;
  /** ModelCallError kind: connection, timeout, rate_limited, server_error, auth... */
  kind: string;
  /** HTTP status of the provider's last answer, when there was one. */
  status: number | null;
  /** The last error, already scrubbed of keys by the model layer. */
  message: string;
  /** When the batch saw this failure first (epoch ms). */
  firstFailedAt: number;
  /** How long the provider asked to wait (Retry-After), when it said so. */
  retryAfterMs: number | null;
}
