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
} as const;
