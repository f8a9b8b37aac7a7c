import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, openSync, closeSync, readFileSync, writeFileSync, rmSync, existsSync } from 'node:fs';
import path from 'node:path';

export interface ServiceProcess {
  readonly name: string;
  readonly pid: number;
  readonly logFile: string;
  /** Resolves once the process has exited. */
  readonly exited: Promise<number | null>;
  stop(timeoutMs?: number): Promise<void>;
  /** The last lines of the service's log, for error messages. */
  tail(lines?: number): string;
}

interface StartOptions {
  name: string;
  command: string;
  args: string[];
  logFile: string;
  /** A pid file lets the next start kill what a hard-killed parent left behind. */
  pidFile?: string;
  env?: NodeJS.ProcessEnv;
}

/**
 * Starts a long-running service in its own process group, its output in a log file.
 * Children are stopped with the group so nothing they spawned survives.
 */
export function startService(options: StartOptions): ServiceProcess {
  mkdirSync(path.dirname(options.logFile), { recursive: true });
  if (options.pidFile) killStale(options.pidFile);
  const fd = openSync(options.logFile, 'a');
  let child: ChildProcess;
  try {
    child = spawn(options.command, options.args, {
      stdio: ['ignore', fd, fd],
      detached: true,
      env: options.env ?? process.env,
    });
  } finally {
    closeSync(fd);
  }
  const pid = child.pid;
  if (pid === undefined) throw new Error(`could not start ${options.name} (${options.command})`);
  if (options.pidFile) writeFileSync(options.pidFile, `${pid}\n${options.command}\n`);
  stopOnExit.add(pid);

  const exited = new Promise<number | null>((resolve) => {
    child.once('exit', (code) => {
      stopOnExit.delete(pid);
      if (options.pidFile) rmSync(options.pidFile, { force: true });
      resolve(code);
    });
  });

  const tail = (lines = 20) => {
    try {
      return readFileSync(options.logFile, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
    } catch {
      return '';
    }
  };

  const stop = async (timeoutMs = 10_000) => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    signalGroup(pid, 'SIGTERM');
    const timer = setTimeout(() => signalGroup(pid, 'SIGKILL'), timeoutMs);
    await exited;
    clearTimeout(timer);
    // Anything the service spawned into its group goes too.
    signalGroup(pid, 'SIGKILL');
  };

  return { name: options.name, pid, logFile: options.logFile, exited, stop, tail };
}

function signalGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch {
    // already gone
  }
}

function killStale(pidFile: string): void {
  if (!existsSync(pidFile)) return;
  const [pidText, command] = readFileSync(pidFile, 'utf8').split('\n');
  const pid = Number(pidText);
  rmSync(pidFile, { force: true });
  if (!Number.isInteger(pid) || pid <= 0) return;
  try {
    const cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
    if (command && cmdline.startsWith(command)) signalGroup(pid, 'SIGKILL');
  } catch {
    // not running any more
  }
}

/** Last-resort cleanup when the parent exits without stopping its services. */
const stopOnExit = new Set<number>();
process.once('exit', () => {
  for (const pid of stopOnExit) signalGroup(pid, 'SIGKILL');
});

/** Polls `check` until it resolves true, the service dies, or the deadline passes. */
export async function waitUntilReady(
  service: ServiceProcess,
  check: () => Promise<boolean>,
  timeoutMs: number,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let dead = false;
  void service.exited.then(() => (dead = true));
  for (let delay = 50; ; delay = Math.min(delay * 2, 500)) {
    if (dead)
      throw new Error(
        `${service.name} exited during start-up. Its log (${service.logFile}):\n${service.tail()}`,
      );
    if (await check().catch(() => false)) return;
    if (Date.now() > deadline) {
      await service.stop();
      throw new Error(
        `${service.name} was not ready after ${timeoutMs / 1000}s. Its log:\n${service.tail()}`,
      );
    }
    await new Promise((r) => setTimeout(r, delay));
  }
}
