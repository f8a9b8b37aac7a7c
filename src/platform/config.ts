import { builtInProviders, type ConfiguredProvider, type ProviderEntry } from '../domain/providers.js';
import { z } from 'zod';
import { configVariables, writeVariable } from './configVariables.js';

export { configVariables } from './configVariables.js';

type Variables = typeof configVariables;
type ParsedVariables = { [K in keyof Variables]: z.output<Variables[K]['schema']> };
/** The configuration as parsed: every variable, and each provider with the key its api_key_env names. */
export type Env = Omit<ParsedVariables, 'ASSAY_PROVIDERS'> & {
  ASSAY_PROVIDERS: Record<string, ConfiguredProvider> | undefined;
};

/**
 * Loose, because a provider's api_key_env names a variable of the operator's choosing; only
 * Assay's own variables (and the keys providers name) are kept in the result.
 */
const envSchema = z
  .looseObject(
    Object.fromEntries(Object.entries(configVariables).map(([k, v]) => [k, v.schema])) as {
      [K in keyof Variables]: Variables[K]['schema'];
    },
  )
  .superRefine((env, ctx) => {
    const source = env as Record<string, unknown>;
    for (const [name, entry] of Object.entries(env.ASSAY_PROVIDERS ?? {})) {
      if (entry.api_key_env && typeof source[entry.api_key_env] !== 'string') {
        ctx.addIssue({
          code: 'custom',
          path: ['ASSAY_PROVIDERS', name, 'api_key_env'],
          message: `names ${entry.api_key_env}, which is not set`,
        });
      }
    }
    const embedding = embeddingProviderProblem(env);
    if (embedding) ctx.addIssue({ code: 'custom', path: ['ASSAY_EMBEDDING_MODEL'], message: embedding });
    // The dev stack binds all three at once: two alike would fail late, with a bind error.
    const devPorts = [
      'ASSAY_DEV_TEMPORAL_PORT',
      'ASSAY_DEV_TEMPORAL_UI_PORT',
      'ASSAY_DEV_MONGO_PORT',
    ] as const;
    devPorts.forEach((name, i) => {
      const same = devPorts.slice(0, i).find((other) => env[other] === env[name]);
      if (same) ctx.addIssue({ code: 'custom', path: [name], message: `is the same port as ${same}` });
    });
  })
  .transform((env): Env => {
    const source = env as Record<string, unknown>;
    const parsed = Object.fromEntries(
      Object.keys(configVariables).map((name) => [name, source[name]]),
    ) as ParsedVariables;
    const providers = parsed.ASSAY_PROVIDERS;
    return {
      ...parsed,
      ASSAY_PROVIDERS:
        providers &&
        Object.fromEntries(
          Object.entries(providers).map(([name, entry]) => [
            name,
            entry.api_key_env ? { ...entry, api_key: source[entry.api_key_env] as string } : entry,
          ]),
        ),
    };
  });

/**
 * The configuration back as the environment variables that produce it (for a child
 * process): lists joined by commas, providers as JSON, and each provider's key under
 * the variable its `api_key_env` names.
 */
export function envVariables(env: Env): Record<string, string> {
  const vars: Record<string, string> = {};
  for (const [name, value] of Object.entries(env)) {
    if (value === undefined || name === 'ASSAY_PROVIDERS') continue;
    vars[name] = writeVariable(configVariables[name as keyof typeof configVariables], value);
  }
  if (env.ASSAY_PROVIDERS) {
    const providers: Record<string, ProviderEntry> = {};
    for (const [name, { api_key: key, ...entry }] of Object.entries(env.ASSAY_PROVIDERS)) {
      providers[name] = entry;
      if (entry.api_key_env && key !== undefined) vars[entry.api_key_env] = key;
    }
    vars.ASSAY_PROVIDERS = JSON.stringify(providers);
  }
  return vars;
}

/** Why no configured provider serves the embeddings model, or null when one does. */
function embeddingProviderProblem(env: {
  ASSAY_EMBEDDING_MODEL: string;
  ASSAY_PROVIDERS?: Record<string, ProviderEntry> | undefined;
}) {
  const model = env.ASSAY_EMBEDDING_MODEL;
  const slash = model.indexOf('/');
  if (slash < 0) return null; // a bare name goes to the built-in openai provider
  const name = model.slice(0, slash);
  const entry = env.ASSAY_PROVIDERS?.[name];
  if (!entry && !(builtInProviders as readonly string[]).includes(name)) {
    return `names provider '${name}', which is not configured (known: ${[...builtInProviders, ...Object.keys(env.ASSAY_PROVIDERS ?? {})].join(', ')})`;
  }
  if (entry?.models && !entry.models.includes(model.slice(slash + 1))) {
    return `provider '${name}' does not serve '${model.slice(slash + 1)}' (it serves: ${entry.models.join(', ')})`;
  }
  return null;
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** Parses the environment once at start-up; the result is passed down, never imported. */
export function loadEnv(source: NodeJS.ProcessEnv = process.env): Env {
  // Empty strings mean "unset" (docker-compose writes them for blank values).
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = envSchema.safeParse(cleaned);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`).join('\n');
    throw new ConfigError(`invalid configuration:\n${problems}`);
  }
  return parsed.data;
}

/** For processes that cannot start without a database (API, worker). */
export function requireMongoUri(env: Env): string {
  if (!env.MONGODB_URI) {
    throw new ConfigError(
      'MONGODB_URI is not set. Run `npm run dev` for a local stack, or point it at MongoDB 7+.',
    );
  }
  return env.MONGODB_URI;
}

/** Webhook deliveries have a queue of their own (served by every worker); a dot keeps it apart from any environment's. */
export function webhookTaskQueue(env: Pick<Env, 'ASSAY_TASK_QUEUE_PREFIX'>): string {
  return `${env.ASSAY_TASK_QUEUE_PREFIX}.webhooks`;
}

export function taskQueueFor(env: Pick<Env, 'ASSAY_TASK_QUEUE_PREFIX'>, environment: string): string {
  return `${env.ASSAY_TASK_QUEUE_PREFIX}-${environment}`;
}
