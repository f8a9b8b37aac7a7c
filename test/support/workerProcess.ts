import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { envVariables, type Env } from '../../src/platform/config.js';
import { repoRoot } from '../../src/stack/paths.js';

export interface WorkerProcess {
  child: ChildProcess;
  output(): string;
  /** SIGKILL: no graceful shutdown, in-flight activities are simply lost (a crash). */
  kill(): Promise<void>;
  stop(): Promise<void>;
}

/** The worker as production runs it, in its own process, configured only by env vars. */
export async function startWorkerProcess(
  env: Env,
  extra: Record<string, string> = {},
  /** Each process bundles the workflows first: several starting at once on two cores take longer. */
  startTimeoutMs = 60_000,
): Promise<WorkerProcess> {
  const vars = envVariables(env);
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(repoRoot, 'src/worker.ts')], {
    cwd: repoRoot,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, ...vars, LOG_LEVEL: 'info', ...extra },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  // A test or bench that exits (or times out) without stopping it must not leave it running.
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<void>((resolve) =>
    child.once('exit', () => {
      process.off('exit', killOnExit);
      resolve();
    }),
  );
  await new Promise<void>((resolve, reject) => {
    const deadline = setTimeout(() => {
      clearInterval(check);
      child.kill('SIGKILL');
      reject(new Error(`worker did not start:\n${output}`));
    }, startTimeoutMs);
    const check = setInterval(() => {
      if (output.includes('worker polling')) {
        clearTimeout(deadline);
        clearInterval(check);
        resolve();
      }
      if (child.exitCode !== null) {
        clearTimeout(deadline);
        clearInterval(check);
        reject(new Error(`worker exited during start:\n${output}`));
      }
    }, 100);
  });
  return {
    child,
    output: () => output,
    kill: async () => {
      child.kill('SIGKILL');
      await exited;
    },
    stop: async () => {
      if (child.exitCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}
