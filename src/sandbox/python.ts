import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const execFileAsync = promisify(execFile);

export interface PythonInfo {
  /** The real interpreter (a pyenv shim on PATH resolves to this). */
  executable: string;
  prefix: string;
  basePrefix: string;
  /** Full `sys.version` (includes the build), part of the venv cache key. */
  version: string;
  /** The standard library (sysconfig `stdlib` and `platstdlib`, `DESTSHARED` for extensions). */
  stdlib: string[];
  /** The base interpreter's own site-packages (hidden in the sandbox: not the standard library). */
  sitePackages: string[];
}

const PROBE =
  'import json,os,sys,sysconfig as c;p=c.get_paths();' +
  'print(json.dumps({"executable":sys.executable,"prefix":sys.prefix,' +
  '"basePrefix":sys.base_prefix,"version":sys.version,' +
  '"stdlib":[x for x in {p["stdlib"],p["platstdlib"],c.get_config_var("DESTSHARED") or p["platstdlib"]}],' +
  '"sitePackages":[x for x in {p["purelib"],p["platlib"]}]}))';

/**
 * Ask the configured interpreter where it lives. This runs on the host, but only our own probe:
 * the environment is limited to what a version manager (pyenv) needs to resolve its shim.
 */
export async function probePython(pythonPath: string): Promise<PythonInfo> {
  const env: Record<string, string> = {};
  for (const [name, value] of Object.entries(process.env)) {
    if (value !== undefined && (name === 'PATH' || name === 'HOME' || name.startsWith('PYENV'))) {
      env[name] = value;
    }
  }
  const { stdout } = await execFileAsync(pythonPath, ['-I', '-S', '-c', PROBE], { env, timeout: 30_000 });
  const info = JSON.parse(stdout) as PythonInfo;
  if (!info.executable) throw new Error(`${pythonPath} did not report sys.executable`);
  return info;
}
