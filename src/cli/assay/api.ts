import { createClient, type ApiErrorBody, type AssayClient } from '../../client/index.js';
import { resolveCredentials } from './credentials.js';
import { ServiceError } from './exitCodes.js';

export function connect(env: NodeJS.ProcessEnv = process.env): AssayClient {
  const { url, key } = resolveCredentials(env);
  return createClient({ baseUrl: url, apiKey: key, headers: { 'user-agent': 'assay-cli' } });
}

/** The API's error as one line, with each detail (field, line) on its own line after it. */
export function describeApiError(status: number, body: unknown): string {
  const error = (body as Partial<ApiErrorBody> | undefined)?.error;
  if (!error) return `the API answered ${status}`;
  const details = (error.details ?? []).map(
    (d) => `\n  ${d.field}${d.line !== undefined ? ` (line ${d.line})` : ''}: ${d.message}`,
  );
  return `${error.message} (${status} ${error.code})${details.join('')}`;
}

/**
 * The data of an openapi-fetch call, or a ServiceError (exit 3) with the API's own
 * message. A refused connection says where the CLI tried to connect.
 */
export async function unwrap<T>(
  call: Promise<{ data?: T; error?: unknown; response: Response }>,
): Promise<T> {
  let result;
  try {
    result = await call;
  } catch (error) {
    const cause = (error as { cause?: { code?: string } }).cause?.code;
    throw new ServiceError(`cannot reach the Assay API: ${cause ?? (error as Error).message}`);
  }
  if (result.error !== undefined || !result.response.ok) {
    throw new ServiceError(describeApiError(result.response.status, result.error));
  }
  return result.data as T;
}
