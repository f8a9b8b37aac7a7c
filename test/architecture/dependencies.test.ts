import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { cruise, type ICruiseResult } from 'dependency-cruiser';
import extractDepcruiseOptions from 'dependency-cruiser/config-utl/extract-depcruise-options';
import { describe, expect, it } from 'vitest';

/**
 * The allowed direction between src/ folders (.dependency-cruiser.mjs), checked here as well as
 * by `npm run lint` so that CI, which runs `npm test`, fails on a new cycle or a wrong-way import.
 */
const CONFIG = path.resolve('.dependency-cruiser.mjs');

async function violations(baseDir: string): Promise<string[]> {
  const options = await extractDepcruiseOptions(CONFIG);
  const { output } = await cruise(['src'], { ...options, baseDir, validate: true });
  const { summary } = output as ICruiseResult;
  return summary.violations.map((v) => `${v.rule.name}: ${v.from} -> ${v.to}`);
}

describe('dependencies between src/ folders', () => {
  it('follow the allowed direction, with no cycles between folders', async () => {
    expect(await violations(process.cwd())).toEqual([]);
  });

  it('are caught when a workflow does I/O, the core uses Node, or two folders (and files) import each other', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'assay-depcheck-'));
    const write = (file: string, text: string) => {
      mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
      writeFileSync(path.join(dir, file), text);
    };
    try {
      write(
        'src/workflows/run.ts',
        "import { readFile } from 'node:fs';\nimport { saved } from '../store/save.js';\nexport const run = [readFile, saved];\n",
      );
      write(
        'src/core/hash.ts',
        "import { createHash } from 'node:crypto';\nexport const hash = createHash;\n",
      );
      write('src/store/save.ts', "import { model } from '../models/call.js';\nexport const saved = model;\n");
      write(
        'src/models/call.ts',
        "import { saved } from '../store/save.js';\nexport const model = () => saved;\n",
      );
      const found = await violations(dir);
      expect(found.sort()).toEqual([
        'core-is-pure: src/core/hash.ts -> crypto',
        'no-file-cycles: src/models/call.ts -> src/store/save.ts',
        'no-folder-cycles: src/models -> src/store',
        'no-folder-cycles: src/store -> src/models',
        'store-and-models-are-peers: src/models/call.ts -> src/store/save.ts',
        'store-and-models-are-peers: src/store/save.ts -> src/models/call.ts',
        'workflows-import-core-and-domain-only: src/workflows/run.ts -> fs',
        'workflows-import-core-and-domain-only: src/workflows/run.ts -> src/store/save.ts',
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
