import { randomBytes } from 'node:crypto';
import type { Db } from 'mongodb';
import { afterAll, beforeAll, inject } from 'vitest';
import { connectMongo, type MongoHandle } from '../../src/store/mongo.js';

/**
 * A database of its own for one test file, on the suite's MongoDB-compatible server
 * (started by globalSetup), dropped after the file. Call at the top of the file; the
 * getter answers once `beforeAll` has run.
 */
export function useTestDatabase(name: string): () => Db {
  let handle: MongoHandle | undefined;
  beforeAll(async () => {
    handle = await connectMongo(inject('mongoUri'), `assay_test_${name}_${randomBytes(4).toString('hex')}`);
  });
  afterAll(async () => {
    await handle?.db.dropDatabase();
    await handle?.close();
  });
  return () => handle!.db;
}
