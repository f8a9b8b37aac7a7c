import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, renameSync, rmSync, createWriteStream } from 'node:fs';
import path from 'node:path';
import { StackPrerequisiteError } from './errors.js';
import { heartbeat, type Progress } from './progress.js';

/** Finds a Go toolchain or explains how to get one. */
export function requireGo(env: NodeJS.ProcessEnv = process.env): string {
  const go = env.GO ?? 'go';
  const probe = spawnSync(go, ['version'], { encoding: 'utf8' });
  if (probe.error || probe.status !== 0) {
    throw new StackPrerequisiteError(
      `Go is needed to build the local stack's servers but "${go}" was not found. ` +
        'Install Go >= 1.25 (https://go.dev/dl, or Debian package golang-go from bookworm-backports), ' +
        'or point TEMPORAL_CLI_PATH / MONGODB_URI at servers you already have.',
    );
  }
  return go;
}

interface GoBuild {
  /** What is being built, for progress lines. */
  label: string;
  /**
   * Final binary path. The build writes into a temporary folder (`{outdir}` in args
   * and env) and the binary is renamed into place, so a crash leaves no half binary.
   */
  output: string;
  args: string[];
  /** May use `{outdir}`, like args. */
  cwd?: string;
  logFile: string;
  extraEnv?: NodeJS.ProcessEnv;
  /** Lays out what the build needs in the temporary folder first (e.g. a patched source tree). */
  prepare?: (step: { tempDir: string; go: (args: string[], cwd: string) => Promise<void> }) => Promise<void>;
}

export async function goBuild(build: GoBuild, progress: Progress): Promise<string> {
  if (existsSync(build.output)) return build.output;
  const go = requireGo();
  mkdirSync(path.dirname(build.output), { recursive: true });
  mkdirSync(path.dirname(build.logFile), { recursive: true });
  const tempDir = `${build.output}.partial-${process.pid}`;
  const built = path.join(tempDir, path.basename(build.output));
  const fill = (value: string) => value.replaceAll('{outdir}', tempDir);
  progress(
    `building ${build.label} with Go (first time only, takes a few minutes on 2 cores); log: ${build.logFile}`,
  );
  const stopHeartbeat = heartbeat(progress, `building ${build.label}`);
  const started = Date.now();
  const log = createWriteStream(build.logFile);
  try {
    const extraEnv = Object.fromEntries(
      Object.entries(build.extraEnv ?? {}).map(([k, v]) => [k, fill(v ?? '')]),
    );
    const run = async (args: string[], cwd: string | undefined) => {
      const code = await new Promise<number | null>((resolve, reject) => {
        const child = spawn(go, args, {
          cwd,
          env: { ...process.env, ...extraEnv },
          stdio: ['ignore', 'pipe', 'pipe'],
        });
        child.stdout.pipe(log, { end: false });
        child.stderr.pipe(log, { end: false });
        child.once('error', reject);
        child.once('exit', resolve);
      });
      if (code !== 0) {
        throw new StackPrerequisiteError(
          `building ${build.label} failed (go ${args[0]} exit ${code}). See ${build.logFile}. ` +
            'The Go module proxy must be reachable (GOPROXY) for a first build.',
        );
      }
    };
    mkdirSync(tempDir, { recursive: true });
    await build.prepare?.({ tempDir, go: run });
    await run(build.args.map(fill), build.cwd === undefined ? undefined : fill(build.cwd));
    if (!existsSync(built)) {
      throw new StackPrerequisiteError(`building ${build.label} left no ${built}. See ${build.logFile}.`);
    }
    renameSync(built, build.output);
    progress(`built ${build.label} in ${Math.round((Date.now() - started) / 1000)}s`);
    return build.output;
  } finally {
    log.end();
    stopHeartbeat();
    rmSync(tempDir, { recursive: true, force: true });
  }
}
