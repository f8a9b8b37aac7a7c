import { MongoServerError, type Collection, type Db } from 'mongodb';
import { deleteMatching } from './chunkedDelete.js';
import { insertNew } from './mongo.js';

/** What the cache keeps of an answer: the model layer's reply (src/models/replies.ts), whose shape is its own. */
interface CachedReply {
  cached: boolean;
}

interface CachedResponseDocument<Reply extends CachedReply> {
  /** The request hash: FerretDB indexes only `_id`, so lookups go through it. */
  _id: string;
  scope: string | null;
  reply: Omit<Reply, 'cached'>;
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

/**
 * Model answers already paid for, one collection per run (the model layer's ResponseCacheStore,
 * src/models/responseCache.ts, is the interface this implements).
 */
export class MongoResponseCache<Reply extends CachedReply> {
  constructor(private readonly db: Db) {}

  private collection(scope: string | null | undefined): Collection<CachedResponseDocument<Reply>> {
    return this.db.collection<CachedResponseDocument<Reply>>(responseCacheCollection(scope));
  }

  async get(key: string, scope?: string, notBefore?: number): Promise<Reply | null> {
    // `_id` alone, the one filter FerretDB answers from its index; the age is checked here.
    const found = await this.collection(scope).findOne({ _id: key });
    if (!found || (notBefore !== undefined && found.created_at < notBefore)) return null;
    return { ...found.reply, cached: true } as Reply;
  }

  /**
   * The first answer stored wins (a racing attempt's insert is a duplicate and is
   * dropped). An insert, not an upsert: on FerretDB upserts scan the collection.
   */
  async put(key: string, reply: Reply, scope?: string): Promise<void> {
    await this.putMany([{ key, reply }], scope);
  }

  async putMany(entries: readonly { key: string; reply: Reply }[], scope?: string): Promise<void> {
    const createdAt = Math.floor(Date.now() / 1000);
    await insertNew(
      this.collection(scope),
      entries.map(({ key, reply }) => {
        const { cached: _cached, ...stored } = reply;
        return { _id: key, scope: scope ?? null, reply: stored, created_at: createdAt };
      }),
    );
  }

  /** Deletes a scope's answers stored before `cutoff` (unix seconds); returns how many went. */
  async deleteBefore(scope: string, cutoff: number): Promise<number> {
    return deleteMatching(this.collection(scope), { created_at: { $lt: cutoff } });
  }

  /**
   * Drops a run's cached answers: one `drop` of the run's own collection, whatever
   * its size. (A `deleteMany` by scope on one shared collection scanned every cached
   * answer of every run on FerretDB, and beyond ~32,000 matches failed outright with
   * SQLite's "too many SQL variables", so a big run's clean-up never finished.)
   * Returns how many answers were dropped.
   */
  async deleteScope(scope: string): Promise<number> {
    const count = await this.collection(scope).estimatedDocumentCount();
    await this.dropScope(scope);
    return count;
  }

  /**
   * `deleteScope` without the count, for callers that do not report it: on FerretDB the count
   * reads and parses every answer (10,000 for a 5,000-item generate + judge run, two million
   * for a 1,000,000-item one), work its server does while the run's index is being sealed.
   */
  async dropScope(scope: string): Promise<void> {
    try {
      await this.collection(scope).drop();
    } catch (error) {
      if (!isNamespaceNotFound(error)) throw error;
    }
  }
}

const isNamespaceNotFound = (error: unknown) =>
  error instanceof MongoServerError && (error.code === 26 || /ns not found/i.test(error.message));
