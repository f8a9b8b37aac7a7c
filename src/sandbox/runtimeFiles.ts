import { execFile } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, readdirSync, realpathSync, statSync } from 'node:fs';
import { copyFile, link, mkdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import type { PythonInfo } from './python.js';

const execFileAsync = promisify(execFile);

/**
 * The host files a sandbox sees besides its venv: the interpreter, its standard library and the
 * shared libraries those load — not the whole of /usr (compilers, tools, every installed library
 * a local exploit could use). Worked out once per interpreter, on the host, from trusted files only:
 *  - `ldd` of the interpreter and the standard library's extension modules (lib-dynload);
 *  - the libraries a manylinux wheel may link against without bundling them (PEP 600's policy:
 *    libc, libm, libstdc++, libgcc_s, ...), found with `ldconfig -p`, and theirs in turn.
 * Wheels installed into venvs bundle everything else (auditwheel), so their code is never given
 * to ldd (which may run a binary's own loader).
 *
 * One bind mount per file made each sandbox start ~50 ms slower (a mount each), so files that
 * share a directory are gathered, as hard links (copies across filesystems), in a folder of the
 * venv cache (.runtime-<hash of the files' paths, sizes and mtimes>) that is bound in their place.
 */
export interface RuntimeFiles {
  /** [host path, path in the sandbox] pairs (files and gathered folders), bound read-only. */
  files: [string, string][];
  /** Directories bound whole (the standard library). */
  dirs: string[];
  /** Directories inside those to hide (the base interpreter's site-packages). */
  hidden: string[];
}

// PEP 600 / auditwheel's manylinux policy: libraries wheels expect the system to provide.
const MANYLINUX_LIBRARIES = [
  'libc.so.6',
  'libm.so.6',
  'libdl.so.2',
  'librt.so.1',
  'libpthread.so.0',
  'libutil.so.1',
  'libresolv.so.2',
  'libnsl.so.1',
  'libgcc_s.so.1',
  'libstdc++.so.6',
  'libz.so.1',
  'libexpat.so.1',
  'libcrypt.so.1',
];

const LDD_BATCH = 100;

export async function runtimeFiles(python: PythonInfo, cacheDir: string): Promise<RuntimeFiles> {
  const found = await findRuntimeFiles(python);
  return { ...found, files: await gatherByDirectory(found, cacheDir) };
}

/** Files sharing a sandbox directory, hard-linked into one folder that is bound there instead. */
async function gatherByDirectory(found: RuntimeFiles, cacheDir: string): Promise<[string, string][]> {
  const byDir = new Map<string, [string, string][]>();
  for (const [src, dest] of found.files) {
    const dir = path.dirname(dest);
    byDir.set(dir, [...(byDir.get(dir) ?? []), [src, dest]]);
  }
  const stamp = found.files.map(([src, dest]) => {
    const info = statSync(src);
    return [src, dest, info.size, info.mtimeMs];
  });
  const root = path.join(
    cacheDir,
    `.runtime-${createHash('sha256').update(JSON.stringify(stamp)).digest('hex').slice(0, 32)}`,
  );
  const groups = [...byDir].map(([dir, files], i) => ({ dir, files, folder: path.join(root, String(i)) }));
  // Other mounts below a gathered directory (the standard library under the prefix's lib/) need
  // their mount point inside the folder: the bound folder is read-only in the sandbox.
  const otherDests = [...found.dirs, ...found.hidden];
  if (!existsSync(path.join(root, '.complete'))) {
    const building = `${root}-${randomBytes(4).toString('hex')}`;
    try {
      for (const group of groups) {
        const folder = path.join(building, path.basename(group.folder));
        await mkdir(folder, { recursive: true });
        for (const [src, dest] of group.files) {
          const target = path.join(folder, path.basename(dest));
          await link(src, target).catch(() => copyFile(src, target));
        }
        for (const other of otherDests) {
          if (other.startsWith(group.dir + '/'))
            await mkdir(path.join(folder, other.slice(group.dir.length + 1)), { recursive: true });
        }
      }
      await writeFile(path.join(building, '.complete'), '');
      await mkdir(cacheDir, { recursive: true });
      await rename(building, root).catch(async (err: NodeJS.ErrnoException) => {
        if (!existsSync(path.join(root, '.complete'))) throw err; // else another process won the race
      });
    } finally {
      await rm(building, { recursive: true, force: true });
    }
  }
  return groups.map(({ dir, folder }): [string, string] => [folder, dir]);
}

async function findRuntimeFiles(python: PythonInfo): Promise<RuntimeFiles> {
  const executables = [python.executable, realpathSync(python.executable)];
  const dirs = [...new Set(python.stdlib.filter((d) => existsSync(d)).map((d) => realpathSync(d)))].sort();
  const roots = dirs.filter((d, i) => !dirs.slice(0, i).some((q) => d.startsWith(q + '/')));
  const extensions = roots.flatMap((dir) => listSharedObjects(dir));
  const system = await systemLibraries(MANYLINUX_LIBRARIES);
  const libraries = await sharedLibraries([realpathSync(python.executable), ...extensions, ...system]);

  const files = new Map<string, string>(); // sandbox path -> host file
  for (const exe of executables) files.set(exe, realpathSync(exe));
  for (const lib of [...system, ...libraries]) {
    // At the path the loader asks for, with symlinked directories resolved (merged /usr: /lib is
    // a symlink to usr/lib, recreated as a symlink in the sandbox).
    let dest: string;
    try {
      dest = path.join(realpathSync(path.dirname(lib)), path.basename(lib));
      files.set(dest, realpathSync(lib));
    } catch {
      continue; // vanished since ldd looked
    }
  }
  const hidden = python.sitePackages.filter((d) => existsSync(d) && roots.some((r) => d.startsWith(r + '/')));
  return { files: [...files].map(([dest, src]) => [src, dest]), dirs: roots, hidden };
}

function listSharedObjects(dir: string): string[] {
  const found: string[] = [];
  // Extension modules live in lib-dynload (one level); no need to walk the whole library.
  for (const candidate of [dir, path.join(dir, 'lib-dynload')]) {
    let names: string[];
    try {
      names = readdirSync(candidate);
    } catch {
      continue;
    }
    for (const name of names) {
      const full = path.join(candidate, name);
      if (/\.so(\.|$)/.test(name) && statSync(full, { throwIfNoEntry: false })?.isFile()) found.push(full);
    }
  }
  return [...new Set(found)];
}

/** Absolute paths of the libraries the given ELF files load (ldd's `=>` and loader lines). */
async function sharedLibraries(files: string[]): Promise<string[]> {
  const found = new Set<string>();
  for (let i = 0; i < files.length; i += LDD_BATCH) {
    const batch = files.slice(i, i + LDD_BATCH);
    // ldd exits non-zero when one file is not dynamic; its output for the others still counts.
    const output = await execFileAsync('ldd', batch, { env: {}, maxBuffer: 16 << 20 }).then(
      (r) => r.stdout,
      (err: { stdout?: string }) => err.stdout ?? '',
    );
    for (const line of output.split('\n')) {
      const match = /=>\s+(\/\S+)|^\s+(\/\S+)\s+\(0x/.exec(line);
      const lib = match?.[1] ?? match?.[2];
      if (lib) found.add(lib);
    }
  }
  return [...found];
}

/** Where the dynamic linker finds each named library (`ldconfig -p`), plus what those load. */
async function systemLibraries(names: string[]): Promise<string[]> {
  const ldconfig = ['/usr/sbin/ldconfig', '/sbin/ldconfig'].find((p) => existsSync(p)) ?? 'ldconfig';
  const output = await execFileAsync(ldconfig, ['-p'], { env: {}, maxBuffer: 16 << 20 }).then(
    (r) => r.stdout,
    () => '',
  );
  const arch = process.arch === 'x64' ? 'x86-64' : process.arch === 'arm64' ? 'AArch64' : '';
  const wanted = new Set(names);
  const found = new Set<string>();
  for (const line of output.split('\n')) {
    const match = /^\s+(\S+)\s+\(([^)]*)\)\s+=>\s+(\/\S+)$/.exec(line);
    if (!match || !wanted.has(match[1]!)) continue;
    if (arch && !match[2]!.includes(arch)) continue; // not a 32-bit or foreign copy
    found.add(match[3]!);
  }
  return [...found, ...(await sharedLibraries([...found]))];
}
