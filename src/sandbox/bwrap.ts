import { existsSync, lstatSync, readlinkSync } from 'node:fs';
import path from 'node:path';
import type { SandboxLimits } from './limits.js';
import type { PythonInfo } from './python.js';
import type { RuntimeFiles } from './runtimeFiles.js';

/**
 * bubblewrap command lines.
 *
 * Identity. Which uid the sandboxed code has on the host decides whether RLIMIT_NPROC works: the
 * kernel never enforces it for uid 0, and a user namespace created by root maps the sandbox's uid
 * back to host uid 0 (bwrap maps to the caller's uid), so "bwrap --unshare-user --uid 65534" run by
 * root leaves fork bombs unlimited (verified here). Running bwrap itself as nobody would fix that,
 * but bwrap realpath()s every bind source as the calling user, even for --ro-bind-fd, and this
 * host's Python lives under /root (mode 0700). Hence two modes:
 *  - root (the worker runs as root, as here): no user namespace; bwrap drops every capability
 *    except CAP_SETUID/CAP_SETGID. The harness forks before reading anything: its init (pid 1,
 *    which runs no user code) keeps that identity so --die-with-parent keeps working, and the
 *    evaluating process switches to a random uid in a range nobody uses (harness.py:
 *    drop_privileges), which clears those two capabilities as well. RLIMIT_NPROC is then enforced,
 *    per sandbox; the seccomp filter refuses nested namespaces (bwrap's --disable-userns needs a
 *    user namespace). The installer sandbox (pip) stays uid 0 without any capability.
 *  - not root: the classic unprivileged setup, --unshare-user --disable-userns --uid 65534, which
 *    maps the sandbox to the worker's own (non-root) uid. (Checked by hand as nobody with Debian's
 *    /usr/bin/python3; the tests run as root.)
 * Both modes set no_new_privs (bwrap always does), a new session (no TIOCSTI into our terminal) and
 * new pid/ipc/uts/net/cgroup namespaces. --unshare-all is spelt out because it implies a user
 * namespace as root, which is exactly the uid-0 mapping above.
 */

export const SANDBOX_HARNESS = '/sandbox/harness.py';
export const SANDBOX_VENV = '/venv';
export const SANDBOX_WORKDIR = '/sandbox/work';

export const runningAsRoot = (): boolean => process.getuid?.() === 0;

interface CommonOptions {
  python: PythonInfo;
  /** The interpreter, its standard library and their shared libraries (runtimeFiles.ts). */
  runtime: RuntimeFiles;
  limits: SandboxLimits;
  /** fd (in the spawned bwrap) to read the seccomp program from, if any. */
  seccompFd?: number;
}

export function evaluatorArgs(opts: CommonOptions & { venvDir: string | null; harnessPath: string }): {
  args: string[];
  command: string[];
} {
  const { python, limits, venvDir } = opts;
  const args = [
    ...namespaceArgs({ network: false }),
    ...envArgs({
      PATH: venvDir ? `${SANDBOX_VENV}/bin:/usr/bin:/bin` : '/usr/bin:/bin',
      LANG: 'C.UTF-8',
      HOME: SANDBOX_WORKDIR,
      TMPDIR: '/tmp',
      PYTHONDONTWRITEBYTECODE: '1',
      PYTHONIOENCODING: 'utf-8',
      // One thread per numeric library: threads count against maxProcesses, and each glibc malloc
      // arena reserves 64 MiB of address space against memoryBytes.
      OMP_NUM_THREADS: '1',
      OPENBLAS_NUM_THREADS: '1',
      MKL_NUM_THREADS: '1',
      MALLOC_ARENA_MAX: '2',
    }),
    ...capabilityArgs({ keepSetuid: true }),
    ...withParentDirs([
      ...runtimeBinds(opts.runtime),
      ...(venvDir ? ['--ro-bind', venvDir, SANDBOX_VENV] : []),
      '--ro-bind',
      opts.harnessPath,
      SANDBOX_HARNESS,
      ...scratchMounts(limits.fileSizeBytes),
    ]),
    '--chdir',
    SANDBOX_WORKDIR,
    '--remount-ro',
    '/',
    ...(opts.seccompFd === undefined ? [] : ['--seccomp', String(opts.seccompFd)]),
  ];
  // -I: ignore PYTHON* variables, user site and the script's directory on sys.path. Without a venv
  // also -S: only the standard library, not whatever the host installed into the base interpreter.
  const interpreter = venvDir ? `${SANDBOX_VENV}/bin/python3` : python.executable;
  const command = [interpreter, '-I', ...(venvDir ? [] : ['-S']), '-B', SANDBOX_HARNESS];
  return { args, command };
}

/**
 * pip needs the package index, so it runs in a sandbox WITH the host network but nothing else of
 * the host: it sees the Python installation, DNS/TLS configuration and the staging venv (the only
 * writable host path). User code never runs here: installs are --only-binary (see venv.ts).
 */
export function installerArgs(
  opts: CommonOptions & { stagingDir: string; env: Record<string, string>; tmpBytes: number },
): string[] {
  const etc = ['/etc/resolv.conf', '/etc/hosts', '/etc/nsswitch.conf', '/etc/host.conf', '/etc/gai.conf'];
  const tls = ['/etc/ssl/certs', '/usr/share/ca-certificates', '/etc/pki/tls/certs', '/etc/ca-certificates'];
  const pipConfig = ['/etc/pip.conf', '/etc/xdg/pip'];
  // Certificate bundles and local wheel folders named by pip's configuration variables.
  const configured = Object.entries(opts.env)
    .filter(([name]) => /CERT|CA_BUNDLE|FIND_LINKS/.test(name))
    .flatMap(([, value]) => value.split(/\s+/))
    .filter((value) => path.isAbsolute(value));
  const readOnly = [...new Set([...etc, ...tls, ...pipConfig, ...configured])].filter((p) => existsSync(p));
  return [
    ...namespaceArgs({ network: true }),
    ...envArgs({ PATH: `${SANDBOX_VENV}/bin:/usr/bin:/bin`, LANG: 'C.UTF-8', HOME: '/tmp', ...opts.env }),
    ...capabilityArgs({ keepSetuid: false }),
    ...withParentDirs([
      ...runtimeBinds(opts.runtime),
      ...readOnly.flatMap((p) => ['--ro-bind', p, p]),
      ...['--bind', opts.stagingDir, SANDBOX_VENV],
      // pip's downloads and unpacking: RAM of a bounded size, not the host's disk.
      ...scratchMounts(opts.limits.fileSizeBytes, opts.tmpBytes),
    ]),
    '--chdir',
    '/tmp',
    '--remount-ro',
    '/',
    ...(opts.seccompFd === undefined ? [] : ['--seccomp', String(opts.seccompFd)]),
  ];
}

/** The cheapest sandbox with the same namespace and mount features, for CodeSandbox.check(). */
export function probeArgs(): string[] {
  return [
    ...namespaceArgs({ network: false }),
    ...capabilityArgs({ keepSetuid: true }),
    ...withParentDirs([...systemBinds(), '--ro-bind', '/usr/bin', '/usr/bin', ...scratchMounts(1024 * 1024)]),
    '--remount-ro',
    '/',
  ];
}

function namespaceArgs({ network }: { network: boolean }): string[] {
  const args = ['--unshare-ipc', '--unshare-pid', '--unshare-uts', '--unshare-cgroup-try'];
  if (!network) args.push('--unshare-net'); // a fresh net namespace: only its own loopback
  if (!runningAsRoot()) args.push('--unshare-user', '--disable-userns', '--uid', '65534', '--gid', '65534');
  // --as-pid-1: the command itself is the namespace's init, and bwrap on the host waits for it.
  // With bwrap's reaper as pid 1, bwrap exits as soon as the command does and the reaper lingers
  // as a zombie of the host's init. The harness brings its own init (harness.py run_init).
  args.push('--as-pid-1', '--hostname', 'sandbox', '--die-with-parent', '--new-session', '--clearenv');
  return args;
}

function capabilityArgs({ keepSetuid }: { keepSetuid: boolean }): string[] {
  // As root bwrap keeps ALL capabilities unless told otherwise. (Not root: it has none to keep.)
  if (!runningAsRoot()) return [];
  return ['--cap-drop', 'ALL', ...(keepSetuid ? ['--cap-add', 'CAP_SETUID', '--cap-add', 'CAP_SETGID'] : [])];
}

function envArgs(env: Record<string, string>): string[] {
  return Object.entries(env).flatMap(([name, value]) => ['--setenv', name, value]);
}

/**
 * bwrap creates missing parents of a mount point with mode 0700 (e.g. /root for the pyenv
 * prefix), which the unprivileged uid cannot traverse: create them explicitly as 0755.
 */
function withParentDirs(mountArgs: string[]): string[] {
  const destIndex: Record<string, number> = {
    '--ro-bind': 2,
    '--ro-bind-try': 2,
    '--bind': 2,
    '--symlink': 2,
  };
  for (const op of ['--tmpfs', '--proc', '--dev']) destIndex[op] = 1;
  const created = new Set<string>();
  const out: string[] = [];
  for (let i = 0; i < mountArgs.length; i++) {
    const offset = destIndex[mountArgs[i]!];
    if (offset !== undefined) {
      const dest = mountArgs[i + offset]!;
      for (let dir = path.dirname(dest); dir !== '/' && !created.has(dir); dir = path.dirname(dir))
        created.add(dir);
    }
  }
  for (const dir of [...created].sort((a, b) => a.length - b.length))
    out.push('--perms', '0755', '--dir', dir);
  return [...out, ...mountArgs];
}

/**
 * The interpreter, its standard library (with the base interpreter's site-packages hidden under an
 * empty read-only tmpfs) and exactly the shared libraries they load, at their host paths (venvs
 * and RUNPATHs point there). /lib-style symlinks of merged-/usr systems are recreated.
 */
function runtimeBinds(runtime: RuntimeFiles): string[] {
  const { links } = libraryDirs();
  return [
    ...links,
    '--ro-bind-try',
    '/etc/ld.so.cache',
    '/etc/ld.so.cache',
    // Outer mounts before the ones inside them (the prefix's lib/ before the standard library).
    ...[...runtime.files, ...runtime.dirs.map((dir): [string, string] => [dir, dir])]
      .sort(([, a], [, b]) => a.split('/').length - b.split('/').length)
      .flatMap(([src, dest]) => ['--ro-bind', src, dest]),
    ...runtime.hidden.flatMap((dir) => [
      '--perms',
      '0555',
      '--size',
      '4096',
      '--tmpfs',
      dir,
      '--remount-ro',
      dir,
    ]),
  ];
}

/** Shared libraries only: /usr/lib* and /lib* (recreated as symlinks on merged-/usr systems). */
function systemBinds(): string[] {
  const { binds, links } = libraryDirs();
  // The dynamic linker's cache: not required, but keeps library lookup as on the host.
  return [...binds, '--ro-bind-try', '/etc/ld.so.cache', '/etc/ld.so.cache', ...links];
}

function libraryDirs(): { binds: string[]; links: string[] } {
  const args: string[] = [];
  const links: string[] = [];
  for (const dir of ['/usr/lib', '/usr/lib64', '/usr/lib32', '/lib', '/lib64', '/lib32', '/libx32']) {
    let stat;
    try {
      stat = lstatSync(dir);
    } catch {
      continue;
    }
    if (stat.isSymbolicLink()) links.push('--symlink', readlinkSync(dir), dir);
    else if (stat.isDirectory()) args.push('--ro-bind', dir, dir);
  }
  return { binds: args, links };
}

/** Private, size-capped tmpfs mounts: /tmp, the work dir, /dev/shm; the rest of / is read-only. */
function scratchMounts(sizeBytes: number, tmpBytes = sizeBytes): string[] {
  const tmpfs = (dest: string, size = sizeBytes) => [
    '--perms',
    '1777',
    '--size',
    String(size),
    '--tmpfs',
    dest,
  ];
  return [
    '--proc',
    '/proc',
    '--dev',
    '/dev',
    ...tmpfs('/dev/shm'),
    '--remount-ro',
    '/dev',
    ...tmpfs('/tmp', tmpBytes),
    ...tmpfs(SANDBOX_WORKDIR),
  ];
}
