import type { ModelClient, ModelRequest } from './modelClient.js';
import { modelCacheHits } from '../platform/metrics.js';
import type { ModelReply } from './replies.js';
import { responseCacheKey, type ResponseCacheStore } from './responseCache.js';
import { type CacheMode, projectCacheScope, usesProjectCache } from '../domain/answerCache.js';

/** A run reading its project's answer cache: where it is, and which requests may use it. */
export interface ProjectCachePolicy {
  projectId: string;
  cache: CacheMode;
  cacheNondeterministic: boolean;
  /** Answers older than this are not reused (ASSAY_ANSWER_CACHE_DAYS); the janitor deletes them. */
  maxAgeSeconds: number;
}

/** What judging and generating need of a model client: one completion per request. */
export type CompletionClient = Pick<ModelClient, 'complete'>;

/**
 * The model client with a response cache around it: answers what `scope` (a run) already paid
 * for from `cache`, and keeps what it pays for, so a batch run again after a worker crash does
 * not ask the model again. A decorator, so the client itself knows nothing of caching.
 */
export class CachingModelClient implements CompletionClient {
  private limitWaitMs = 0;
  private callMs = 0;

  constructor(
    private readonly client: Pick<ModelClient, 'complete' | 'resolve'>,
    private readonly cache: ResponseCacheStore,
    /** Folded into the key and where answers are kept: identical prompts in different runs get their own answers. */
    private readonly scope: string,
    /** When the run reads its project's answer cache too (`cache: "project"`). */
    private readonly project?: ProjectCachePolicy,
    /** The calls' turn within the scope: the batch's index in its run (see LimitedCall). */
    private readonly order?: number,
  ) {}

  async complete(request: ModelRequest): Promise<ModelReply> {
    // Resolved first, as the client would: an unknown slug is `not_found` whatever the cache holds.
    const { provider, model } = this.client.resolve(request.slug);
    const keyOf = (scope: string) =>
      responseCacheKey({
        baseURL: provider.baseURL,
        model,
        apiType: request.apiType,
        messages: request.messages,
        params: request.tools?.length
          ? { ...request.inferenceParams, tools: request.tools }
          : request.inferenceParams,
        scope,
      });
    const key = keyOf(this.scope);
    const hit = await this.cache.get(key, this.scope);
    if (hit) {
      modelCacheHits.inc({ cache: 'run' });
      return hit;
    }
    const shared =
      this.project && usesProjectCache(this.project, request.inferenceParams)
        ? projectCacheScope(this.project.projectId)
        : null;
    const sharedKey = shared ? keyOf(shared) : null;
    if (shared && sharedKey) {
      const notBefore = Math.floor(Date.now() / 1000) - this.project!.maxAgeSeconds;
      const sharedHit = await this.cache.get(sharedKey, shared, notBefore);
      if (sharedHit) {
        modelCacheHits.inc({ cache: 'project' });
        return { ...sharedHit, usage: { input: 0, output: 0 }, savedUsage: sharedHit.usage };
      }
    }
    // The run's calls take turns with other runs' for the provider's allowance.
    const { waitedMs = 0, ...reply } = await this.client.complete({
      ...request,
      scope: this.scope,
      order: this.order,
    });
    this.limitWaitMs += waitedMs;
    this.callMs += reply.latencyMs;
    // Kept without the wait: a later hit waited for nothing.
    await this.cache.put(key, reply, this.scope);
    if (shared && sharedKey) await this.cache.put(sharedKey, reply, shared);
    return reply;
  }

  /**
   * Whether the calls made through this client spent more time waiting for their provider's shared
   * allowance than being answered: the run is held back by a limit, not by the provider's speed.
   */
  mostlyWaitedOnLimits(): boolean {
    return this.limitWaitMs > this.callMs;
  }
}
