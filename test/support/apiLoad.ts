import autocannon, { type Request as LoadRequest, type Result } from 'autocannon';
import type { InProcessStack } from './inProcessStack.js';

/**
 * Many concurrent API clients at once, driven by autocannon (a real HTTP load
 * generator: keep-alive connections, no client-side queueing in Node's fetch):
 * task-log ingestion, dataset item uploads, run creation, and readers polling a run
 * and a list. Records what each write acknowledged, so the caller can check it is
 * all readable afterwards. No vitest here: the benchmark uses it too.
 */
export interface ApiLoadOptions {
  /** Connections per scenario (four scenarios run at once). */
  connections: number;
  /** Requests per write scenario; the readers send twice as many. */
  requests: number;
  /** Records per ingestion or upload request. */
  batch: number;
}

export interface ScenarioReport {
  name: string;
  requests: number;
  latencyMs: { p50: number; p90: number; p99: number; max: number };
  requestsPerSecond: number;
  statuses: Record<string, number>;
  errors: number;
  timeouts: number;
}

export interface ApiLoadReport {
  scenarios: ScenarioReport[];
  /** Log ids, dataset item ids and run ids the API answered 2xx for. */
  acknowledged: { logs: Set<string>; items: Set<string>; runs: Set<string> };
  /**
   * Timings by endpoint (`GET /v1/containers/{id}/logs`...), each request timed from its setup
   * to its response: autocannon's own summary has no p95 and mixes a scenario's endpoints.
   */
  endpoints: Map<string, EndpointTimings>;
}

export interface EndpointTimings {
  /** Each answered request's latency. */
  latenciesMs: number[];
  /** `performance.now()` of the first request sent and of the last answer: the endpoint's window. */
  firstSentAt: number;
  lastAnsweredAt: number;
}

type Context = { batch?: string[]; n?: number; sentAt?: number };

function report(name: string, result: Result): ScenarioReport {
  const statuses: Record<string, number> = {};
  for (const [status, { count }] of Object.entries(result.statusCodeStats ?? {}))
    statuses[status] = count ?? 0;
  return {
    name,
    requests: result.requests.total,
    latencyMs: {
      p50: result.latency.p50,
      p90: result.latency.p90,
      p99: result.latency.p99,
      max: result.latency.max,
    },
    requestsPerSecond: Math.round(result.requests.average),
    statuses,
    errors: result.errors,
    timeouts: result.timeouts,
  };
}

/**
 * Needs, in the stack's project: a container `container` and a dataset `dataset`, a
 * judge evaluator `evaluator` of the container, and one run `runId` to poll.
 */
export async function driveApiLoad(
  stack: InProcessStack,
  names: { container: string; dataset: string; evaluator: string; runId: string },
  options: ApiLoadOptions,
): Promise<ApiLoadReport> {
  const acknowledged = { logs: new Set<string>(), items: new Set<string>(), runs: new Set<string>() };
  const endpoints = new Map<string, EndpointTimings>();
  /** `request`, timed under `endpoint` (one request at a time per connection, so per-connection context holds). */
  const timed = (endpoint: string, request: LoadRequest): LoadRequest => {
    const timings: EndpointTimings = { latenciesMs: [], firstSentAt: Infinity, lastAnsweredAt: 0 };
    endpoints.set(endpoint, timings);
    return {
      ...request,
      setupRequest: (req, context: Context) => {
        context.sentAt = performance.now();
        timings.firstSentAt = Math.min(timings.firstSentAt, context.sentAt);
        return typeof request.setupRequest === 'function' ? request.setupRequest(req, context) : req;
      },
      onResponse: (status, body, context: Context, responseHeaders) => {
        const now = performance.now();
        if (context.sentAt !== undefined) timings.latenciesMs.push(now - context.sentAt);
        timings.lastAnsweredAt = now;
        if (typeof request.onResponse === 'function')
          request.onResponse(status, body, context, responseHeaders);
      },
    };
  };
  const headers = { authorization: `Bearer ${stack.adminKey}`, 'content-type': 'application/json' };
  let sequence = 0;
  const nextBatch = (prefix: string) =>
    Array.from({ length: options.batch }, () => `${prefix}-${sequence++}`);
  const run = (name: string, amount: number, requests: LoadRequest[]) =>
    autocannon({
      url: stack.api.url,
      connections: options.connections,
      amount,
      // Generous: on a busy CI machine a slow answer is not a lost one; a hung one still fails.
      timeout: 60,
      headers,
      requests,
    }).then((result) => report(name, result));

  const scenarios = await Promise.all([
    run('ingest task logs', options.requests, [
      timed('POST /v1/containers/{id}/logs', {
        method: 'POST',
        path: `/v1/containers/${names.container}/logs`,
        setupRequest: (request, context: Context) => {
          context.batch = nextBatch('load-log');
          const logs = context.batch.map((id) => ({ id, input: `question ${id}`, output: `answer ${id}` }));
          return { ...request, body: JSON.stringify({ logs }) };
        },
        onResponse: (status, body) => {
          if (status === 200)
            for (const id of (JSON.parse(body) as { ids: string[] }).ids) acknowledged.logs.add(id);
        },
      }),
    ]),
    run('upload dataset items', options.requests, [
      timed('POST /v1/datasets/{id}/items', {
        method: 'POST',
        path: `/v1/datasets/${names.dataset}/items`,
        setupRequest: (request, context: Context) => {
          context.batch = nextBatch('load-item');
          // A bare JSON array, as SPEC allows.
          return { ...request, body: JSON.stringify(context.batch.map((id) => ({ id, input: `q ${id}` }))) };
        },
        onResponse: (status, _body, context: Context) => {
          if (status === 200) for (const id of context.batch ?? []) acknowledged.items.add(`dsi_${id}`);
        },
      }),
    ]),
    run('create runs', Math.max(1, Math.round(options.requests / 4)), [
      timed('POST /v1/evaluations/runs', {
        method: 'POST',
        path: '/v1/evaluations/runs',
        setupRequest: (request) => ({
          ...request,
          headers: { ...headers, 'idempotency-key': `load-run-${sequence++}` },
          body: JSON.stringify({
            container: names.container,
            evaluators: [names.evaluator],
            sample: { type: 'container', limit: 5 },
          }),
        }),
        onResponse: (status, body) => {
          if (status === 201) acknowledged.runs.add((JSON.parse(body) as { id: string }).id);
        },
      }),
    ]),
    run('poll a run and a list', options.requests * 2, [
      timed('GET /v1/evaluations/runs/{id}', { method: 'GET', path: `/v1/evaluations/runs/${names.runId}` }),
      timed('GET /v1/containers/{id}/logs', {
        method: 'GET',
        path: `/v1/containers/${names.container}/logs?limit=20`,
      }),
    ]),
  ]);
  return { scenarios, acknowledged, endpoints };
}

/** The latency table a test or the benchmark prints. */
export function formatLoadReport(report: ApiLoadReport): string {
  const rows = report.scenarios.map(
    (s) =>
      `${s.name.padEnd(24)} ${String(s.requests).padStart(6)} req ${String(s.requestsPerSecond).padStart(5)} req/s  p50 ${s.latencyMs.p50} ms  p90 ${s.latencyMs.p90} ms  p99 ${s.latencyMs.p99} ms  max ${s.latencyMs.max} ms  statuses ${JSON.stringify(s.statuses)}`,
  );
  return rows.join('\n');
}
