import OpenAI from 'openai';
import { FakeLlmServer } from './server.js';
import type { FakeLlmServerOptions } from './types.js';

export const FAKE_API_KEY = 'sk-fake-llm-test-key';

/** No retries by default: a test should see exactly the response the fake produced. */
export function fakeLlmClient(
  server: FakeLlmServer,
  options: { timeout?: number; maxRetries?: number } = {},
): OpenAI {
  return new OpenAI({
    baseURL: server.baseUrl,
    apiKey: FAKE_API_KEY,
    maxRetries: 0,
    timeout: 10_000,
    ...options,
  });
}

/** Starts a server just for `use` and closes it however `use` ends. */
export async function withFakeLlm<T>(
  options: FakeLlmServerOptions,
  use: (server: FakeLlmServer) => Promise<T>,
): Promise<T> {
  const server = await FakeLlmServer.start(options);
  try {
    return await use(server);
  } finally {
    await server.close();
  }
}

/** The error a promise rejects with; fails loudly if it resolves instead. */
export async function rejectionOf(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    (value) => {
      throw new Error(`expected a rejection, got ${JSON.stringify(value)}`);
    },
    (error: unknown) => error,
  );
}
