import {
  modelCalls,
  modelCallSeconds,
  modelRateLimited,
  modelSpend,
  modelTokens,
} from '../platform/metrics.js';
import { costUsd } from './pricing.js';
import OpenAI from 'openai';
import type { ChatMessage } from '../domain/common.js';
import type { ApiType } from '../domain/evaluators.js';
import type { InferenceParams } from '../domain/inferenceParams.js';
import type { Logger } from '../platform/log.js';
import {
  chatCompletionBody,
  promptTextOf,
  readChatReply,
  readResponsesReply,
  responsesBody,
} from './apiBodies.js';
import { classifyModelError, ModelCallError } from './modelErrors.js';
import { CallLimiter } from './limits/callLimiter.js';
import { keepAliveFetch } from './keepAliveFetch.js';
import { inModelSpan } from './modelSpan.js';
import type { Provider, ProviderRegistry, ResolvedModel } from './providers.js';
import type { EmbeddingReply, ModelReply, ReplyContent } from './replies.js';

export interface ModelRequest {
  /** `<provider>/<model>`, resolved through the ProviderRegistry. */
  slug: string;
  apiType: ApiType;
  messages: ChatMessage[];
  inferenceParams?: InferenceParams;
  /** Tools the model may call, in the API's own shape (an eval run's `sampling_params.tools`). */
  tools?: Record<string, unknown>[];
  signal?: AbortSignal;
  /** Who the call is for (a run): calls waiting for a provider's allowance take turns by scope. */
  scope?: string;
  /** Its turn within the scope (see LimitedCall): the batch's index in its run. */
  order?: number;
}

/** Calls without a scope (graders.run, scripts) take their turns together. */
const UNSCOPED = '';

/**
 * Calls OpenAI-compatible models by slug. One instance per worker process: it holds one openai
 * client per provider, and every call waits for the provider's allowance (`limiter`), shared by
 * every activity running in the process and, through the store, by every worker.
 */
export class ModelClient {
  private readonly connections = new Map<string, OpenAI>();
  /** One for every provider: its keep-alive agents hold the open connections (see keepAliveFetch). */
  private readonly fetch = keepAliveFetch();

  constructor(
    private readonly registry: ProviderRegistry,
    /** Where the provider's own words about a failure go: the operator's log, never the tenant's result. */
    private readonly logger?: Pick<Logger, 'warn'>,
    private readonly limiter: CallLimiter = new CallLimiter(),
  ) {}

  /** The provider and model a slug names; a slug no provider serves is a `not_found` model error. */
  resolve(slug: string): ResolvedModel {
    const resolved = this.registry.resolve(slug);
    if (!resolved) throw new ModelCallError('not_found', `${slug}: ${this.registry.explainUnserved(slug)}`);
    return resolved;
  }

  async complete(request: ModelRequest): Promise<ModelReply> {
    const resolved = this.resolve(request.slug);
    const body =
      request.apiType === 'responses'
        ? responsesBody(resolved.model, request.messages, request.inferenceParams)
        : chatCompletionBody(
            resolved.model,
            request.messages,
            request.inferenceParams,
            resolved.provider.structuredOutput,
          );
    // Beside a function forced for structured output (tool_call mode), if any.
    if (request.tools?.length) {
      const withTools = body as { tools?: unknown[] };
      withTools.tools = [...(withTools.tools ?? []), ...request.tools];
    }
    return inModelSpan('chat', resolved, () => this.call(resolved, request, body));
  }

  /** Embeddings of `input` (the provider's `/embeddings` API), in the order given. */
  async embed(request: { slug: string; input: string[]; signal?: AbortSignal }): Promise<EmbeddingReply> {
    const resolved = this.resolve(request.slug);
    const client = this.connectionFor(resolved.provider);
    const tokens = estimateTokens(request.input.join('\n'));
    return inModelSpan('embeddings', resolved, async () => {
      // A signal aborted while waiting for the allowance rejects with its reason.
      const permit = await this.limiter.acquire(resolved, {
        scope: UNSCOPED,
        tokens,
        signal: request.signal,
      });
      let usedTokens: number | undefined;
      try {
        const reply = await client.embeddings.create(
          { model: resolved.model, input: request.input, encoding_format: 'float' },
          { signal: request.signal },
        );
        const vectors = [...reply.data].sort((a, b) => a.index - b.index).map((d) => d.embedding);
        usedTokens = reply.usage?.prompt_tokens ?? 0;
        return { vectors, usage: { input: usedTokens, output: 0 } };
      } catch (error) {
        if (request.signal?.aborted) throw request.signal.reason;
        throw this.failed(resolved, error, request.slug, [resolved.provider.apiKey]);
      } finally {
        permit.release(usedTokens);
      }
    });
  }

  private async call(
    resolved: ResolvedModel,
    request: ModelRequest,
    body: ReturnType<typeof chatCompletionBody> | ReturnType<typeof responsesBody>,
  ): Promise<ModelReply> {
    // Read once: the token estimate for the allowance, and the reply's prompt echo.
    const promptText = promptTextOf(request.messages);
    // A signal aborted while waiting for the allowance rejects with its reason.
    const permit = await this.limiter.acquire(resolved, {
      scope: request.scope ?? UNSCOPED,
      order: request.order,
      tokens: estimateTokens(promptText),
      signal: request.signal,
    });
    let usedTokens: number | undefined;
    try {
      const reply = await this.callNow(resolved, request, body, promptText);
      usedTokens = reply.usage.input + reply.usage.output;
      return { ...reply, waitedMs: permit.waitedMs };
    } finally {
      permit.release(usedTokens);
    }
  }

  /** The typed failure of a call; a 429 backs the provider's allowance off for every worker. */
  private failed(resolved: ResolvedModel, error: unknown, label: string, secrets: (string | undefined)[]) {
    const failure = classifyModelError(error, { label, secrets });
    if (failure.kind === 'rate_limited') {
      modelRateLimited.inc({ provider: resolved.provider.name });
      this.limiter.rateLimited(resolved, failure.retryAfterMs);
    }
    return failure;
  }

  private async callNow(
    resolved: ResolvedModel,
    request: ModelRequest,
    body: ReturnType<typeof chatCompletionBody> | ReturnType<typeof responsesBody>,
    promptText: string,
  ): Promise<ModelReply> {
    const client = this.connectionFor(resolved.provider);
    const started = performance.now();
    let content: ReplyContent;
    try {
      // The caller's signal as it is: the client composes it with its own (AbortSignal.any) and
      // adds no listener to it, so a batch's signal shared by all its calls collects none.
      const options = { signal: request.signal };
      content =
        request.apiType === 'responses'
          ? readResponsesReply(
              await client.responses.create(body as ReturnType<typeof responsesBody>, options),
              promptText,
            )
          : readChatReply(
              await client.chat.completions.create(body as ReturnType<typeof chatCompletionBody>, options),
              promptText,
              { toolsOffered: Boolean(request.tools?.length) },
            );
    } catch (error) {
      // A cancelled activity is not a model failure: let the cancellation itself propagate.
      if (request.signal?.aborted) throw request.signal.reason;
      const { apiKey, headers } = resolved.provider;
      const failure = this.failed(resolved, error, request.slug, [apiKey, ...Object.values(headers)]);
      const labels = { provider: resolved.provider.name, model: resolved.model };
      modelCalls.inc({ ...labels, outcome: failure.kind });
      modelCallSeconds.observe(labels, (performance.now() - started) / 1000);
      this.logger?.warn(
        {
          slug: request.slug,
          kind: failure.kind,
          status: failure.status,
          providerDetail: failure.providerDetail,
        },
        'model call failed',
      );
      throw failure;
    }
    const labels = { provider: resolved.provider.name, model: resolved.model };
    modelCalls.inc({ ...labels, outcome: 'ok' });
    modelCallSeconds.observe(labels, (performance.now() - started) / 1000);
    modelTokens.inc({ ...labels, direction: 'input' }, content.usage.input);
    modelTokens.inc({ ...labels, direction: 'output' }, content.usage.output);
    // At the configured prices, as the run's own spend is; a model without a price costs 0 here too.
    modelSpend.inc(labels, costUsd(resolved.provider.prices[resolved.model], content.usage));
    return {
      ...content,
      model: content.model ?? resolved.model,
      latencyMs: Math.round(performance.now() - started),
      cached: false,
    };
  }

  private connectionFor(provider: Provider): OpenAI {
    let connection = this.connections.get(provider.name);
    if (!connection) {
      connection = new OpenAI({
        baseURL: provider.baseURL,
        // The SDK demands a key; a keyless provider (vLLM, Ollama) gets none sent (header nulled below).
        apiKey: provider.apiKey ?? 'no-key',
        // Explicit nulls stop the SDK from reading OPENAI_* env vars and sending them to other providers.
        organization: null,
        project: null,
        adminAPIKey: null,
        webhookSecret: null,
        defaultHeaders: provider.apiKey ? provider.headers : { authorization: null, ...provider.headers },
        // Retries belong to the Temporal activity, which honours Retry-After and counts attempts.
        maxRetries: 0,
        timeout: provider.timeoutMs,
        fetch: this.fetch,
      });
      this.connections.set(provider.name, connection);
    }
    return connection;
  }
}

/** A prompt's tokens, roughly (4 characters each), for the tokens-per-minute allowance until the reply says. */
function estimateTokens(text: string): number {
  return Math.ceil(text.length / 4);
}
