// test order: runs for minutes (test/support/longFilesFirst.ts)
import { spawn } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../../src/stack/paths.js';
import { keyWithScopes } from '../support/apiChecks.js';
import { FakeLlmServer } from '../support/fake-llm/server.js';
import { startTestStack, testEnv, type TestStack } from '../support/harness.js';
import { pythonTool } from '../support/pythonTools.js';

/**
 * Fixed, so a failure reproduces with the same requests; bounded, so the file fits the suite
 * (about 4 minutes alone on 2 cores): every check and phase, stateful included, but fewer
 * examples per operation than the acceptance run. That run (all checks and phases, 25
 * examples per operation, its seed, rate limits off, admin key) is `npm run test:fuzz:full`,
 * which sets ASSAY_FUZZ_SEED and ASSAY_FUZZ_EXAMPLES (per operation, for every key and phase).
 */
const SEED = process.env.ASSAY_FUZZ_SEED ?? '20261201';
const EXAMPLES =
  process.env.ASSAY_FUZZ_EXAMPLES === undefined ? null : Number(process.env.ASSAY_FUZZ_EXAMPLES);
/** Each test's time limit, grown with a longer run. */
const TIMEOUT_MS = 900_000 * Math.max(1, (EXAMPLES ?? 5) / 5);

/**
 * Schemathesis against the served `/openapi.json`: every operation, with keys of
 * each scope, following the document's links so created ids flow into reads. It
 * fails on any 500, any status the document does not declare, a request the
 * document calls valid but the API rejects (or the reverse), a response that does
 * not match its schema, an undeclared method not answered 405 with `Allow`, and any
 * request slower than the timeout. What it found is pinned by test/api/fuzzFindings.
 */
describe('schemathesis against /openapi.json', () => {
  let stack: TestStack;
  let fake: FakeLlmServer;
  let schemathesis: string;

  beforeAll(async () => {
    schemathesis = await pythonTool('schemathesis', path.join(repoRoot, 'test/fuzz/requirements.txt'));
    fake = await FakeLlmServer.start();
    stack = await startTestStack({
      env: testEnv({
        // The fuzzer's own pace is the subject here, not the limits (test/api/auth.test.ts), so
        // they are off: counted, they were three of every request's five store commands (some
        // 15,000 requests) and about 40% of FerretDB's CPU in this file.
        ASSAY_RATE_LIMIT_PER_MINUTE: '0',
        ASSAY_PROJECT_RATE_LIMIT_PER_MINUTE: '0',
        ASSAY_AUTH_FAILURES_PER_MINUTE: '0',
        ASSAY_PROVIDERS: JSON.stringify({ fake: { base_url: fake.baseUrl } }),
      }),
    });
  }, TIMEOUT_MS);
  afterAll(async () => {
    await stack?.close();
    await fake?.close();
  });

  const fuzz = (key: string, options: { phases: string; examples: number; operations?: string[] }) =>
    new Promise<{ code: number | null; output: string }>((resolve, reject) => {
      const child = spawn(
        schemathesis,
        [
          '--config-file',
          path.join(repoRoot, 'test/fuzz/schemathesis.toml'),
          'run',
          `${stack.api.url}/openapi.json`,
          '--header',
          `Authorization: Bearer ${key}`,
          '--checks',
          'all',
          '--phases',
          options.phases,
          '--max-examples',
          String(EXAMPLES ?? options.examples),
          '--seed',
          SEED,
          '--generation-database',
          'none',
          // Free-form JSON (message fields, content parts) is a recursive schema: drawing
          // it is slow and filters many drafts, which is fine for a bounded run.
          '--suppress-health-check',
          'filter_too_much,too_slow',
          '--request-timeout',
          '20',
          // One worker: with two, hypothesis parses lambda sources in two threads at once,
          // and CPython before 3.11.8/3.12.1 can then raise "AST constructor recursion depth
          // mismatch" (python/cpython#106905), a crash of the fuzzer, not a finding.
          '--workers',
          '1',
          '--no-color',
          ...(options.operations ?? []).flatMap((operation) =>
            operation.startsWith('!')
              ? ['--exclude-operation-id', operation.slice(1)]
              : ['--include-operation-id', operation],
          ),
        ],
        { cwd: repoRoot, env: { ...process.env, SCHEMATHESIS_TELEMETRY: 'false' } },
      );
      let output = '';
      child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
      child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
      child.once('error', reject);
      child.once('close', (code) => resolve({ code, output }));
    });

  /** Passes when schemathesis exits 0; its report is the failure message otherwise. */
  async function expectClean(run: Promise<{ code: number | null; output: string }>) {
    const { code, output } = await run;
    const summary = output.slice(output.lastIndexOf('SUMMARY'));
    console.log(summary);
    expect(code, output).toBe(0);
  }

  // An admin key could revoke itself half-way (schemathesis reuses ids it saw in
  // answers), locking the rest of the run out: key revocation gets its own key, last.
  it(
    'finds nothing with an admin key: every phase, stateful links included',
    async () => {
      await expectClean(
        fuzz(stack.adminKey, {
          phases: 'coverage,fuzzing,stateful',
          examples: 2,
          operations: ['!deleteV1KeysId'],
        }),
      );
    },
    TIMEOUT_MS,
  );

  it(
    'finds nothing with a write key and with a read key (admin and write routes: 403)',
    async () => {
      for (const scopes of [['write'], ['read']] as const) {
        await expectClean(
          fuzz(await keyWithScopes(stack, [...scopes]), {
            phases: 'fuzzing',
            examples: 1,
            operations: ['!deleteV1KeysId'],
          }),
        );
      }
    },
    TIMEOUT_MS,
  );

  it(
    'finds nothing in key management, revocation included, with an admin key of its own',
    async () => {
      await expectClean(
        fuzz(await keyWithScopes(stack, ['admin']), {
          phases: 'coverage,fuzzing,stateful',
          examples: 3,
          operations: ['postV1Keys', 'getV1Keys', 'deleteV1KeysId'],
        }),
      );
    },
    TIMEOUT_MS,
  );
});
