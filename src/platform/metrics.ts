import { Counter, Gauge, Histogram, Registry } from 'prom-client';

/**
 * The process's Prometheus metrics (the API's `/metrics`, the worker's metrics port). Names
 * follow Prometheus conventions: the unit in the name, `_total` for counters; label sets are
 * bounded (route templates, provider and model names from the configuration, outcome kinds),
 * never a run id, a key or anything a tenant writes.
 */
// prom-client's default process metrics are left out: three of its gauges end in `_total`,
// which `promtool check metrics` rejects; node_exporter covers the host and process.
export const metricsRegistry = new Registry();

/** Model call latencies span milliseconds (a cache) to minutes (a slow reasoning model). */
const MODEL_SECONDS = [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120];
const HTTP_SECONDS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

export const httpRequests = new Counter({
  name: 'assay_http_requests_total',
  help: 'API requests answered, by method, route template and status code',
  labelNames: ['method', 'route', 'status'] as const,
  registers: [metricsRegistry],
});

export const httpRequestSeconds = new Histogram({
  name: 'assay_http_request_duration_seconds',
  help: 'API request latency, by method and route template',
  labelNames: ['method', 'route'] as const,
  buckets: HTTP_SECONDS,
  registers: [metricsRegistry],
});

export const modelCalls = new Counter({
  name: 'assay_model_calls_total',
  help: 'Model calls made to providers, by provider, model and outcome (ok or the error kind)',
  labelNames: ['provider', 'model', 'outcome'] as const,
  registers: [metricsRegistry],
});

export const modelCallSeconds = new Histogram({
  name: 'assay_model_call_duration_seconds',
  help: 'Model call latency, by provider and model',
  labelNames: ['provider', 'model'] as const,
  buckets: MODEL_SECONDS,
  registers: [metricsRegistry],
});

export const modelTokens = new Counter({
  name: 'assay_model_tokens_total',
  help: 'Tokens of answered model calls, by provider, model and direction (input or output)',
  labelNames: ['provider', 'model', 'direction'] as const,
  registers: [metricsRegistry],
});

export const modelRateLimited = new Counter({
  name: 'assay_model_rate_limited_total',
  help: 'Model calls a provider refused with 429, by provider',
  labelNames: ['provider'] as const,
  registers: [metricsRegistry],
});

export const modelLimiterWaitSeconds = new Histogram({
  name: 'assay_model_limiter_wait_seconds',
  help: "Time model calls waited for the provider's shared allowance (concurrency, requests and tokens per minute, a 429 pause), by provider",
  labelNames: ['provider'] as const,
  buckets: [0.001, 0.01, 0.1, 0.5, 1, 2.5, 5, 10, 30, 60, 300],
  registers: [metricsRegistry],
});

export const modelLimiterShare = new Gauge({
  name: 'assay_model_limiter_share_ratio',
  help: "This worker's part of an allowance: 1 / the workers using it, times the backoff after 429s; by allowance (a provider, or provider/model)",
  labelNames: ['allowance'] as const,
  registers: [metricsRegistry],
});

export const modelCacheHits = new Counter({
  name: 'assay_model_cache_hits_total',
  help: "Model calls answered from a cache instead of a provider, by cache (run: a re-executed batch's own answers; project: the project's answer cache)",
  labelNames: ['cache'] as const,
  registers: [metricsRegistry],
});

export const modelRetries = new Counter({
  name: 'assay_model_retries_total',
  help: 'Model calls tried again after a retryable failure (429, 5xx, timeout, connection), by provider',
  labelNames: ['provider'] as const,
  registers: [metricsRegistry],
});

export const modelSpend = new Counter({
  name: 'assay_model_spend_usd_total',
  help: "Spend on answered model calls at the provider's configured prices (USD), by provider and model",
  labelNames: ['provider', 'model'] as const,
  registers: [metricsRegistry],
});

export const runsFinished = new Counter({
  name: 'assay_runs_finished_total',
  help: 'Evaluation runs that reached a final status (completed, error or cancelled), by status',
  labelNames: ['status'] as const,
  registers: [metricsRegistry],
});

export const batchesEvaluated = new Counter({
  name: 'assay_batches_evaluated_total',
  help: 'Batch activity attempts, by outcome (ok, error: to be retried or failing the run, cancelled)',
  labelNames: ['outcome'] as const,
  registers: [metricsRegistry],
});

export const sandboxExecutions = new Counter({
  name: 'assay_sandbox_executions_total',
  help: 'Code evaluator sandbox processes (one per batch of items), by outcome: ok, or the limit hit (timeout, cpu, memory), cancelled, error',
  labelNames: ['outcome'] as const,
  registers: [metricsRegistry],
});

/**
 * Where the store-jobs gauge reads its numbers at scrape time (the API's job queue); the last one
 * set wins, as there is one API per process outside tests.
 */
let storeJobsSource: (() => Promise<Record<string, number>>) | undefined;

export const storeJobsPending = new Gauge({
  name: 'assay_store_jobs_pending',
  help: 'Store jobs not finished yet (deletes of big datasets and containers, results index sealing), by kind',
  labelNames: ['kind'] as const,
  registers: [metricsRegistry],
  async collect() {
    if (!storeJobsSource) return;
    this.reset();
    // A scrape while MongoDB is away leaves the gauge empty rather than failing the whole scrape.
    const counts = await storeJobsSource().catch(() => ({}));
    for (const [kind, count] of Object.entries(counts)) this.set({ kind }, count);
  },
});

/** Sets where `assay_store_jobs_pending` reads; returns the function that stops it reading there. */
export function measureStoreJobs(source: () => Promise<Record<string, number>>): () => void {
  storeJobsSource = source;
  return () => {
    if (storeJobsSource === source) storeJobsSource = undefined;
  };
}

/** The text format Prometheus scrapes, and its content type. */
export async function metricsText(): Promise<{ contentType: string; body: string }> {
  return { contentType: metricsRegistry.contentType, body: await metricsRegistry.metrics() };
}
