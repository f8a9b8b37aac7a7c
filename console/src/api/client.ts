/**
 * The console's only way to the server: the public API with the user's key, through the
 * typed client (openapi-fetch over src/client/schema.ts, generated from /openapi.json), so a
 * path, its parameters, its body and its answer are checked by TypeScript.
 * The key lives in sessionStorage (gone when the tab closes) and travels only in
 * the Authorization header, never in a URL.
 */
import { createClient, type paths } from '../../../src/client';
import type { DatasetUpload, ErrorBody } from './types';

const KEY_STORAGE = 'assay.apiKey';

export const storedKey = (): string | null => sessionStorage.getItem(KEY_STORAGE);
export const storeKey = (key: string): void => sessionStorage.setItem(KEY_STORAGE, key);
export const forgetKey = (): void => sessionStorage.removeItem(KEY_STORAGE);

const bearer = (key: string) => `Bearer ${key}`;

export type ErrorDetail = NonNullable<ErrorBody['error']['details']>[number];

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details: ErrorDetail[] = [],
  ) {
    super(message);
  }
}

/** Fired when the server rejects the stored key (401), so the app asks for another. */
export const KEY_REJECTED_EVENT = 'assay:key-rejected';

/** The ApiError of an answer that is not a success, from the API's error body when there is one. */
function apiErrorOf(status: number, statusText: string, body: ErrorBody | undefined): ApiError {
  const error = body?.error;
  return new ApiError(
    status,
    error?.code ?? 'http_error',
    error?.message ?? `${status} ${statusText}`,
    error?.details ?? [],
  );
}

/** The package's own typed client (`assay/client`), on the console's origin. */
export const apiClient = createClient({ baseUrl: '' });
apiClient.use({
  onRequest({ request }) {
    // A call that names its own key (the sign-in check) keeps it; every other call sends the stored one.
    const key = storedKey();
    if (key && !request.headers.has('authorization')) request.headers.set('authorization', bearer(key));
    return request;
  },
  onResponse({ request, response }) {
    // Only the stored key's rejection signs the user out: a key being tried is not kept yet.
    const key = storedKey();
    if (response.status === 401 && key && request.headers.get('authorization') === bearer(key)) {
      window.dispatchEvent(new Event(KEY_REJECTED_EVENT));
    }
  },
});

/**
 * What a typed client call answered (openapi-fetch's `{ data } | { error }`, typed from the
 * route's schema); otherwise its ApiError from the API's error body.
 */
export async function answered<Answer extends { data?: unknown; error?: ErrorBody; response: Response }>(
  call: Promise<Answer>,
): Promise<NonNullable<Answer['data']>> {
  const answer = await call;
  const { response } = answer;
  if (!response.ok) throw apiErrorOf(response.status, response.statusText, answer.error);
  const data = answer.data;
  if (data === undefined || data === null) {
    throw new ApiError(
      response.status,
      'empty_answer',
      `${response.status} ${response.statusText} without a body`,
    );
  }
  return data;
}

/** The sign-in check: who a key is, asked with that key before it is stored. */
export const keySelf = (key: string) =>
  answered(apiClient.GET('/v1/keys/self', { headers: { authorization: bearer(key) } }));

/** Deployment settings the console needs before any key is entered (not an API route: no key, no schema). */
export interface ConsoleConfig {
  temporal_ui_url: string | null;
  temporal_namespace: string;
}

export async function consoleConfig(): Promise<ConsoleConfig> {
  const response = await fetch('/console/config.json');
  const body: unknown = await response.json().catch(() => null);
  if (
    response.ok &&
    typeof body === 'object' &&
    body !== null &&
    'temporal_namespace' in body &&
    typeof body.temporal_namespace === 'string' &&
    'temporal_ui_url' in body &&
    (typeof body.temporal_ui_url === 'string' || body.temporal_ui_url === null)
  ) {
    return { temporal_namespace: body.temporal_namespace, temporal_ui_url: body.temporal_ui_url };
  }
  throw new ApiError(response.status, 'bad_console_config', 'The server sent no usable console settings.');
}

const uploadPath = '/v1/datasets/{id}/items' satisfies keyof paths;
type UploadAnswer = paths[typeof uploadPath]['post']['responses'][200]['content']['application/json'];

/** A JSON body the API sent: the error body of a refused request, or the upload's answer. */
function parsed(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined; // not JSON: the status says enough
  }
}

const isErrorBody = (body: unknown): body is ErrorBody =>
  typeof body === 'object' && body !== null && 'error' in body && typeof body.error === 'object';
const isDatasetUpload = (body: unknown): body is DatasetUpload =>
  typeof body === 'object' && body !== null && 'object' in body && body.object === 'dataset.upload';

/**
 * A JSONL file streamed to a dataset's items (`POST /v1/datasets/{id}/items`) with progress.
 * Not on openapi-fetch: fetch cannot report upload progress, XMLHttpRequest can. Resolves with
 * the route's answer; rejects with an ApiError naming the bad lines.
 */
export function uploadDatasetItems(
  datasetId: string,
  file: Blob,
  onProgress: (sent: number, total: number) => void,
): Promise<UploadAnswer> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', uploadPath.replace('{id}', encodeURIComponent(datasetId)));
    const key = storedKey();
    if (key) xhr.setRequestHeader('authorization', bearer(key));
    xhr.setRequestHeader('content-type', 'application/x-ndjson');
    xhr.upload.onprogress = (event) => onProgress(event.loaded, event.total || file.size);
    xhr.onerror = () => reject(new ApiError(0, 'network_error', 'The upload could not reach the server.'));
    xhr.onload = () => {
      const body = parsed(xhr.responseText);
      if (xhr.status >= 200 && xhr.status < 300 && isDatasetUpload(body)) return resolve(body);
      reject(apiErrorOf(xhr.status, xhr.statusText, isErrorBody(body) ? body : undefined));
    };
    xhr.send(file);
  });
}
