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

/**
 * A provider's (or one of its models') allowance, for ALL workers together: every worker takes its
 * share through the store (src/models/limits), so adding workers never multiplies the calls.
 */
export const callLimitsSchema = z
  .object({
    /** Calls at once. */
    max_concurrency: z.number().int().min(1).max(1000).optional(),
    requests_per_minute: z.number().int().min(1).max(10_000_000).optional(),
    /** Input and output tokens together; a call's input is estimated up front and settled when it returns. */
    tokens_per_minute: z.number().int().min(1).max(1_000_000_000).optional(),
  })
  .strict();
export type CallLimits = z.infer<typeof callLimitsSchema>;

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
    ...callLimitsSchema.shape,
    /** Limits of single models, beside the provider's own (a call must fit both). */
    model_limits: z.record(z.string(), callLimitsSchema).optional(),
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
    // A price or a limit for a model the provider does not serve is a typo that would silently do nothing.
    if (!entry.models) return;
    for (const field of ['prices', 'model_limits'] as const) {
      for (const model of Object.keys(entry[field] ?? {})) {
        if (!entry.models.includes(model)) {
          ctx.addIssue({
            code: 'custom',
            path: [field, model],
            message: `names a model that is not in this provider's models (${entry.models.join(', ')})`,
          });
        }
      }
    }
  });
export type ProviderEntry = z.infer<typeof providerEntrySchema>;

/** ASSAY_PROVIDERS as parsed: entries by provider name. */
export const providersConfigSchema = z.record(z.string().regex(/^[a-z0-9_-]+$/), providerEntrySchema);

/** A configured provider with the key its api_key_env names, read from the environment at start-up. */
export type ConfiguredProvider = ProviderEntry & { api_key?: string };
