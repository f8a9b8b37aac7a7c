import { z } from 'zod';

/**
 * The ASSAY_PROVIDERS contract, defined once: the env schema (src/platform/config.ts) parses and
 * cross-checks it at start-up, and the model layer builds its registry from the result.
 */
/** http(s) only: `z.string().url()` would take `localhost:8000` as a URL of scheme `localhost`. */
export const httpUrlSchema = z.url({ protocol: /^https?$/ });

/** Providers Assay knows without configuration (models/providers.ts builds them); ASSAY_PROVIDERS may override them. */
export const builtInProviders = ['openai', 'ollama'] as const;

export const structuredOutputModes = ['json_schema', 'tool_call', 'json_object'] as const;
export type StructuredOutputMode = (typeof structuredOutputModes)[number];

const priceSchema = z.object({ input: z.number().nonnegative(), output: z.number().nonnegative() }).strict();
export type ModelPrice = z.infer<typeof priceSchema>;

/** One entry of ASSAY_PROVIDERS (snake_case, as operators write JSON). */
export const providerEntrySchema = z
  .object({
    base_url: httpUrlSchema,
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
  .strict()
  .superRefine((entry, ctx) => {
    // A price for a model the provider does not serve is a typo that would silently estimate 0.
    if (!entry.models) return;
    for (const model of Object.keys(entry.prices ?? {})) {
      if (!entry.models.includes(model)) {
        ctx.addIssue({
          code: 'custom',
          path: ['prices', model],
          message: `prices a model that is not in this provider's models (${entry.models.join(', ')})`,
        });
      }
    }
  });
export type ProviderEntry = z.infer<typeof providerEntrySchema>;

/** ASSAY_PROVIDERS as parsed: entries by provider name. */
export const providersConfigSchema = z.record(z.string().regex(/^[a-z0-9_-]+$/), providerEntrySchema);

/** A configured provider with the key its api_key_env names, read from the environment at start-up. */
export type ConfiguredProvider = ProviderEntry & { api_key?: string };
