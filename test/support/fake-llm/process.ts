import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import type { Latency } from './types.js';

const MAIN = fileURLToPath(new URL('./main.ts', import.meta.url));
/** Requests the fake keeps, for a look at `GET /_fake/requests` while debugging a bench. */
const REQUEST_LOG_LIMIT = 1000;

/**
 * The fake server in a process of its own, driven through its admin routes. Benches that
 * measure the stack's CPU use it: a real provider's work is not on the stack's machine,
 * and an in-process fake would share the API's event loop and its CPU count.
 */
export class FakeLlmProcess {
  private constructor(
    private readonly child: ChildProcess,
    readonly baseUrl: string,
  ) {}

  static async start(): Promise<FakeLlmProcess> {
    // Nothing reads the requests of a fake in its own process back (it has no such method here):
    // a bench's run of a million items would otherwise keep two million of them.
    const args = ['--import', 'tsx', MAIN, '--port', '0', '--request-log-limit', String(REQUEST_LOG_LIMIT)];
    const child = spawn(process.execPath, args, {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const firstLine = new Promise<string>((resolve, reject) => {
      const lines = createInterface({ input: child.stdout! });
      lines.once('line', (line) => {
        lines.close();
        resolve(line.trim());
      });
      child.once('exit', (code) =>
        reject(new Error(`the fake model server exited (${code}) before listening`)),
      );
    });
    return new FakeLlmProcess(child, await firstLine);
  }

  get pid(): number | undefined {
    return this.child.pid;
  }

  async setLatency(latencyMs: Latency): Promise<void> {
    const answer = await fetch(this.baseUrl.replace(/\/v1$/, '/_fake/latency'), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ latencyMs }),
    });
    if (!answer.ok) throw new Error(`fake latency: HTTP ${answer.status} ${await answer.text()}`);
  }

  async close(): Promise<void> {
    if (this.child.exitCode !== null) return;
    const exited = new Promise((resolve) => this.child.once('exit', resolve));
    this.child.kill('SIGTERM');
    await exited;
  }
}
