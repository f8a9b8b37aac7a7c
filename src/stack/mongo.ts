import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { MongoClient } from 'mongodb';
import { prepareFerretDbSource } from './ferretdbSource.js';
import { goBuild } from './goBuild.js';
import { repoRoot, toolCacheDir } from './paths.js';
import { startService, waitUntilReady, type ServiceProcess } from './process.js';
import type { Progress } from './progress.js';

export const FERRETDB_VERSION = 'v1.24.2';

export type MongoServerKind = 'external' | 'mongod' | 'ferretdb';

/** How the MongoDB-compatible server is provided: MONGODB_URI → `mongod` on PATH → FerretDB on SQLite. */
export function chooseMongoServer(env = process.env): MongoServerKind {
  if (env.MONGODB_URI) return 'external';
  const mongod = spawnSync('mongod', ['--version'], { encoding: 'utf8' });
  if (!mongod.error && mongod.status === 0) return 'mongod';
  return 'ferretdb';
}

/** Bump when `ferretDbPatches` or `tools/ferretdb` change, so cached builds of the old source are not reused. */
export const FERRETDB_BUILD = `${FERRETDB_VERSION}-assay.3`;

/** Builds (once per version and patch level, cached) our FerretDB wrapper from `tools/ferretdb`. */
export function findFerretDb(progress: Progress, env = process.env): Promise<string> {
  const dir = path.join(toolCacheDir(env), 'bin', `ferretdb-${FERRETDB_BUILD}`);
  return goBuild(
    {
      label: `FerretDB ${FERRETDB_BUILD} (SQLite backend)`,
      output: path.join(dir, 'assay-ferretdb'),
      prepare: ({ tempDir, go }) =>
        prepareFerretDbSource(path.join(repoRoot, 'tools', 'ferretdb'), path.join(tempDir, 'src'), go),
      args: ['build', '-mod=vendor', '-o', '{outdir}/assay-ferretdb', '.'],
      cwd: '{outdir}/src',
      logFile: path.join(toolCacheDir(env), 'logs', `ferretdb-${FERRETDB_BUILD}-build.log`),
    },
    progress,
  );
}

export interface MongoServer {
  kind: MongoServerKind;
  uri: string;
  process?: ServiceProcess;
  stop(): Promise<void>;
}

export interface MongoServerOptions {
  port: number;
  dataDir: string;
  logFile: string;
  pidFile?: string;
}

export async function startMongoServer(
  options: MongoServerOptions,
  progress: Progress,
  env = process.env,
): Promise<MongoServer> {
  const kind = chooseMongoServer(env);
  if (kind === 'external') return { kind, uri: env.MONGODB_URI!, stop: async () => {} };
  mkdirSync(options.dataDir, { recursive: true });
  const service =
    kind === 'mongod'
      ? startService({
          name: 'mongod',
          command: 'mongod',
          args: ['--dbpath', options.dataDir, '--port', String(options.port), '--bind_ip', '127.0.0.1'],
          logFile: options.logFile,
          pidFile: options.pidFile,
        })
      : startService({
          name: `FerretDB ${FERRETDB_BUILD}`,
          command: await findFerretDb(progress, env),
          args: ['--listen-addr', `127.0.0.1:${options.port}`, '--data-dir', options.dataDir],
          logFile: options.logFile,
          pidFile: options.pidFile,
        });
  const uri = `mongodb://127.0.0.1:${options.port}/`;
  await waitUntilReady(service, () => mongoIsServing(uri), 30_000);
  return { kind, uri, process: service, stop: () => service.stop() };
}

export async function mongoIsServing(uri: string): Promise<boolean> {
  const client = new MongoClient(uri, { serverSelectionTimeoutMS: 1000, connectTimeoutMS: 1000 });
  try {
    await client.db('admin').command({ ping: 1 });
    return true;
  } finally {
    await client.close();
  }
}
