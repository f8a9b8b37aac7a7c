import { loadEnv } from '../../src/platform/config.js';
import { ProviderRegistry } from '../../src/models/providers.js';
import type { FakeLlmServer } from '../support/fake-llm/server.js';

export const FAKE_API_KEY = 'sk-fake-provider-secret-0123456789';

/** A registry with one provider, `fake`, pointing at the fake server; configured as an operator would. */
export function fakeRegistry(
  server: FakeLlmServer,
  options: {
    timeoutMs?: number;
    maxConcurrency?: number;
    prices?: Record<string, { input: number; output: number }>;
  } = {},
): ProviderRegistry {
  return ProviderRegistry.fromEnv(
    loadEnv({
      ASSAY_PROVIDERS: JSON.stringify({
        fake: {
          base_url: server.baseUrl,
          api_key_env: 'FAKE_LLM_API_KEY',
          timeout_ms: options.timeoutMs ?? 10_000,
          max_concurrency: options.maxConcurrency ?? 8,
          prices: options.prices ?? {},
        },
      }),
      OPENAI_BASE_URL: 'http://127.0.0.1:9/v1',
      OLLAMA_BASE_URL: 'http://127.0.0.1:9/v1',
      FAKE_LLM_API_KEY: FAKE_API_KEY,
    }),
  );
}
