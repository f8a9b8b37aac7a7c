import { spawn, type ChildProcess } from 'node:child_process';
import type { Readable, Writable } from 'node:stream';

/** Why the host stopped a sandbox (null: it exited by itself). */
export type KillReason = 'itemTimeout' | 'batchTimeout' | 'output' | 'aborted' | 'protocol' | 'cpu';

export interface SandboxExit {
  code: number | null;
  signal: NodeJS.Signals | null;
  killedFor: KillReason | null;
  /** Last raw stderr bytes (bwrap's own errors, Python fatal errors), for diagnostics. */
  stderrTail: string;
}

export interface SandboxSpawn {
  bwrapPath: string;
  args: string[];
  command: string[];
  seccomp: Buffer | null;
  /** cgroup.procs files to join before bwrap starts (cgroup.ts); empty without cgroups. */
  cgroupProcs?: string[];
}

// fd 3 in the sandbox is the result pipe (stdio index 3); fd 4 carries the seccomp program to
// bwrap, fd 5 brings back bwrap's info (the host pid of the sandbox's init).
const SECCOMP_FD = 4;
const INFO_FD = 5;
const KILL_FALLBACK_MS = 2000;
const STDERR_TAIL_BYTES = 4096;
// An honest harness line is at most a few KiB (reason and error are trimmed, see limits.ts); only
// bytes beyond this per line count against the output cap. Accepted lines are at most one per item
// plus one (batch.ts), so the result channel carries at most items × this + the output cap.
export const RESULT_LINE_ALLOWANCE = 128 * 1024;
// Joins the sandbox's cgroups, then becomes bwrap: every process of the sandbox starts inside them.
// Arguments: cgroup.procs files, "--", the bwrap command line. Exit 125: a cgroup could not be joined.
const JOIN_CGROUPS = 'while [ "$1" != -- ]; do echo $$ > "$1" || exit 125; shift; done; shift; exec "$@"';
export const EXIT_CGROUP_JOIN_FAILED = 125;

export const seccompFdFor = (seccomp: Buffer | null): number | undefined =>
  seccomp ? SECCOMP_FD : undefined;

/**
 * One bwrap process: stdin carries JSON lines in, fd 3 carries JSON lines out, and raw
 * stdout/stderr are counted against a cap. Everything the sandbox does ends with `exited`, which
 * resolves only once bwrap (and with it, via --die-with-parent and the pid namespace, every process
 * inside) is gone.
 */
export class SandboxProcess {
  readonly exited: Promise<SandboxExit>;
  private readonly child: ChildProcess;
  private killedFor: KillReason | null = null;
  private outputBytes = 0;
  private stderrTail = '';
  private pending: Buffer[] = [];
  private pendingBytes = 0;
  private closed = false;
  private info = '';
  private initPid: number | null = null;

  constructor(
    spec: SandboxSpawn,
    private readonly opts: { maxOutputBytes: number; onMessage: (message: unknown) => void },
  ) {
    // No inherited environment at all: bwrap needs none and the sandbox gets only its --setenv.
    // detached: bwrap leads its own process group, so kill() reaches bwrap and its monitor.
    const bwrap = [spec.bwrapPath, ...spec.args, '--info-fd', String(INFO_FD), '--', ...spec.command];
    const [file, ...argv] = spec.cgroupProcs?.length
      ? ['/bin/sh', '-c', JOIN_CGROUPS, 'assay-sandbox', ...spec.cgroupProcs, '--', ...bwrap]
      : bwrap;
    this.child = spawn(file!, argv, {
      env: {},
      stdio: ['pipe', 'pipe', 'pipe', 'pipe', spec.seccomp ? 'pipe' : 'ignore', 'pipe'],
      detached: true,
    });
    this.exited = new Promise((resolve) => {
      const finish = (code: number | null, signal: NodeJS.Signals | null) => {
        if (this.closed) return;
        this.closed = true;
        resolve({ code, signal, killedFor: this.killedFor, stderrTail: this.stderrTail.trim() });
      };
      this.child.once('error', (err) => {
        this.stderrTail += `\n${err.message}`;
        if (this.child.pid === undefined) finish(null, null); // could not even start (e.g. ENOENT)
      });
      this.child.once('close', finish);
    });
    const [stdin, stdout, stderr, results, seccompPipe, info] = this.child.stdio as unknown as [
      Writable,
      Readable,
      Readable,
      Readable,
      Writable | null,
      Readable,
    ];
    info.setEncoding('utf8');
    info.on('data', (text: string) => {
      this.info += text;
      const pid = /"child-pid"\s*:\s*(\d+)/.exec(this.info)?.[1];
      if (pid) this.initPid = Number(pid);
    });
    stdin.on('error', () => {}); // EPIPE when the sandbox dies first: `exited` reports why
    seccompPipe?.on('error', () => {});
    seccompPipe?.end(spec.seccomp);
    stdout.on('data', (chunk: Buffer) => this.countOutput(chunk, false));
    stderr.on('data', (chunk: Buffer) => this.countOutput(chunk, true));
    results.on('data', (chunk: Buffer) => this.onResultData(chunk));
  }

  /** Stream lines to stdin, respecting backpressure, then close it. */
  async send(lines: Iterable<string>): Promise<void> {
    const stdin = this.child.stdin as Writable;
    let chunk = '';
    for (const line of lines) {
      chunk += line;
      if (chunk.length < 64 * 1024) continue;
      if (!(await this.write(stdin, chunk))) return;
      chunk = '';
    }
    if (chunk && !(await this.write(stdin, chunk))) return;
    if (!this.closed) stdin.end();
  }

  /**
   * SIGKILL the sandbox's init (pid 1 inside): the kernel then kills everything in its pid
   * namespace, and bwrap reaps it and exits. Killing bwrap instead would also end the sandbox (via
   * --die-with-parent) but orphan the init as a zombie. bwrap's process group is the fallback,
   * before the init's pid is known or if the sandbox does not go away.
   */
  kill(reason: KillReason): void {
    if (this.closed || this.killedFor) return;
    this.killedFor = reason;
    const killGroup = () => {
      try {
        process.kill(-this.child.pid!, 'SIGKILL');
      } catch {
        this.child.kill('SIGKILL');
      }
    };
    if (this.initPid === null) return killGroup();
    try {
      process.kill(this.initPid, 'SIGKILL');
    } catch {
      return killGroup();
    }
    const fallback = setTimeout(() => this.closed || killGroup(), KILL_FALLBACK_MS);
    void this.exited.then(() => clearTimeout(fallback));
  }

  private async write(stdin: Writable, chunk: string): Promise<boolean> {
    if (this.closed || this.killedFor) return false;
    if (stdin.write(chunk)) return true;
    const drained = new Promise<boolean>((resolve) => stdin.once('drain', () => resolve(true)));
    return Promise.race([drained, this.exited.then(() => false)]);
  }

  private countOutput(chunk: Buffer, isStderr: boolean): void {
    this.outputBytes += chunk.length;
    if (isStderr) this.stderrTail = (this.stderrTail + chunk.toString('utf8')).slice(-STDERR_TAIL_BYTES);
    if (this.outputBytes > this.opts.maxOutputBytes) this.kill('output');
  }

  /**
   * The result channel is writable by user code too (it runs in the harness's process), so it is
   * capped like raw output: bytes of a line beyond RESULT_LINE_ALLOWANCE, and a line that grows
   * past what is left of the cap, count as output.
   */
  private onResultData(chunk: Buffer): void {
    if (this.killedFor) return;
    let start = 0;
    for (let end = chunk.indexOf(10); end >= 0; start = end + 1, end = chunk.indexOf(10, start)) {
      const piece = chunk.subarray(start, end);
      const line = this.pendingBytes ? Buffer.concat([...this.pending, piece]) : piece;
      this.pending = [];
      this.pendingBytes = 0;
      this.charge(line.length);
      if (this.killedFor) return;
      let message: unknown;
      try {
        message = JSON.parse(line.toString('utf8'));
      } catch {
        return this.kill('protocol');
      }
      this.opts.onMessage(message);
      if (this.killedFor) return;
    }
    if (start < chunk.length) {
      this.pending.push(chunk.subarray(start));
      this.pendingBytes += chunk.length - start;
      if (this.pendingBytes - RESULT_LINE_ALLOWANCE > this.opts.maxOutputBytes - this.outputBytes) {
        this.kill('output');
      }
    }
  }

  private charge(lineBytes: number): void {
    if (lineBytes <= RESULT_LINE_ALLOWANCE) return;
    this.outputBytes += lineBytes - RESULT_LINE_ALLOWANCE;
    if (this.outputBytes > this.opts.maxOutputBytes) this.kill('output');
  }
}
