import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/** The README's Architecture section, up to the next top-level section. */
function architectureSection(): string {
  const readme = readFileSync('README.md', 'utf8');
  const start = readme.indexOf('\n## Architecture\n');
  const end = readme.indexOf('\n## ', start + 1);
  return readme.slice(start, end);
}

describe("README's architecture walk-through", () => {
  it('names only files and folders that exist', () => {
    const section = architectureSection();
    const paths = [...section.matchAll(/`((?:src|test)\/[\w./-]+|\.dependency-cruiser\.mjs)`/g)].map(
      (m) => m[1]!,
    );
    expect(paths.length).toBeGreaterThan(30);
    expect(paths.filter((p) => !existsSync(p))).toEqual([]);
  });
});
