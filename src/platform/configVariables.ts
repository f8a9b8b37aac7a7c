import { apiKeyPattern } from '../domain/keys.js';
import { httpUrlSchema, providersConfigSchema } from '../domain/providers.js';
import { z } from 'zod';
import { PYTHON_GRADER_REQUIREMENTS } from '../domain/graders.js';
import { requirementsSchema } from '../domain/requirements.js';
import {
  defaultInstallLimits as installDefaults,
  defaultSandboxLimits as sandboxDefaults,
  FALLBACK_MAX_PROCESSES,
} from '../sandbox/limits.js';

/**
 * Every environment variable Assay reads, defined once: the zod schema parses it,
 * and the README's configuration table is checked against `configVariables`.
 */
const MiB = 1024 * 1024;
const int = (min: number) => z.coerce.number().int().min(min);
const port = int(1).max(65535);
/** A JSON document in a variable; its content is checked by the schema piped after it. */
const json = z.string().transform((text, ctx) => {
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    ctx.addIssue({ code: 'custom', message: `is not valid JSON: ${(error as Error).message}` });
    return z.NEVER;
  }
});
const list = z.string().transform((s) =>
  s
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean),
);

/**
 * pip requirements, space-separated (a requirement may hold commas: `numpy>=2,<3`); `none` is the
 * empty set, since an empty variable reads as unset.
 */
const requirementList = z
  .string()
  .transform((s) => (s.trim() === 'none' ? [] : s.split(/\s+/).filter(Boolean)))
  .pipe(requirementsSchema);
const writeRequirementList = (list: unknown) =>
  (list as string[]).length === 0 ? 'none' : (list as string[]).join(' ');

interface Variable<S extends z.ZodType = z.ZodType> {
  schema: S;
  doc: string;
  /** The parsed value as the variable writes it, where `writeVariable`'s default does not. */
  write?: (value: unknown) => string;
}
const variable = <S extends z.ZodType>(
  schema: S,
  doc: string,
  write?: (value: unknown) => string,
): Variable<S> => ({ schema, doc, ...(write ? { write } : {}) });

/** A parsed value as its variable is written: lists comma-separated unless the variable says otherwise. */
export function writeVariable(variable: Variable, value: unknown): string {
  if (variable.write) return variable.write(value);
  return Array.isArray(value) ? value.join(',') : String(value);
}

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
  ASSAY_WORKER_METRICS_PORT: variable(
    int(0).max(65535).default(0),
    "The worker's Prometheus metrics port (`/metrics` on the worker host's loopback unless ASSAY_WORKER_METRICS_HOST says otherwise); 0: none.",
  ),
  ASSAY_WORKER_METRICS_HOST: variable(
    z.string().default('127.0.0.1'),
    'Address of the worker metrics listener (0.0.0.0 for a Prometheus in another container).',
  ),
  ASSAY_WORKER_TEMPORAL_METRICS_PORT: variable(
    int(0).max(65535).default(0),
    "The Temporal SDK's own worker metrics (task slots, poll and schedule-to-start latencies, sticky cache), served by the SDK's Prometheus listener at ASSAY_WORKER_METRICS_HOST on this port; 0: none. A port apart from ASSAY_WORKER_METRICS_PORT: the SDK's native runtime serves it, not Node.",
  ),
  OTEL_EXPORTER_OTLP_ENDPOINT: variable(
    z.url().optional(),
    "OpenTelemetry collector base URL (the standard OTel variable): set, the API and the worker export traces over OTLP/HTTP with JSON bodies to its `/v1/traces` (request spans, the run's workflow and activities, model calls); unset: no tracing at all.",
  ),
  ASSAY_METRICS_TOKEN: variable(
    z.string().min(16).optional(),
    "Bearer token Prometheus sends for the API's `/metrics` (process-wide counts of every project's traffic); unset: the API serves no metrics.",
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
  ASSAY_RUN_LARGE_BATCH_SIZE: variable(
    int(1).max(10_000).default(500),
    "Items per run batch past a run's first 200 items (ASSAY_RUN_BATCH_SIZE before them; a value not above it keeps one size). Every batch costs a Temporal activity, its workflow task and a few store writes whatever it holds, so long runs take fewer, larger ones. A large batch counts as its size over ASSAY_RUN_BATCH_SIZE (rounded up) batches: that many times the items evaluated at once (ASSAY_RUN_ITEM_CONCURRENCY), the time limits and the part of the run's estimated spend a budget expects. Fixed per run when it is prepared.",
  ),
  ASSAY_RUN_CODE_BATCH_SIZE: variable(
    int(1).max(10_000).default(1000),
    'Items per run batch of a run whose evaluators are all code evaluators and whose sides are stored items (no model calls): each batch starts one sandbox per evaluator, so larger batches start fewer. A batch of such a run shares the sandbox limits ASSAY_SANDBOX_BATCH_TIMEOUT_MS and ASSAY_SANDBOX_CPU_SECONDS; lower it for evaluators slower than about 100 ms per item.',
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
    'Attempts of one model call inside a batch (429/5xx/timeouts, honouring Retry-After) before the item is recorded as an error; when no other call succeeded meanwhile (an outage), the run shows the outage and retries the batch later instead.',
  ),
  ASSAY_RUN_STALL_LIMIT_MS: variable(
    int(1000).default(15 * 60_000),
    'How long a run may fail to reach a model provider (unreachable, timeouts, 429, 5xx) before it pauses with reason `provider_unavailable`; meanwhile the run shows the provider, the error and the next retry. Resume it once the provider is back: nothing done is lost or paid twice. Fixed per run when it is prepared.',
  ),
  ASSAY_RUN_ITEM_CONCURRENCY: variable(
    int(1).max(1000).default(16),
    'Items of one batch of ASSAY_RUN_BATCH_SIZE evaluated at once (a large batch, ASSAY_RUN_LARGE_BATCH_SIZE, that many times its size over ASSAY_RUN_BATCH_SIZE); the provider allowances (max_concurrency and the per-minute limits) still hold for all workers together.',
  ),
  ASSAY_RETENTION_DAYS: variable(
    int(0).default(0),
    'Run results and task logs older than this many days are deleted by a sweep the API runs hourly (a run keeps its metrics and summary; its results list empties). 0 keeps everything.',
  ),
  ASSAY_ANSWER_CACHE_DAYS: variable(
    int(1).max(3650).default(30),
    'How long a project answer cache (runs with `cache: "project"`) keeps a model answer: an older one is not reused, and the API\'s hourly sweep deletes it.',
  ),
  ASSAY_WEBHOOK_RETRY_SCHEDULE_MS: variable(
    list
      .transform((parts) => parts.map(Number))
      .pipe(z.array(z.number().int().min(0)).min(1).max(50))
      .default(
        // Svix's schedule: immediately, 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 10 h — about 27.6 hours in all.
        [0, 5_000, 300_000, 1_800_000, 7_200_000, 18_000_000, 36_000_000, 36_000_000],
      ),
    'Comma-separated delays in ms before each attempt of one webhook delivery (the first is usually 0); after the last failed attempt the delivery is `failed`. The default spans about 27.6 hours.',
  ),
  ASSAY_WEBHOOK_TIMEOUT_MS: variable(
    int(100).max(60_000).default(10_000),
    'How long one webhook attempt may take (connect, send, first bytes of the answer) before it counts as failed.',
  ),
  ASSAY_MONITOR_POLL_MS: variable(
    int(100).max(600_000).default(5_000),
    "How long a monitor whose backlog is empty waits before reading its container's new logs again: with a 2 s settling time and one pass of scoring, a log is scored within about this plus 2 s plus a pass's scoring time of its ingestion.",
  ),
  ASSAY_WEBHOOK_DISABLE_AFTER_MS: variable(
    int(0).default(5 * 24 * 3_600_000),
    'An endpoint whose attempts have failed without a success for this long is disabled, with the reason shown (PATCH `enabled: true` re-enables it).',
  ),
  ASSAY_WEBHOOK_ALLOWED_HOSTS: variable(
    list.default([]),
    'Comma-separated host names or addresses webhooks may reach although they are not https or resolve to loopback, private, link-local or other refused ranges (e.g. `127.0.0.1` for tests, or an internal receiver). Everything else must be https to public addresses.',
  ),
  HOST: variable(z.string().default('127.0.0.1'), 'API listen address (use 0.0.0.0 in containers).'),
  PORT: variable(int(0).max(65535).default(3000), 'API listen port.'),
  LOG_LEVEL: variable(
    z.enum(['trace', 'debug', 'info', 'warn', 'error', 'fatal', 'silent']).default('info'),
    'pino log level.',
  ),
  ASSAY_BOOTSTRAP_ADMIN_KEY: variable(
    z
      .string()
      .regex(
        apiKeyPattern,
        'must look like every Assay key: assay_sk_ then 20-100 letters, digits, _ or - (a key of another shape could never authenticate)',
      )
      .optional(),
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
  ASSAY_RATE_LIMIT_PER_MINUTE: variable(
    int(0).default(600),
    'Requests per API key per minute before 429. Rate limits are counted in the database, so API replicas share them; each replica takes a fiftieth of a limit at a time (at most 20), so one store write counts several requests, and with several replicas a limit may be reached up to that much early, never exceeded. 0 turns the limit off (for a gateway that limits requests itself): no count, no RateLimit-* headers.',
  ),
  ASSAY_PROJECT_RATE_LIMIT_PER_MINUTE: variable(
    int(0).default(3000),
    "Requests per project per minute, all its keys together, before 429 (an admin key can mint more keys, so the project's total is bounded too). 0 turns the limit off.",
  ),
  ASSAY_AUTH_FAILURES_PER_MINUTE: variable(
    int(0).default(100),
    'Well-formed but unknown or revoked API keys one client address may send per minute; past it the address gets 429 until the minute ends. 0 turns the count off.',
  ),
  ASSAY_TRUST_PROXY_HOPS: variable(
    int(0).default(0),
    "Reverse proxies in front of the API whose X-Forwarded-For is trusted for the client's address (0: the peer's address is the client's).",
  ),
  ASSAY_MAX_UPLOAD_BYTES: variable(
    int(1024).default(1024 * 1024 * 1024),
    'Largest JSONL upload in bytes (413 beyond it; nothing of it is kept).',
  ),
  ASSAY_MAX_CONCURRENT_UPLOADS: variable(
    int(1).default(2),
    'JSONL uploads one project may stream at once per API process (429 beyond it).',
  ),
  ASSAY_PROJECT_BUDGET_USD: variable(
    z.coerce.number().positive().optional(),
    "Spend ceiling in USD of each project's runs together (unset: none). A run whose estimate would cross it is refused (403 project_budget_exceeded); a running run pauses (status_reason project_budget_exceeded) before a batch would cross it.",
  ),
  ASSAY_PROVIDERS: variable(
    json.pipe(providersConfigSchema).optional(),
    'JSON map of model providers: `{"name": {"base_url", "api_key_env"?, "headers"?, "max_concurrency"?, "requests_per_minute"?, "tokens_per_minute"?, "model_limits"?: {"model": {"max_concurrency"?, "requests_per_minute"?, "tokens_per_minute"?}}, "timeout_ms"?, "models"?, "prices"?: {"model": {"input", "output"}}, "structured_output"?: "json_schema" | "tool_call" | "json_object"}}` (limits hold for all workers together; USD per million tokens; structured_output is how judges ask for their verdict, default json_schema). `api_key_env` must name a set variable; `prices` and `model_limits` may only name listed `models`. Merged over the built-in `openai` and `ollama` providers.',
  ),
  OPENAI_API_KEY: variable(z.string().optional(), 'Key of the built-in `openai` provider.'),
  OPENAI_BASE_URL: variable(
    httpUrlSchema.default('https://api.openai.com/v1'),
    'Base URL of the built-in `openai` provider (Azure, OpenRouter, vLLM... are OpenAI-compatible).',
  ),
  ASSAY_EMBEDDING_MODEL: variable(
    z.string().min(1).default('text-embedding-3-large'),
    "Embeddings model of `text_similarity` graders with `cosine` (OpenAI's hosted graders used text-embedding-3-large); a bare name goes to the `openai` provider, or give `<provider>/<model>` of a configured provider.",
  ),
  ASSAY_PYTHON_GRADER_REQUIREMENTS: variable(
    requirementList.default(PYTHON_GRADER_REQUIREMENTS),
    "Packages the `python` graders of OpenAI evals and graders.run can import, installed once into a cached sandbox venv (space-separated pip requirements; `none`: the standard library only). The default is the scientific set OpenAI's grader image documented, pinned.",
    writeRequirementList,
  ),
  OLLAMA_BASE_URL: variable(
    httpUrlSchema.default('http://127.0.0.1:11434/v1'),
    'Base URL of the built-in `ollama` provider.',
  ),
  ASSAY_SANDBOX_DIR: variable(
    z.string().optional(),
    "Where code evaluators' virtual environments are cached (default: the user cache dir).",
  ),
  ASSAY_SANDBOX_ALLOWED_PACKAGES: variable(
    list.optional(),
    "Comma-separated package names code evaluators' requirements may name (PEP 503 names; unset: any package on the index). Checked when an evaluator is created or updated (422) and again before installing.",
  ),
  ASSAY_SANDBOX_MAX_ENVIRONMENTS: variable(
    int(1).default(20),
    'Cached requirement environments kept before the least recently used is evicted.',
  ),
  ASSAY_SANDBOX_MEMORY_MB: variable(
    int(32).default(sandboxDefaults.memoryBytes / MiB),
    "Memory of one code-evaluator sandbox: its cgroup (all its processes, swap included) where cgroups are available, and each process's address space (RLIMIT_AS).",
  ),
  ASSAY_SANDBOX_CPU_SECONDS: variable(
    int(1).default(sandboxDefaults.cpuSeconds),
    'CPU time of one code-evaluator batch: all its processes together where cgroups are available, and each process (RLIMIT_CPU).',
  ),
  ASSAY_SANDBOX_CPUS: variable(
    z.coerce.number().min(0.01).max(1024).default(sandboxDefaults.cpus),
    'CPU cores one code-evaluator sandbox may use at once (cgroup CPU quota; not enforced without cgroups).',
  ),
  ASSAY_SANDBOX_MAX_PROCESSES: variable(
    int(2).max(4096).default(sandboxDefaults.maxProcesses),
    `Processes and threads of one code-evaluator sandbox (cgroup pids.max and RLIMIT_NPROC; at most ${FALLBACK_MAX_PROCESSES} without cgroups).`,
  ),
  ASSAY_SANDBOX_ITEM_TIMEOUT_MS: variable(
    int(10).default(sandboxDefaults.itemTimeoutMs),
    'Wall-clock limit of one item in a code evaluator.',
  ),
  ASSAY_SANDBOX_BATCH_TIMEOUT_MS: variable(
    int(100).default(sandboxDefaults.batchTimeoutMs),
    'Wall-clock limit of one batch in a code evaluator.',
  ),
  ASSAY_SANDBOX_CGROUPS: variable(
    z.enum(['auto', 'off']).default('auto'),
    "`auto`: bound each sandbox with its own cgroup (v2, or v1 controllers) under this process's cgroup when the host delegates one, else fall back (logged at start); `off`: always the fallback (rlimits, few processes, the memory budget).",
  ),
  ASSAY_SANDBOX_MEMORY_BUDGET_MB: variable(
    int(64).optional(),
    "Memory all sandboxes of one process may use together (default: half the host's RAM); sandboxes beyond it wait. A sandbox counts as ASSAY_SANDBOX_MEMORY_MB with cgroups, that times its process limit without.",
  ),
  ASSAY_SANDBOX_MAX_VALIDATIONS: variable(
    int(1).default(2),
    'Code evaluators the API compiles and loads at once (create-time validation runs user code); more wait.',
  ),
  ASSAY_SANDBOX_INSTALL_TIMEOUT_MS: variable(
    int(1000).default(installDefaults.timeoutMs),
    'Wall-clock limit of installing one requirement set (venv + pip).',
  ),
  ASSAY_SANDBOX_INSTALL_MEMORY_MB: variable(
    int(64).default(installDefaults.memoryBytes / MiB),
    "Memory of the installer (pip): each process's address space, and its cgroup where available.",
  ),
  ASSAY_SANDBOX_INSTALL_CPU_SECONDS: variable(
    int(1).default(installDefaults.cpuSeconds),
    'CPU time of each installer process.',
  ),
  ASSAY_SANDBOX_INSTALL_FILE_SIZE_MB: variable(
    int(1).default(installDefaults.fileSizeBytes / MiB),
    'Largest single file the installer may write.',
  ),
  ASSAY_SANDBOX_INSTALL_TMP_MB: variable(
    int(16).default(installDefaults.tmpBytes / MiB),
    "Size of the installer's private temporary folder (a tmpfs, so RAM): downloads and unpacking.",
  ),
  ASSAY_SANDBOX_MAX_CONCURRENT_INSTALLS: variable(
    int(1).default(installDefaults.maxConcurrent),
    'Requirement sets installed at once by one process; more wait.',
  ),
  ASSAY_SANDBOX_CACHE_MAX_MB: variable(
    int(64).default(installDefaults.cacheMaxBytes / MiB),
    'Total size of the cached environments; the least recently used are evicted beyond it (and beyond ASSAY_SANDBOX_MAX_ENVIRONMENTS).',
  ),
  ASSAY_DEV_TEMPORAL_PORT: variable(port.default(7233), '`npm run dev`: port of its Temporal frontend.'),
  ASSAY_DEV_TEMPORAL_UI_PORT: variable(port.default(8233), '`npm run dev`: port of its Temporal UI.'),
  ASSAY_DEV_MONGO_PORT: variable(
    port.default(27018),
    '`npm run dev`: port of its MongoDB-compatible server (not 27017, so a MongoDB the developer already runs keeps its port).',
  ),
  ASSAY_TEMPORAL_UI_URL: variable(
    httpUrlSchema.optional(),
    'Base URL of the Temporal UI (e.g. `http://127.0.0.1:8233`): the console links each run to its workflow there. Unset: no link. `npm run dev` sets it to its own UI.',
  ),
} as const;
