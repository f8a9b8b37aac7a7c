import { homedir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root, found from this file so scripts work from any cwd. */
export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/**
 * The built console (`npm run build:console`, run by `npm ci` through `prepare`) in
 * `dist/console` of the checkout or the image (this file is two levels below the root in
 * both); the API serves it, and the stack builds it when missing.
 */
export const consoleBuildDir = path.join(repoRoot, 'dist', 'console');

/**
 * Built tools live outside the checkout, keyed by version, so that every clone
 * on a machine (CI makes a fresh one per run) reuses one Go build.
 */
export function toolCacheDir(env: NodeJS.ProcessEnv = process.env): string {
  return env.ASSAY_CACHE_DIR ?? path.join(env.XDG_CACHE_HOME ?? path.join(homedir(), '.cache'), 'assay');
}

/** Local data (the dev stack's databases and logs) stays in the git-ignored `.assay/` of the checkout. */
export function localDataDir(env: NodeJS.ProcessEnv = process.env): string {
  return env.ASSAY_DATA_DIR ?? path.join(repoRoot, '.assay');
}
