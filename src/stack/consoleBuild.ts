import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { consoleBuildDir } from './paths.js';
import { repoRoot } from './paths.js';

const consoleSource = path.join(repoRoot, 'console');

function newestChange(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestChange(full) : statSync(full).mtimeMs);
  }
  return newest;
}

/** True when `dist/console` is missing or older than any file of `console/`. */
export function consoleBuildIsStale(): boolean {
  const index = path.join(consoleBuildDir, 'index.html');
  if (!existsSync(index)) return true;
  return newestChange(consoleSource) > statSync(index).mtimeMs;
}

/**
 * Builds the console when its sources changed since the last build, so `npm run dev`,
 * the browser tests and the benchmark always serve the current code. `npm ci` has
 * built it once already (the `prepare` script); Vite is a development dependency,
 * loaded only here.
 */
export async function ensureConsoleBuilt(): Promise<void> {
  if (!consoleBuildIsStale()) return;
  const { build } = await import('vite');
  await build({ configFile: path.join(consoleSource, 'vite.config.ts'), logLevel: 'warn' });
}
