import {
  MongoBulkWriteError,
  MongoClient,
  MongoServerError,
  type Collection,
  type Db,
  type Document,
  type OptionalUnlessRequiredId,
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
 * (false in the answer). On FerretDB this is the write to use on hot paths: an
 * insert is answered by the `_id` index, while updates, upserts and deletes —
 * even by `_id` — scan the whole collection.
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
