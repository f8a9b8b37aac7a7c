/**
 * The console's only way to the server: the public API with the user's key.
 * The key lives in sessionStorage (gone when the tab closes) and travels only in
 * the Authorization header, never in a URL.
 */
import createFetchClient from 'openapi-fetch';
import type { paths } from '../../../src/client/schema';

const KEY_STORAGE = 'assay.apiKey';

export const storedKey = (): string | null => sessionStorage.getItem(KEY_STORAGE);
export const storeKey = (key: string): void => sessionStorage.setItem(KEY_STORAGE, key);
export const forgetKey = (): void => sessionStorage.removeItem(KEY_STORAGE);

export interface ErrorDetail {
  field: string;
  message: string;
}

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

/** Fired when the server rejects the key (401), so the app asks for another. */
export const KEY_REJECTED_EVENT = 'assay:key-rejected';

/** The ApiError of an answer that is not a success, from the API's error body when there is one. */
function apiErrorOf(status: number, statusText: string, body: unknown): ApiError {
  const error = (body as { error?: { code?: string; message?: string; details?: ErrorDetail[] } } | null)
    ?.error;
  return new ApiError(
    status,
    error?.code ?? 'http_error',
    error?.message ?? `${status} ${statusText}`,
    error?.details ?? [],
  );
}

async function errorFrom(response: Response): Promise<ApiError> {
  return apiErrorOf(response.status, response.statusText, await response.json().catch(() => null));
}

/**
 * The typed client of the API (openapi-fetch over the types generated from /openapi.json,
 * src/client/schema.ts): a path, its parameters and its answer are checked by TypeScript.
 */
export const apiClient = createFetchClient<paths>();
apiClient.use({
  onRequest({ request }) {
    const key = storedKey();
    if (key) request.headers.set('authorization', `Bearer ${key}`);
    return request;
  },
});

/** What a typed client call answered; otherwise its ApiError, and a rejected key asks for another. */
export async function answered<T>(
  call: Promise<{ data?: T; error?: unknown; response: Response }>,
): Promise<T> {
  const { data, error, response } = await call;
  if (!response.ok) {
    if (response.status === 401) window.dispatchEvent(new Event(KEY_REJECTED_EVENT));
    throw apiErrorOf(response.status, response.statusText, error);
  }
  return data as T;
}

export interface RequestOptions {
  method?: string;
  body?: unknown;
  signal?: AbortSignal;
  key?: string;
}

export async function api<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const key = options.key ?? storedKey();
  const headers: Record<string, string> = {};
  if (key) headers.authorization = `Bearer ${key}`;
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  const response = await fetch(path, {
    method: options.method ?? 'GET',
    headers,
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
    signal: options.signal,
  });
  if (!response.ok) {
    const error = await errorFrom(response);
    if (response.status === 401 && !options.key) window.dispatchEvent(new Event(KEY_REJECTED_EVENT));
    throw error;
  }
  return (await response.json()) as T;
}

/** A query string from defined values only. */
export function query(params: Record<string, string | number | boolean | undefined | null>): string {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== '') search.set(name, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}

/**
 * A JSONL upload with progress: fetch cannot report upload progress, XMLHttpRequest can.
 * Resolves with the parsed answer; rejects with an ApiError naming the bad lines.
 */
export function uploadJsonl<T>(
  path: string,
  file: Blob,
  onProgress: (sent: number, total: number) => void,
): Promise<T> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', path);
    const key = storedKey();
    if (key) xhr.setRequestHeader('authorization', `Bearer ${key}`);
    xhr.setRequestHeader('content-type', 'application/x-ndjson');
    xhr.upload.onprogress = (event) => onProgress(event.loaded, event.total || file.size);
    xhr.onerror = () => reject(new ApiError(0, 'network_error', 'The upload could not reach the server.'));
    xhr.onload = () => {
      let body: unknown = {};
      try {
        body = JSON.parse(xhr.responseText);
      } catch {
        // not JSON: the status says enough
      }
      if (xhr.status >= 200 && xhr.status < 300) return resolve(body as T);
      reject(apiErrorOf(xhr.status, xhr.statusText, body));
    };
    xhr.send(file);
  });
}
