import { z } from 'zod';
import { ConfigError, type Env } from '../config.js';

export const structuredOutputModes = ['json_schema', 'tool_call', 'json_object'] as const;
export type StructuredOutputMode = (typeof structuredOutputModes)[number];

const priceSchema = z.object({ input: z.number().nonnegative(), output: z.number().nonnegative() }).strict();
export type ModelPrice = z.infer<typeof priceSchema>;

/** One entry of ASSAY_PROVIDERS (snake_case, as operators write JSON). */
const providerEntrySchema = z
  .object({
    base_url: z.string().url(),
    /** Name of the env var holding the key, so the key itself never sits in a JSON blob. */
    api_key_env: z
      .string()
      .regex(/^[A-Z_][A-Z0-9_]*$/)
      .optional(),
    headers: z.record(z.string(), z.string()).optional(),
    /** Concurrent calls to this provider from one worker process. */
    max_concurrency: z.number().int().min(1).max(1000).optional(),
    timeout_ms: z.number().int().min(100).max(600_000).optional(),
    /** USD per million tokens, by model name (without the provider prefix). */
    prices: z.record(z.string(), priceSchema).optional(),
    /** When given, only these models are served (a judge naming another is rejected at create time). */
    models: z.array(z.string()).optional(),
    /**
     * How this provider is asked for a judge's structured output: `json_schema` (OpenAI's strict
     * response_format, the default), `tool_call` (a forced function call whose parameters are the
     * schema: servers that do tools but not json_schema), or `json_object` (JSON mode, the schema
     * stated in a system message).
     */
    structured_output: z.enum(structuredOutputModes).optional(),
  })
  .strict();

export interface Provider {
  name: string;
  baseURL: string;
  apiKey: string | undefined;
  headers: Record<string, string>;
  maxConcurrency: number;
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

  static fromEnv(
    env: Pick<Env, 'ASSAY_PROVIDERS' | 'OPENAI_API_KEY' | 'OPENAI_BASE_URL' | 'OLLAMA_BASE_URL'>,
    source: NodeJS.ProcessEnv = process.env,
  ): ProviderRegistry {
    const providers = new Map<string, Provider>();
    providers.set('openai', {
      name: 'openai',
      baseURL: env.OPENAI_BASE_URL,
      apiKey: env.OPENAI_API_KEY,
      headers: {},
      maxConcurrency: 16,
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
      timeoutMs: 120_000,
      prices: {},
      models: undefined,
    });
    if (env.ASSAY_PROVIDERS) {
      let raw: unknown;
      try {
        raw = JSON.parse(env.ASSAY_PROVIDERS);
      } catch (error) {
        throw new ConfigError(`ASSAY_PROVIDERS is not valid JSON: ${(error as Error).message}`);
      }
      const parsed = z.record(z.string().regex(/^[a-z0-9_-]+$/), providerEntrySchema).safeParse(raw);
      if (!parsed.success) {
        throw new ConfigError(
          `ASSAY_PROVIDERS is invalid: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
        );
      }
      for (const [name, entry] of Object.entries(parsed.data)) {
        if (entry.api_key_env && source[entry.api_key_env] === undefined) {
          throw new ConfigError(
            `ASSAY_PROVIDERS.${name}.api_key_env names ${entry.api_key_env}, which is not set`,
          );
        }
        providers.set(name, {
          name,
          baseURL: entry.base_url,
          apiKey: entry.api_key_env ? source[entry.api_key_env] : undefined,
          headers: entry.headers ?? {},
          maxConcurrency: entry.max_concurrency ?? 8,
          timeoutMs: entry.timeout_ms ?? 60_000,
          prices: entry.prices ?? {},
          models: entry.models,
          structuredOutput: entry.structured_output ?? 'json_schema',
        });
      }
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
