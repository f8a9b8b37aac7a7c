import { AppError, BadRequestError, ValidationError } from '../domain/errors.js';

/**
 * The OpenAI-compatible routes answer as OpenAI did: invalid input is a 400
 * `invalid_request_error` with `param` naming the field, which the SDKs raise as
 * `BadRequestError` (migrated scripts catch it); native routes keep SPEC's 422.
 */
const openAiPaths = /^\/v1\/(evals|files|fine_tuning)(\/|$)/;

export const speaksOpenAi = (path: string) => openAiPaths.test(path);

/** The error as the route that failed answers it. */
export function inDialectOf(path: string, error: AppError): AppError {
  if (!(error instanceof ValidationError) || !speaksOpenAi(path)) return error;
  return new BadRequestError(error.code, error.message, { param: error.param, details: error.details });
}
