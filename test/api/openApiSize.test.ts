import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildOpenApi } from '../../src/api/openapi.js';
import { allRoutes } from '../../src/api/routes/index.js';
import { generatedTypesPath } from '../../src/client/generateTypes.js';
import { repoRoot } from '../../src/stack/paths.js';

/**
 * Issue 19: the document once inlined every schema in every operation (1.3 MB served, a
 * 36,000-line generated client, hundreds of copies of the error body). Named components
 * keep both small; a schema inlined again where it should be referenced shows up here.
 */
describe('the size of the contract', () => {
  it('serves /openapi.json under 200 KB (as Express sends it: compact JSON)', () => {
    const bytes = Buffer.byteLength(JSON.stringify(buildOpenApi(allRoutes)));
    expect(bytes).toBeLessThan(200 * 1024);
  });

  it('generates a typed client (src/client/schema.ts) under 5,000 lines', () => {
    const lines = readFileSync(path.join(repoRoot, generatedTypesPath), 'utf8').split('\n').length;
    expect(lines).toBeLessThan(5_000);
  });
});
