import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { startMongoServer, type MongoServer } from './mongo.js';
import { freePort } from './ports.js';
import type { Progress } from './progress.js';
import { findTemporalCli, startTemporalDevServer, type TemporalDevServer } from './temporal.js';

export interface LocalStack {
  temporal: TemporalDevServer;
  mongo: MongoServer;
  stop(): Promise<void>;
}

export interface LocalStackOptions {
  /** Holds the databases and logs; reuse it to keep data across restarts. */
  dataDir: string;
  temporalPort?: number;
  /** Omit for a headless Temporal (tests). */
  temporalUiPort?: number;
  mongoPort?: number;
  namespace: string;
  /** false: Temporal keeps workflows in memory only (test runs). */
  persistTemporal: boolean;
  progress: Progress;
}

/** Starts Temporal's dev server and the MongoDB-compatible server side by side. */
export async function startLocalStack(options: LocalStackOptions): Promise<LocalStack> {
  mkdirSync(options.dataDir, { recursive: true });
  const logs = path.join(options.dataDir, 'logs');
  // Provision both binaries before starting either, so a failed build starts nothing.
  const cli = await findTemporalCli(options.progress);
  options.progress('starting the MongoDB-compatible server');
  const mongo = await startMongoServer(
    {
      port: options.mongoPort ?? (await freePort()),
      dataDir: path.join(options.dataDir, 'mongo'),
      logFile: path.join(logs, 'mongo.log'),
      pidFile: path.join(options.dataDir, 'mongo.pid'),
    },
    options.progress,
  );
  try {
    options.progress('starting the Temporal dev server');
    const temporal = await startTemporalDevServer({
      cli,
      port: options.temporalPort ?? (await freePort()),
      uiPort: options.temporalUiPort,
      dbFile: options.persistTemporal ? path.join(options.dataDir, 'temporal.sqlite') : undefined,
      namespace: options.namespace,
      logFile: path.join(logs, 'temporal.log'),
      pidFile: path.join(options.dataDir, 'temporal.pid'),
    });
    return {
      temporal,
      mongo,
      stop: async () => {
        await Promise.all([temporal.stop(), mongo.stop()]);
      },
    };
  } catch (error) {
    await mongo.stop();
    throw error;
  }
}
