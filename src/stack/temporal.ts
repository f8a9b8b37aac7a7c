import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { Connection } from '@temporalio/client';
import { assaySearchAttributes } from '../domain/searchAttributes.js';
import { goBuild } from './goBuild.js';
import { toolCacheDir } from './paths.js';
import { startService, waitUntilReady, type ServiceProcess } from './process.js';
import type { Progress } from './progress.js';

/** Later tags carry `replace` directives and cannot be `go install`ed. */
export const TEMPORAL_CLI_VERSION = 'v1.5.1';

/** TEMPORAL_CLI_PATH, then `temporal` on PATH, then our cached build, else build it. */
export async function findTemporalCli(progress: Progress, env = process.env): Promise<string> {
  if (env.TEMPORAL_CLI_PATH) {
    if (!existsSync(env.TEMPORAL_CLI_PATH))
      throw new Error(`TEMPORAL_CLI_PATH=${env.TEMPORAL_CLI_PATH} does not exist`);
    return env.TEMPORAL_CLI_PATH;
  }
  const onPath = spawnSync('temporal', ['--version'], { encoding: 'utf8' });
  if (!onPath.error && onPath.status === 0) return 'temporal';
  const dir = path.join(toolCacheDir(env), 'bin', `temporal-${TEMPORAL_CLI_VERSION}`);
  return goBuild(
    {
      label: `Temporal CLI ${TEMPORAL_CLI_VERSION}`,
      output: path.join(dir, 'temporal'),
      args: ['install', `github.com/temporalio/cli/cmd/temporal@${TEMPORAL_CLI_VERSION}`],
      extraEnv: { GOBIN: '{outdir}' },
      logFile: path.join(toolCacheDir(env), 'logs', `temporal-${TEMPORAL_CLI_VERSION}-build.log`),
    },
    progress,
  );
}

export interface TemporalDevServer {
  address: string;
  uiUrl?: string;
  namespace: string;
  process: ServiceProcess;
  stop(): Promise<void>;
}

export interface TemporalDevServerOptions {
  cli: string;
  port: number;
  /** Omit for a headless server (tests). */
  uiPort?: number;
  /** A file keeps workflows across restarts; omit for an in-memory server. */
  dbFile?: string;
  namespace: string;
  logFile: string;
  pidFile?: string;
}

export async function startTemporalDevServer(options: TemporalDevServerOptions): Promise<TemporalDevServer> {
  const args = ['server', 'start-dev', '--ip', '127.0.0.1', '--port', String(options.port)];
  args.push('--namespace', options.namespace, '--log-level', 'warn');
  if (options.uiPort !== undefined) args.push('--ui-port', String(options.uiPort));
  else args.push('--headless');
  if (options.dbFile) args.push('--db-filename', options.dbFile);
  for (const attribute of assaySearchAttributes) args.push('--search-attribute', `${attribute.name}=Keyword`);
  const process = startService({
    name: 'Temporal dev server',
    command: options.cli,
    args,
    logFile: options.logFile,
    pidFile: options.pidFile,
  });
  const address = `127.0.0.1:${options.port}`;
  await waitUntilReady(process, () => temporalIsServing(address, options.namespace), 60_000);
  return {
    address,
    uiUrl: options.uiPort !== undefined ? `http://127.0.0.1:${options.uiPort}` : undefined,
    namespace: options.namespace,
    process,
    stop: () => process.stop(),
  };
}

/** Ready means the frontend answers and our namespace exists (it is created after the port opens). */
export async function temporalIsServing(address: string, namespace: string): Promise<boolean> {
  const connection = await Connection.connect({ address, connectTimeout: 1000 });
  try {
    await connection.workflowService.describeNamespace({ namespace });
    return true;
  } finally {
    await connection.close();
  }
}
