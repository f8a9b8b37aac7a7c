import { setMaxListeners } from 'node:events';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { handleAdmin } from './admin-routes.js';
import {
  comparisonJudgeSchema,
  neutralComparisonJudge,
  type ComparisonJudgeSettings,
} from './comparison-judge.js';
import { handleCompletion, type CompletionDependencies } from './completion-handler.js';
import { handleEmbeddings } from './embeddings.js';
import { FaultInjector } from './fault-injector.js';
import { RequestsPerMinute } from './rate-limit.js';
import { BodyTooLargeError, sendError, sendJson } from './http-io.js';
import { LatencySchedule } from './latency-schedule.js';
import { RequestLog } from './request-log.js';
import { RuleBook } from './rule-book.js';
import type {
  FakeLlmServerOptions,
  FaultSettings,
  Latency,
  RequestLogEntry,
  RuleMatch,
  RuleReply,
} from './types.js';

export { defaultCompletionFor, defaultScoreFor, estimateTokens, requestKeyFor } from './deterministic.js';
export type * from './types.js';

export const DEFAULT_MODELS: readonly string[] = [
  'gpt-4o-mini',
  'gpt-4o',
  'llama3',
  'judge-model',
  'model-a',
  'model-b',
];
const DEFAULT_SEED = 42;
const MODEL_CREATED_AT = 1_700_000_000;

/** An OpenAI-compatible HTTP server with programmable replies, latency and faults, for tests and benchmarks. */
export class FakeLlmServer {
  private readonly http: Server;
  private readonly log: RequestLog;
  private readonly rules = new RuleBook();
  private readonly faults: FaultInjector;
  private readonly rateLimit = new RequestsPerMinute();
  private readonly latency: LatencySchedule;
  private readonly shutdown = new AbortController();
  private readonly configuredModels: readonly string[];
  private readonly acceptAnyModel: boolean;
  private closing: Promise<void> | undefined;
  private comparisonJudge: ComparisonJudgeSettings = neutralComparisonJudge;

  private constructor(private readonly options: FakeLlmServerOptions) {
    const seed = options.seed ?? DEFAULT_SEED;
    // Every request waiting out its latency listens on this signal: dozens at once is normal.
    setMaxListeners(0, this.shutdown.signal);
    this.faults = new FaultInjector(seed);
    if (options.faults) this.faults.configure(options.faults);
    this.rateLimit.set(options.requestsPerMinute, options.rateLimitWindowMs);
    // A different seed keeps latency draws independent of fault draws.
    this.latency = new LatencySchedule(options.latencyMs ?? 0, seed + 1);
    this.configuredModels = options.models ?? DEFAULT_MODELS;
    this.log = new RequestLog(options.requestLogLimit);
    this.acceptAnyModel = options.acceptAnyModel ?? true;
    this.http = createServer((req, res) => void this.handle(req, res));
  }

  static async start(options: FakeLlmServerOptions = {}): Promise<FakeLlmServer> {
    const server = new FakeLlmServer(options);
    await new Promise<void>((resolve, reject) => {
      server.http.once('error', reject);
      server.http.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => {
        server.http.off('error', reject);
        resolve();
      });
    });
    return server;
  }

  get port(): number {
    return (this.http.address() as AddressInfo).port;
  }

  get host(): string {
    const host = this.options.host ?? '127.0.0.1';
    return host.includes(':') ? `[${host}]` : host;
  }

  /** What to pass as the openai client's baseURL. */
  get baseUrl(): string {
    return `http://${this.host}:${this.port}/v1`;
  }

  /** Live view: entries are updated in place as their responses are written. */
  get requests(): readonly RequestLogEntry[] {
    return this.log.entries;
  }

  on(match: RuleMatch, reply: RuleReply): this {
    this.rules.add(match, reply);
    return this;
  }

  setFaults(settings: FaultSettings): void {
    this.faults.configure(settings);
  }

  /** Enforces a requests-per-minute limit (429 beyond it, with Retry-After); undefined lifts it. */
  setRequestsPerMinute(limit: number | undefined, windowMs?: number): void {
    this.rateLimit.set(limit, windowMs);
  }

  /** Requests the requests-per-minute limit refused since it was set. */
  get rateLimited(): number {
    return this.rateLimit.refused;
  }

  clearFaults(): void {
    this.faults.configure({ rate: 0 });
  }

  /** The default comparing judge's model strengths and position bias; `reset()` makes it neutral again. */
  setComparisonJudge(settings: Partial<ComparisonJudgeSettings>): void {
    this.comparisonJudge = comparisonJudgeSchema.parse(settings);
  }

  setLatency(latency: Latency): void {
    this.latency.set(latency);
  }

  /** Clears rules, faults, the log and a rate limit set since start, and restores the fault seed; latency is left as it is. */
  reset(): void {
    this.rules.clear();
    this.comparisonJudge = neutralComparisonJudge;
    this.faults.reset();
    this.rateLimit.set(this.options.requestsPerMinute, this.options.rateLimitWindowMs);
    this.log.clear();
  }

  answeredKeys(): string[] {
    return this.log.answeredKeys();
  }

  /** Resolves with the log once it holds at least `count` entries. */
  waitForRequests(count: number, timeoutMs = 10_000): Promise<RequestLogEntry[]> {
    return this.log.waitForCount(count, timeoutMs);
  }

  knownModels(): string[] {
    return [...new Set([...this.configuredModels, ...this.rules.modelNames()])];
  }

  /** Destroys every open socket, hung ones included, instead of waiting for clients to let go. */
  close(): Promise<void> {
    this.closing ??= new Promise<void>((resolve, reject) => {
      this.shutdown.abort();
      this.http.close((error) => (error ? reject(error) : resolve()));
      this.http.closeAllConnections();
    });
    return this.closing;
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    try {
      await this.route(req, res);
    } catch (error) {
      if (res.headersSent) {
        res.destroy();
        return;
      }
      const tooLarge = error instanceof BodyTooLargeError;
      await sendError(res, tooLarge ? 413 : 500, {
        message: `fake-llm: ${error instanceof Error ? error.message : String(error)}`,
        type: tooLarge ? 'invalid_request_error' : 'server_error',
        code: null,
      });
    }
  }

  private async route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const path = new URL(req.url ?? '/', 'http://fake-llm').pathname.replace(/\/+$/, '');
    const route = `${req.method ?? 'GET'} ${path}`;
    if (path.startsWith('/_fake/')) return handleAdmin(this, route, req, res);
    if (route === 'POST /v1/chat/completions')
      return handleCompletion(this.completionDependencies(), 'chat', req, res);
    if (route === 'POST /v1/responses')
      return handleCompletion(this.completionDependencies(), 'responses', req, res);
    if (route === 'POST /v1/embeddings') return handleEmbeddings(req, res);
    if (route === 'GET /v1/models') {
      await sendJson(res, 200, { object: 'list', data: this.knownModels().map(modelCard) });
      return;
    }
    if (route.startsWith('GET /v1/models/'))
      return this.retrieveModel(decodeURIComponent(path.slice(11)), res);
    await sendError(res, 404, {
      message: `Unknown route ${route}`,
      type: 'invalid_request_error',
      code: 'unknown_url',
    });
  }

  private async retrieveModel(model: string, res: ServerResponse): Promise<void> {
    if (this.isKnownModel(model)) {
      await sendJson(res, 200, modelCard(model));
      return;
    }
    await sendError(res, 404, {
      message: `The model \`${model}\` does not exist or you do not have access to it.`,
      type: 'invalid_request_error',
      code: 'model_not_found',
    });
  }

  private isKnownModel(model: string): boolean {
    return this.acceptAnyModel || this.knownModels().includes(model);
  }

  private completionDependencies(): CompletionDependencies {
    return {
      log: this.log,
      rules: this.rules,
      comparisons: () => this.comparisonJudge,
      faults: this.faults,
      rateLimit: this.rateLimit,
      latency: this.latency,
      isKnownModel: (model) => this.isKnownModel(model),
      shutdown: this.shutdown.signal,
    };
  }
}

function modelCard(id: string): Record<string, unknown> {
  return { id, object: 'model', created: MODEL_CREATED_AT, owned_by: 'fake-llm' };
}
