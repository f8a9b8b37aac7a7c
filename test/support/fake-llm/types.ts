export type Endpoint = 'chat' | 'responses';

export type FakeFault =
  | { fault: '429'; retryAfterSeconds?: number }
  | { fault: '500' }
  | { fault: '503' }
  | { fault: 'hang' }
  | { fault: 'malformed' }
  /** A 200 whose judge verdict is reshaped: stated in prose, fenced, or cut short (see malformed-judge.ts). */
  | { fault: 'prose' }
  | { fault: 'fenced' }
  | { fault: 'truncated_json' }
  | { fault: 'status'; status: number; message?: string };

export type FaultKind = FakeFault['fault'];

/** 'status' needs a status code, so it can only be programmed through a rule. */
export type RandomFaultKind = Exclude<FaultKind, 'status'>;

/** Overrides the estimated token counts; mapped to input/output tokens on the Responses API. */
export interface FakeUsage {
  promptTokens?: number;
  completionTokens?: number;
}

export interface FakeContentReply {
  content: string;
  usage?: FakeUsage;
  /** 'length' lets tests exercise truncated-output handling. */
  finishReason?: 'stop' | 'length' | 'content_filter';
  /** Answer with this function call instead of content (chat API). */
  toolCall?: { name: string; arguments: string };
}

export type FakeReply = FakeContentReply | FakeFault;

export interface ResponseFormat {
  type: 'text' | 'json_object' | 'json_schema';
  name?: string;
  schema?: Record<string, unknown>;
  strict?: boolean;
}

export interface FakeRequest {
  seq: number;
  endpoint: Endpoint;
  model: string;
  body: Record<string, unknown>;
  /** All message texts (instructions first on the Responses API) joined with '\n'. */
  promptText: string;
  lastUserText: string;
  responseFormat: ResponseFormat | undefined;
  hasAuthorization: boolean;
}

export interface RuleMatch {
  /** A string must equal the model name exactly. */
  model?: string | RegExp;
  /** A string only needs to occur somewhere in the prompt text. */
  prompt?: string | RegExp;
  endpoint?: Endpoint;
}

/** A plain object is not a FakeReply: it is serialised as the JSON text content. */
export type RuleReply = string | object | ((req: FakeRequest) => FakeReply | Promise<FakeReply>);

export type Latency = number | { min: number; max: number };

export interface FaultSettings {
  /** Fraction of completion requests, in [0, 1], that get a fault instead of a reply. */
  rate: number;
  kinds?: RandomFaultKind[];
  retryAfterSeconds?: number;
  /** Reseeds the fault generator so a sequence can be replayed. */
  seed?: number;
}

export interface RequestLogEntry {
  seq: number;
  endpoint: Endpoint;
  model: string;
  body: unknown;
  promptText: string;
  requestKey: string;
  receivedAt: number;
  /** null until a status line is written; stays null for hung requests. */
  status: number | null;
  /** True only once a complete, valid 200 reply was written; faults never count. */
  answered: boolean;
  faulted?: FaultKind;
  hasAuthorization: boolean;
}

export interface FakeLlmServerOptions {
  /** 0 picks a free port. */
  port?: number;
  host?: string;
  latencyMs?: Latency;
  seed?: number;
  models?: string[];
  /** When false, completions for models outside `models` and rules get a 404. */
  acceptAnyModel?: boolean;
  faults?: FaultSettings;
  /** A provider's requests-per-minute limit: beyond it, 429 with Retry-After (see rate-limit.ts). */
  requestsPerMinute?: number;
  /** The sliding window it is counted over (60 s by default; shorter windows allow their part of it). */
  rateLimitWindowMs?: number;
  /** The most recent requests kept in the request log (all by default; see request-log.ts). */
  requestLogLimit?: number;
}
