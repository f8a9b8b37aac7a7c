import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { envVariables, type Env } from '../../src/platform/config.js';
import { repoRoot } from '../../src/stack/paths.js';

export interface ApiProcess {
  url: string;
  child: ChildProcess;
  /** SIGKILL: no graceful shutdown, requests in flight are cut off (a crash). */
  kill(): Promise<void>;
}

/** The API as production runs it (`npm run api`), in its own process, on a free port. */
export async function startApiProcess(env: Env): Promise<ApiProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(repoRoot, 'src/main/api.ts')], {
    cwd: repoRoot,
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      ...envVariables(env),
      PORT: '0',
      LOG_LEVEL: 'info',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = await new Promise<string>((resolve, reject) => {
    const deadline = setTimeout(() => reject(new Error(`API did not start:\n${output}`)), 60_000);
    child.once('exit', () => reject(new Error(`API exited during start:\n${output}`)));
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const listening = /"url":"(http:\/\/[^"]+)"[^\n]*"msg":"API listening"/.exec(output);
      if (listening) {
        clearTimeout(deadline);
        resolve(listening[1]!);
      }
    });
  });
  return {
    url,
    child,
    kill: async () => {
      if (child.exitCode === null) child.kill('SIGKILL');
      await exited;
    },
  };
}
