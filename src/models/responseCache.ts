import { createHash } from 'node:crypto';
import type { ChatMessage } from '../domain/common.js';
import type { InferenceParams } from '../domain/inferenceParams.js';
import { stableJson } from '../domain/stableJson.js';
import type { ModelReply } from './replies.js';

/**
 * Model answers already paid for, so a batch re-executed after a worker crash (or a
 * retried activity) does not call the model again for items it already asked about.
 */
export interface ResponseCacheStore {
  /**
   * `scope` as given to `put`: a scope's answers live together, so they can be dropped together.
   * `notBefore` (unix seconds): an answer stored earlier is not returned.
   */
  get(key: string, scope?: string, notBefore?: number): Promise<ModelReply | null>;
  put(key: string, reply: ModelReply, scope?: string): Promise<void>;
  /** Several answers in one write (duplicates of stored keys are dropped, as with `put`). */
  putMany(entries: readonly CachedAnswer[], scope?: string): Promise<void>;
}

export interface CachedAnswer {
  key: string;
  reply: ModelReply;
}

export interface ResponseCacheKeyParts {
  baseURL: string;
  model: string;
  apiType: string;
  messages: readonly ChatMessage[];
  /** The inference params, and the tools offered when there are any. */
  params: (InferenceParams & { tools?: unknown[] }) | undefined;
  /** Usually the run id: identical prompts in different runs get their own answers. */
  scope: string;
}

/** sha256 of the exact request; object keys are sorted so equal requests always hash alike. */
export function responseCacheKey(parts: ResponseCacheKeyParts): string {
  const request = {
    v: 1,
    base_url: parts.baseURL,
    model: parts.model,
    api_type: parts.apiType,
    messages: parts.messages,
    params: parts.params ?? {},
    scope: parts.scope,
  };
  return createHash('sha256').update(stableJson(request)).digest('hex');
}
