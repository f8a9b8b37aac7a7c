import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, inject, it } from 'vitest';
import { repoRoot } from '../../src/stack/paths.js';
import { STORE_SCHEMA_VERSION, storeSchemaVersion } from '../../src/store/migrations/index.js';
import { RunResultStore } from '../../src/store/runResults.js';
import { useTestDatabase } from '../support/testDatabase.js';

const run = promisify(execFile);
const db = useTestDatabase('migratecmd');

/** `npm run stack -- migrate`, the command that migrates a store before a release starts. */
describe('the migrate command', () => {
  it("brings the store at MONGODB_URI to this release's layout, and leaves a current store as it is", async () => {
    // A run of before results indexes: its results only.
    await db()
      .collection('runs')
      .insertOne({ _id: 'p/run_cmd', id: 'run_cmd', project_id: 'p', status: 'completed' } as never);
    await db()
      .collection('run_results')
      .insertOne({
        _id: 'run_cmd/i1/ev/m',
        project_id: 'p',
        run_id: 'run_cmd',
        item_id: 'i1',
        evaluator_id: 'ev',
        model: 'm',
        status: 'scored',
        passed: true,
      } as never);
    const migrate = () =>
      run(process.execPath, ['--import', 'tsx', path.join(repoRoot, 'src/main/stack.ts'), 'migrate'], {
        cwd: repoRoot,
        env: { ...process.env, MONGODB_URI: inject('mongoUri'), MONGODB_DATABASE: db().databaseName },
      });

    const first = await migrate();
    expect(first.stderr).toContain(`store layout version 0 -> ${STORE_SCHEMA_VERSION}`);
    expect(await storeSchemaVersion(db())).toBe(STORE_SCHEMA_VERSION);
    const page = await new RunResultStore(db()).page('run_cmd', {}, { limit: 10 });
    expect(page.data.map((result) => result.id)).toEqual(['run_cmd/i1/ev/m']);

    const again = await migrate();
    expect(again.stderr).toContain(`store layout version ${STORE_SCHEMA_VERSION} -> ${STORE_SCHEMA_VERSION}`);
  });
});
