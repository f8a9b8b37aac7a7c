import {
  MongoBulkWriteError,
  MongoClient,
  MongoServerError,
  type Collection,
  type Db,
  type Document,
  type Filter,
  type OptionalUnlessRequiredId,
  type WithId,
} from 'mongodb';

export interface MongoHandle {
  client: MongoClient;
  db: Db;
  close(): Promise<void>;
}

/**
 * Short server-selection timeout: when MongoDB is down the API answers 503 within
 * seconds instead of holding requests for the driver's default 30s. The driver
 * reconnects by itself once the server is back, without a restart.
 */
export async function connectMongo(uri: string, database: string): Promise<MongoHandle> {
  const client = new MongoClient(uri, {
    serverSelectionTimeoutMS: 3000,
    connectTimeoutMS: 3000,
    maxPoolSize: 20,
    // FerretDB has no retryable-writes support through sessions; plain writes are idempotent here anyway.
    retryWrites: false,
  });
  await client.connect();
  return { client, db: client.db(database), close: () => client.close() };
}

/**
 * FerretDB reports code 11000 without `keyValue`, so callers rely on the code only —
 * except for an update that breaks a unique secondary index, which FerretDB (SQLite)
 * answers as an internal error naming SQLite's UNIQUE constraint.
 */
export function isDuplicateKeyError(error: unknown): boolean {
  return (
    error instanceof MongoServerError &&
    (error.code === 11000 || /UNIQUE constraint failed/.test(error.message))
  );
}

/**
 * Inserts what is not there yet; a document whose `_id` exists is left as it was
 * (false in the answer). The write to use on hot paths: one command for a whole
 * batch, and on a stock FerretDB 1.24 the only write that does not scan the
 * collection (updates, upserts and deletes by `_id` do, unless built with the
 * `_id` patch of src/stack/ferretdbSource.ts, as the local stack is).
 */
export async function insertNew<T extends Document>(
  collection: Collection<T>,
  docs: OptionalUnlessRequiredId<T>[],
): Promise<boolean[]> {
  const inserted = docs.map(() => true);
  if (docs.length === 0) return inserted;
  try {
    await collection.insertMany(docs, { ordered: false });
  } catch (error) {
    const failures = error instanceof MongoBulkWriteError ? [error.writeErrors].flat() : [];
    if (failures.length === 0 || failures.some((failure) => failure.code !== 11000)) throw error;
    for (const failure of failures) inserted[failure.index] = false;
  }
  return inserted;
}

/** `_id` look-ups in flight at once: enough to hide the round trips, few enough to leave the pool to others. */
const LOOKUP_CONCURRENCY = 16;
/**
 * Commands in flight at once for the work after a run ends (sealing its results index, dropping
 * its batches): people read the run's pages then, and their reads queue behind these in the
 * store, while FerretDB writes one at a time anyway.
 */
export const AFTER_RUN_CONCURRENCY = 4;

/**
 * The share of the time the work after a run ends keeps working: after each step it rests as
 * long as the step took (at 0.5), so pages read meanwhile find the store and the CPU free half
 * the time. On FerretDB the burst of sealing and clean-up otherwise doubled page latency.
 */
const AFTER_RUN_DUTY = 0.5;

/** `work`, then a rest in proportion to how long it took (AFTER_RUN_DUTY). */
export async function paced<R>(work: () => Promise<R>): Promise<R> {
  const started = performance.now();
  const result = await work();
  const rest = (performance.now() - started) * (1 / AFTER_RUN_DUTY - 1);
  await new Promise((resolve) => setTimeout(resolve, rest));
  return result;
}

/** `fn` over `items`, `concurrency` at a time (`LOOKUP_CONCURRENCY` unless said), answers in order. */
export async function inParallel<T, R>(
  items: readonly T[],
  fn: (item: T) => Promise<R>,
  concurrency = LOOKUP_CONCURRENCY,
): Promise<R[]> {
  const out: R[] = [];
  for (let i = 0; i < items.length; i += concurrency) {
    out.push(...(await Promise.all(items.slice(i, i + concurrency).map(fn))));
  }
  return out;
}

/**
 * The documents among `ids` that exist, by `_id`. One equality look-up each, a few
 * at a time, rather than one `$in` query: `_id` equality is the one filter every
 * backend answers from an index, while FerretDB answers `$in` by scanning the whole
 * collection — a cost that grows with the collection, not with `ids`.
 */
export async function findByIds<T extends Document & { _id: string }>(
  collection: Collection<T>,
  ids: readonly string[],
): Promise<Map<string, WithId<T>>> {
  const found = new Map<string, WithId<T>>();
  for (let start = 0; start < ids.length; start += LOOKUP_CONCURRENCY) {
    const docs = await Promise.all(
      ids.slice(start, start + LOOKUP_CONCURRENCY).map((id) => collection.findOne({ _id: id } as Filter<T>)),
    );
    for (const doc of docs) if (doc) found.set(doc._id, doc);
  }
  return found;
}
