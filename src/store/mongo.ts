import { MongoClient, MongoServerError, type Db } from 'mongodb';

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

/** FerretDB reports code 11000 without `keyValue`, so callers rely on the code only. */
export function isDuplicateKeyError(error: unknown): boolean {
  return error instanceof MongoServerError && error.code === 11000;
}
