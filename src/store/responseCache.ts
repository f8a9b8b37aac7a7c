import { createHash } from 'node:crypto';
import { MongoServerError, type Collection, type Db } from 'mongodb';
import type { ChatMessage } from '../domain/common.js';
import { stableJson } from '../domain/stableJson.js';
import type { InferenceParams } from '../domain/inferenceParams.js';
import type { ModelReply } from '../models/modelClient.js';
import { insertNew } from './mongo.js';

/**
 * Model answers already paid for, so a batch re-executed after a worker crash (or a
 * retried activity) does not call the model again for items it already asked about.
 */
export interface ResponseCacheStore {
  /** `scope` as given to `put`: a scope's answers live together, so they can be dropped together. */
  get(key: string, scope?: string): Promise<ModelReply | null>;
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

/** Answers without a scope; a scope (a run) gets a collection of its own, `<this>_<scope>`. */
export const RESPONSE_CACHE_COLLECTION = 'model_responses';

/** Scopes are run ids; anything else is refused rather than becoming an odd collection name. */
const scopePattern = /^[A-Za-z0-9_-]{1,100}$/;

export function responseCacheCollection(scope: string | null | undefined): string {
  if (!scope) return RESPONSE_CACHE_COLLECTION;
  if (!scopePattern.test(scope)) throw new Error(`invalid response cache scope '${scope}'`);
  return `${RESPONSE_CACHE_COLLECTION}_${scope}`;
}

export class MongoResponseCache implements ResponseCacheStore {
  constructor(private readonly db: Db) {}

  private collection(scope: string | null | undefined): Collection<CachedResponseDocument> {
    return this.db.collection<CachedResponseDocument>(responseCacheCollection(scope));
  }

  async get(key: string, scope?: string): Promise<ModelReply | null> {
    const found = await this.collection(scope).findOne({ _id: key });
    return found ? { ...found.reply, cached: true } : null;
  }

  /**
   * The first answer stored wins (a racing attempt's insert is a duplicate and is
   * dropped). An insert, not an upsert: on FerretDB upserts scan the collection.
   */
  async put(key: string, reply: ModelReply, scope?: string): Promise<void> {
    const { cached: _cached, ...stored } = reply;
    await insertNew(this.collection(scope), [
      { _id: key, scope: scope ?? null, reply: stored, created_at: Math.floor(Date.now() / 1000) },
    ]);
  }

  /**
   * Drops a run's cached answers: one `drop` of the run's own collection, whatever
   * its size. (A `deleteMany` by scope on one shared collection scanned every cached
   * answer of every run on FerretDB, and beyond ~32,000 matches failed outright with
   * SQLite's "too many SQL variables", so a big run's clean-up never finished.)
   * Returns how many answers were dropped.
   */
  async deleteScope(scope: string): Promise<number> {
    const collection = this.collection(scope);
    const count = await collection.estimatedDocumentCount();
    try {
      await collection.drop();
    } catch (error) {
      if (!isNamespaceNotFound(error)) throw error;
    }
    return count;
  }
}

const isNamespaceNotFound = (error: unknown) =>
  error instanceof MongoServerError && (error.code === 26 || /ns not found/i.test(error.message));
