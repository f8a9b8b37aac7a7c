import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { StackPrerequisiteError } from './errors.js';

interface SourcePatch {
  /** Path under `vendor/`. */
  file: string;
  from: string;
  to: string;
  why: string;
}

/**
 * FerretDB v1.24.2's SQLite backend looks `_id` up as `_ferretdb_sjson->'$._id'` but
 * creates its unique `_id` index on `_ferretdb_sjson->"_id"`. SQLite uses an expression
 * index only for the identical expression, so every find, update and delete by `_id`
 * scanned the whole table (about 5 µs a document: 100 ms at 20,000). Spelling the
 * look-up like the index gives the same results from an index search. (The same
 * mismatch on FerretDB's PostgreSQL backend: FerretDB issue #4646.)
 */
export const ferretDbPatches: readonly SourcePatch[] = [
  {
    file: 'github.com/FerretDB/FerretDB/internal/backends/sqlite/metadata/metadata.go',
    from: `IDColumn = DefaultColumn + "->'$._id'"`,
    to: `IDColumn = DefaultColumn + "->'_id'"`,
    why: '`_id` look-ups use the `_id` index',
  },
];

/**
 * Lays out our FerretDB wrapper (`tools/ferretdb`) in `dir` with its dependencies
 * vendored and `ferretDbPatches` applied, ready for `go build -mod=vendor`. A patch
 * whose text is not found fails the build rather than silently building upstream.
 */
export async function prepareFerretDbSource(
  wrapperDir: string,
  dir: string,
  go: (args: string[], cwd: string) => Promise<void>,
): Promise<void> {
  mkdirSync(dir, { recursive: true });
  for (const file of ['go.mod', 'go.sum', 'main.go'])
    cpSync(path.join(wrapperDir, file), path.join(dir, file));
  await go(['mod', 'vendor'], dir);
  for (const patch of ferretDbPatches) {
    const file = path.join(dir, 'vendor', patch.file);
    const source = readFileSync(file, 'utf8');
    if (source.split(patch.from).length !== 2) {
      throw new StackPrerequisiteError(`cannot patch ${patch.file} (${patch.why}): its text has changed`);
    }
    writeFileSync(file, source.replace(patch.from, patch.to));
  }
}
