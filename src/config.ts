import { z } from 'zod';

/**
 * Every environment variable Assay reads, defined once: the zod schema parses it,
 * and the README's configuration table is checked against `configVariables`.
 */
const int = (min: number) => z.coerce.number().int().min(min);
const list = z.string().transform((s) =>
  s
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean),
);

interface Variable<S extends z.ZodType = z.ZodType> {
  schema: S;
  doc: string;
}
const variable = <S extends z.ZodType>(schema: S, doc: string): Variable<S> => ({ schema, doc });

export const configVariables = {
  MONGODB_URI: variable(
    z.string().min(1).optional(),
    'MongoDB connection string. Unset under `npm run dev`, which starts its own server.',
  ),
  MONGODB_DATABASE: variable(
    z.string().min(1).default('assay'),
    'Database holding every project (tenancy is a field, not a database).',
  ),
  TEMPORAL_ADDRESS: variable(z.string().min(1).default('127.0.0.1:7233'), 'Temporal frontend host:port.'),
  TEMPORAL_NAMESPACE: variable(z.string().min(1).default('default'), 'Temporal namespace for runs.'),
  ASSAY_TASK_QUEUE_PREFIX: variable(
    z
      .string()
      .regex(/^[a-z0-9-]+$/)
      .default('assay'),
    'Runs go to task queue `<prefix>-<environment>`; tests use their own prefix to stay isolated.',
  ),
  ASSAY_WORKER_ENVIRONMENTS: variable(
    list.default(['main']),
    'Comma-separated environments this worker serves (one task queue each).',
  ),
  ASSAY_WORKER_MAX_CONCURRENT_ACTIVITIES: variable(
    int(1).default(20),
    'Activity slots per worker; each batch activity runs many model calls itself.',
  ),
  ASSAY_WORKER_MAX_CACHED_WORKFLOWS: variable(
    int(0).default(200),
    'Sticky workflow cache size; set explicitly rather than derived from heap size.',
  ),
  ASSAY_ENVIRONMENTS: variable(
    list.default(['main']),
    'Comma-separated environments a run may name (422 otherwise); a run waits visibly until some worker serves its environment.',
  ),
  ASSAY_RUN_BATCH_SIZE: variable(
    int(1).max(10_000).default(100),
    'Items per run batch (one batch document, one activity). Batches are also capped at ~4 MB of items.',
  ),
  ASSAY_RUN_WINDOW: variable(
    int(1).max(500).default(4),
    'Batch activities of one run in flight at once (the sliding window).',
  ),
  ASSAY_RUN_BATCHES_PER_EXECUTION: variable(
    int(1).default(50),
    'Batches one workflow execution runs before continuing as new, which keeps its history bounded.',
  ),
  ASSAY_RUN_HEARTBEAT_TIMEOUT_MS: variable(
    int(1000).default(30_000),
    'How long a batch activity may go without a heartbeat before Temporal takes its worker for dead and retries the batch elsewhere: how long a crashed worker holds up its batches. Batches heartbeat at a third of it (at most every 5 s). Fixed per run when it is prepared.',
  ),
  ASSAY_RUN_ITEM_ATTEMPTS: variable(
    int(1).max(50).default(8),
    'Attempts of one model call inside a batch (429/5xx/timeouts, honouring Retry-After) before the item is recorded as an error; when no other call succeeded meanwhile (an outage), Temporal retries the batch later instead.',
  ),
  ASSAY_RUN_ITEM_CONCURRENCY: variable(
    int(1).max(1000).default(16),
    'Items of one batch evaluated at once; provider max_concurrency still caps the calls per worker.',
  ),
  HOST: variable(z.string().default('127.0.0.1'), 'API listen address (use 0.0.0.0 in containers).'),
  PORT: variable(int(0).max(65535).default(3000), 'API listen port.'),
  LOG_LEVEL: variable(
    z.enum(['trace', 'debug', 'info', 'warn', 'error', 'fatal', 'silent']).default('info'),
    'pino log level.',
  ),
  ASSAY_BOOTSTRAP_ADMIN_KEY: variable(
    z.string().min(24, 'must be at least 24 characters').optional(),
    'If set, this admin key is created (hashed) for the bootstrap project at start, for a first start without the keys command.',
  ),
  ASSAY_BOOTSTRAP_PROJECT: variable(
    z.string().min(1).default('default'),
    'Project of the bootstrap admin key.',
  ),
  ASSAY_MAX_BODY_BYTES: variable(
    int(1024).default(5 * 1024 * 1024),
    'Largest JSON request body (413 beyond it). Streamed JSONL uploads are limited per line instead.',
  ),
  ASSAY_MAX_LINE_BYTES: variable(int(1024).default(1024 * 1024), 'Largest single line of a JSONL upload.'),
  ASSAY_MAX_LOG_BATCH: variable(
    int(1).default(1000),
    'Most task logs (or dataset items in a JSON array) per request.',
  ),
  ASSAY_RATE_LIMIT_PER_MINUTE: variable(int(1).default(600), 'Requests per API key per minute before 429.'),
  ASSAY_PROVIDERS: variable(
    z.string().optional(),
    'JSON map of model providers: `{"name": {"base_url", "api_key_env"?, "headers"?, "max_concurrency"?, "timeout_ms"?, "prices"?: {"model": {"input", "output"}}}}` (USD per million tokens). Merged over the built-in `openai` and `ollama` providers.',
  ),
  OPENAI_API_KEY: variable(z.string().optional(), 'Key of the built-in `openai` provider.'),
  OPENAI_BASE_URL: variable(
    z.string().url().default('https://api.openai.com/v1'),
    'Base URL of the built-in `openai` provider (Azure, OpenRouter, vLLM... are OpenAI-compatible).',
  ),
  ASSAY_EMBEDDING_MODEL: variable(
    z.string().min(1).default('text-embedding-3-large'),
    "Embeddings model of `text_similarity` graders with `cosine` (OpenAI's hosted graders used text-embedding-3-large); a bare name goes to the `openai` provider, or give `<provider>/<model>`.",
  ),
  OLLAMA_BASE_URL: variable(
    z.string().url().default('http://127.0.0.1:11434/v1'),
    'Base URL of the built-in `ollama` provider.',
  ),
  ASSAY_SANDBOX_DIR: variable(
    z.string().optional(),
    "Where code evaluators' virtual environments are cached (default: the user cache dir).",
  ),
  ASSAY_SANDBOX_MAX_ENVIRONMENTS: variable(
    int(1).default(20),
    'Cached requirement environments kept before the least recently used is evicted.',
  ),
  ASSAY_SANDBOX_MEMORY_MB: variable(int(32).default(512), 'Address-space limit of a code evaluator process.'),
  ASSAY_SANDBOX_CPU_SECONDS: variable(
    int(1).default(60),
    'CPU-time limit of one code evaluator batch process.',
  ),
  ASSAY_SANDBOX_ITEM_TIMEOUT_MS: variable(
    int(10).default(5000),
    'Wall-clock limit of one item in a code evaluator.',
  ),
  ASSAY_SANDBOX_BATCH_TIMEOUT_MS: variable(
    int(100).default(120_000),
    'Wall-clock limit of one batch in a code evaluator.',
  ),
} as const;

type Variables = typeof configVariables;
export type Env = { [K in keyof Variables]: z.output<Variables[K]['schema']> };

const envSchema = z.object(
  Object.fromEntries(Object.entries(configVariables).map(([k, v]) => [k, v.schema])) as {
    [K in keyof Variables]: Variables[K]['schema'];
  },
);

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
  return parsed.data as Env;
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

export function taskQueueFor(env: Pick<Env, 'ASSAY_TASK_QUEUE_PREFIX'>, environment: string): string {
  return `${env.ASSAY_TASK_QUEUE_PREFIX}-${environment}`;
}
