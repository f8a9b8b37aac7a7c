import { MongoServerError, type Db } from 'mongodb';
import { RateLimiterMongo } from 'rate-limiter-flexible';

/**
 * Rate-limit windows live in the store, so every API replica counts against the same limit.
 * One document per limited name (`<prefix>:<name>`) with its points and the end of its window.
 */
export const RATE_LIMITS_COLLECTION = 'rate_limits';

/**
 * A fixed one-minute window of `perMinute` points per name, shared by every process on `db`; none
 * for a limit of 0, which is off (the configuration's word for it): nothing to count, so no store
 * command per request. Each count is a findAndModify, on FerretDB about 4 ms of the server's time.
 */
export function minuteLimiter(db: Db, prefix: string, perMinute: number): RateLimiterMongo | undefined {
  if (perMinute === 0) return undefined;
  return new RateLimiterMongo({
    storeClient: db,
    tableName: RATE_LIMITS_COLLECTION,
    keyPrefix: prefix,
    points: perMinute,
    duration: 60,
    // Its own index creation would log to the console where the server lacks TTL indexes;
    // ensureRateLimitIndexes creates what each server supports.
    disableIndexesCreation: true,
  });
}

/**
 * The unique `key` index is what the limiter relies on (an expired window's document is
 * replaced in place, so there is one document per name). The TTL index only tidies names no
 * longer seen; FerretDB 1.24 has none ("not implemented yet"), and does without it.
 */
export async function ensureRateLimitIndexes(db: Db): Promise<void> {
  const collection = db.collection(RATE_LIMITS_COLLECTION);
  await collection.createIndex({ key: 1 }, { unique: true });
  try {
    await collection.createIndex({ expire: -1 }, { expireAfterSeconds: 0 });
  } catch (error) {
    if (!(error instanceof MongoServerError && /expireAfterSeconds.*not implemented/i.test(error.message))) {
      throw error;
    }
  }
}
