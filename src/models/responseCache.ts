import { createHash } from 'node:crypto';
import type { Collection, Db } from 'mongodb';
import type { ChatMessage } from '../domain/common.js';
import { stableJson } from '../domain/stableJson.js';
import type { InferenceParams } from '../domain/inferenceParams.js';
import type { ModelReply } from './modelClient.js';
import { insertNew } from '../store/mongo.js';

/**
 * Model answers already paid for, so a batch re-executed after a worker crash (or a
 * retried activity) does not call the model again for items it already asked about.
 */
export interface ResponseCacheStore {
  get(key: string): Promise<ModelReply | null>;
  /** `scope` is stored beside the answer so a run's entries can be deleted together. */
  put(key: string, reply: ModelReply, scope?: string): Promise<void>;
}

export interface ResponseCacheKeyParts {
  baseURL: string;
  model: string;
  apiType: string;
  messages: readonly ChatMessage[];
  params: InferenceParams | undefined;
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

interface CachedResponseDocument {
  /** The request hash: FerretDB indexes only `_id`, so lookups go through it. */
  _id: string;
  scope: string | null;
  reply: Omit<ModelReply, 'cached'>;
  created_at: number;
}

export const RESPONSE_CACHE_COLLECTION = 'model_responses';

export class MongoResponseCache implements ResponseCacheStore {
  private readonly collection: Collection<CachedResponseDocument>;

  constructor(db: Db) {
    this.collection = db.collection<CachedResponseDocument>(RESPONSE_CACHE_COLLECTION);
  }

  async get(key: string): Promise<ModelReply | null> {
    const found = await this.collection.findOne({ _id: key });
    return found ? { ...found.reply, cached: true } : null;
  }

  /**
   * The first answer stored wins (a racing attempt's insert is a duplicate and is
   * dropped). An insert, not an upsert: on FerretDB upserts scan the collection.
   */
  async put(key: string, reply: ModelReply, scope?: string): Promise<void> {
    const { cached: _cached, ...stored } = reply;
    await insertNew(this.collection, [
      { _id: key, scope: scope ?? null, reply: stored, created_at: Math.floor(Date.now() / 1000) },
    ]);
  }

  /** Drops a run's cached answers (a scan: `scope` is not indexed, which is fine for cleanup). */
  async deleteScope(scope: string): Promise<number> {
    const result = await this.collection.deleteMany({ scope });
    return result.deletedCount;
  }
}
