import type { Db } from 'mongodb';
import type { Logger } from '../../platform/log.js';
import { insertNew } from '../mongo.js';
import { StoreJobLeases, type Lease } from '../storeJobLeases.js';
import { evaluatorFields } from './evaluatorFields.js';
import { indexDocsAsJson } from './indexDocsAsJson.js';
import type { Migration } from './migration.js';
import { runBatchPairsAsJson } from './runBatchPairsAsJson.js';
import { runSpendSavings } from './runSpendSavings.js';
import { datasetItemChunks } from './datasetItemChunks.js';
import { resultIndexForEveryRun } from './resultIndexForEveryRun.js';
import { taskLogChunksForEveryContainer } from './taskLogChunksForEveryContainer.js';

/**
 * The store's layout history, oldest first. The next layout change adds a migration here and
 * reads only the new layout; the store records how far it has come (`store_meta`), so each
 * migration runs once, when the first API or worker process of the new release starts, before
 * it reads or serves anything.
 */
export const MIGRATIONS: readonly Migration[] = [
  indexDocsAsJson,
  runBatchPairsAsJson,
  runSpendSavings,
  evaluatorFields,
  resultIndexForEveryRun,
  datasetItemChunks,
  taskLogChunksForEveryContainer,
];
export const STORE_SCHEMA_VERSION = MIGRATIONS.length;

const META_COLLECTION = 'store_meta';
const SCHEMA_ID = 'schema';
/** The lease that lets one process at a time migrate (a store job's, see storeJobLeases.ts). */
const MIGRATION_LEASE = 'store-migrations';

interface MetaDoc {
  _id: string;
  version: number;
}

/** The layout version the store holds (0: written before versions were recorded). */
export async function storeSchemaVersion(db: Db): Promise<number> {
  const doc = await db.collection<MetaDoc>(META_COLLECTION).findOne({ _id: SCHEMA_ID });
  return doc?.version ?? 0;
}

/**
 * Brings the store to STORE_SCHEMA_VERSION: the migrations it has not run, in order, each
 * recorded once done. One process at a time (a lease); another starting meanwhile waits for
 * it. Refuses a store newer than this code (a rollback to an older release).
 */
export async function migrateStore(db: Db, logger?: Logger): Promise<void> {
  const leases = new StoreJobLeases(db);
  let lease: Lease | null = null;
  for (;;) {
    const version = await storeSchemaVersion(db);
    if (version > STORE_SCHEMA_VERSION) {
      throw new Error(
        `the store's layout is version ${version}, newer than this release's ${STORE_SCHEMA_VERSION}: run a newer release`,
      );
    }
    if (version === STORE_SCHEMA_VERSION) return;
    lease = await leases.take(MIGRATION_LEASE);
    if (lease) break;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  try {
    for (const migration of MIGRATIONS.slice(await storeSchemaVersion(db))) {
      const started = Date.now();
      const rewritten = await migration.up(db);
      await setVersion(db, migration.version);
      logger?.info(
        { migration: migration.name, version: migration.version, rewritten, ms: Date.now() - started },
        'store migrated',
      );
    }
  } finally {
    await lease.release();
  }
}

async function setVersion(db: Db, version: number): Promise<void> {
  const meta = db.collection<MetaDoc>(META_COLLECTION);
  if ((await insertNew(meta, [{ _id: SCHEMA_ID, version }]))[0]) return;
  await meta.replaceOne({ _id: SCHEMA_ID }, { version });
}
