import type { Env } from '../platform/config.js';
import type { CallLimits, ModelPrice, StructuredOutputMode } from '../domain/providers.js';

export type { ModelPrice, StructuredOutputMode } from '../domain/providers.js';

export interface Provider {
  name: string;
  baseURL: string;
  apiKey: string | undefined;
  headers: Record<string, string>;
  /** Calls at once, for all workers together (as the other limits: see limits/callLimiter.ts). */
  maxConcurrency: number;
  requestsPerMinute?: number;
  tokensPerMinute?: number;
  /** Allowances of single models, by model name, beside the provider's own. */
  modelLimits: Record<string, CallLimits>;
  timeoutMs: number;
  prices: Record<string, ModelPrice>;
  models: string[] | undefined;
  /** json_schema when not set. */
  structuredOutput?: StructuredOutputMode;
}

export interface ResolvedModel {
  slug: string;
  provider: Provider;
  /** The model name the provider expects (the slug without its provider prefix). */
  model: string;
}

/** Published list prices (USD per million tokens) of the built-in openai provider, for estimates. */
const openAiListPrices: Record<string, ModelPrice> = {
  'gpt-4o-mini': { input: 0.15, output: 0.6 },
  'gpt-4o': { input: 2.5, output: 10 },
  'gpt-4.1-mini': { input: 0.4, output: 1.6 },
  'gpt-4.1': { input: 2, output: 8 },
};

/** Maps model slugs (`openai/gpt-4o-mini`, `ollama/llama3`, `<provider>/<model>`) to endpoints. */
export class ProviderRegistry {
  constructor(private readonly providers: Map<string, Provider>) {}

  /** From the parsed configuration, whose schema has already checked ASSAY_PROVIDERS (src/platform/config.ts). */
  static fromEnv(
    env: Pick<Env, 'ASSAY_PROVIDERS' | 'OPENAI_API_KEY' | 'OPENAI_BASE_URL' | 'OLLAMA_BASE_URL'>,
  ): ProviderRegistry {
    const providers = new Map<string, Provider>();
    providers.set('openai', {
      name: 'openai',
      baseURL: env.OPENAI_BASE_URL,
      apiKey: env.OPENAI_API_KEY,
      headers: {},
      maxConcurrency: 16,
      modelLimits: {},
      timeoutMs: 60_000,
      prices: openAiListPrices,
      models: undefined,
    });
    // Local models cost nothing per token; Ollama ignores the key but the SDK wants one.
    providers.set('ollama', {
      name: 'ollama',
      baseURL: env.OLLAMA_BASE_URL,
      apiKey: 'ollama',
      headers: {},
      maxConcurrency: 4,
      modelLimits: {},
      timeoutMs: 120_000,
      prices: {},
      models: undefined,
    });
    for (const [name, entry] of Object.entries(env.ASSAY_PROVIDERS ?? {})) {
      providers.set(name, {
        name,
        baseURL: entry.base_url,
        apiKey: entry.api_key,
        headers: entry.headers ?? {},
        maxConcurrency: entry.max_concurrency ?? 8,
        requestsPerMinute: entry.requests_per_minute,
        tokensPerMinute: entry.tokens_per_minute,
        modelLimits: entry.model_limits ?? {},
        timeoutMs: entry.timeout_ms ?? 60_000,
        prices: entry.prices ?? {},
        models: entry.models,
        structuredOutput: entry.structured_output ?? 'json_schema',
      });
    }
    return new ProviderRegistry(providers);
  }

  /** null when no provider serves the slug; the reason says why. */
  resolve(slug: string): ResolvedModel | null {
    const slash = slug.indexOf('/');
    if (slash <= 0 || slash === slug.length - 1) return null;
    const provider = this.providers.get(slug.slice(0, slash));
    const model = slug.slice(slash + 1);
    if (!provider) return null;
    if (provider.models && !provider.models.includes(model)) return null;
    return { slug, provider, model };
  }

  /** A human reason a slug cannot be used, for 422 messages. */
  explainUnserved(slug: string): string {
    const slash = slug.indexOf('/');
    if (slash <= 0)
      return `model slugs are '<provider>/<model>' (e.g. openai/gpt-4o-mini); known providers: ${this.names().join(', ')}`;
    const name = slug.slice(0, slash);
    const provider = this.providers.get(name);
    if (!provider) return `no provider '${name}' is configured; known providers: ${this.names().join(', ')}`;
    return `provider '${name}' does not serve '${slug.slice(slash + 1)}' (it serves: ${provider.models?.join(', ')})`;
  }

  price(slug: string): ModelPrice | null {
    const resolved = this.resolve(slug);
    return resolved ? (resolved.provider.prices[resolved.model] ?? null) : null;
  }

  names(): string[] {
    return [...this.providers.keys()];
  }
}
