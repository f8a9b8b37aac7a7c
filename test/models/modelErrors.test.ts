import { loadEnv } from '../../src/platform/config.js';
import { ApplicationFailure } from '@temporalio/common';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ModelClient } from '../../src/models/modelClient.js';
import { ProviderRegistry } from '../../src/models/providers.js';
import {
  classifyModelError,
  MAX_RETRY_AFTER_MS,
  ModelCallError,
  retryAfterMsFrom,
  toActivityFailure,
} from '../../src/models/modelErrors.js';
import { FakeLlmServer, type FakeReply } from '../support/fake-llm/server.js';
import { FAKE_API_KEY, fakeRegistry } from './fakeProvider.js';

let server: FakeLlmServer;
let client: ModelClient;

beforeAll(async () => {
  server = await FakeLlmServer.start({ port: 0 });
});
afterAll(() => server.close());
beforeEach(() => {
  server.reset();
  // A short timeout so a hung request fails fast. A client per test: a 429 holds its provider's
  // calls for the Retry-After, which would hold up the next test's call.
  client = new ModelClient(fakeRegistry(server, { timeoutMs: 300 }));
});

async function failureFor(reply: FakeReply, apiType: 'chat_completions' | 'responses' = 'chat_completions') {
  server.on({}, () => reply);
  const error = await client
    .complete({ slug: 'fake/gpt-4o-mini', apiType, messages: [{ role: 'user', content: 'hello' }] })
    .then(
      () => expect.fail('expected the call to fail'),
      (caught: unknown) => caught,
    );
  expect(error).toBeInstanceOf(ModelCallError);
  return error as ModelCallError;
}

describe('classifying model call failures from a real HTTP exchange', () => {
  it('429 with Retry-After seconds is retryable after that delay', async () => {
    const error = await failureFor({ fault: '429', retryAfterSeconds: 7 });
    expect(error).toMatchObject({ kind: 'rate_limited', retryable: true, retryAfterMs: 7000, status: 429 });
    expect(error.message).toMatch(/^fake\/gpt-4o-mini: 429 /);
  });

  it.each([
    ['503', { fault: '503' } as FakeReply, 503],
    ['500', { fault: '500' } as FakeReply, 500],
    ['409', { fault: 'status', status: 409 } as FakeReply, 409],
  ])('%s is a retryable server error', async (_name, reply, status) => {
    expect(await failureFor(reply)).toMatchObject({ kind: 'server_error', retryable: true, status });
  });

  it('408 is a retryable timeout', async () => {
    expect(await failureFor({ fault: 'status', status: 408 })).toMatchObject({
      kind: 'timeout',
      retryable: true,
      status: 408,
    });
  });

  it.each([
    [400, 'bad_request'],
    [401, 'auth'],
    [403, 'auth'],
    [404, 'not_found'],
    [422, 'bad_request'],
  ] as const)('%i is not retryable (%s)', async (status, kind) => {
    const error = await failureFor({
      fault: 'status',
      status,
      message: `Incorrect API key provided: ${FAKE_API_KEY}`,
    });
    expect(error).toMatchObject({ kind, retryable: false, status });
    // Tenants read our words only; the provider's (secrets scrubbed) are kept for the operator.
    expect(error.message).toMatch(new RegExp(`^fake/gpt-4o-mini: ${status} the provider `));
    expect(error.message).not.toContain('Incorrect API key');
    expect(error.providerDetail).toContain('[redacted]');
    expect(error.providerDetail).not.toContain(FAKE_API_KEY);
    expect(toActivityFailure(error).details?.[0]).toMatchObject({ provider_detail: error.providerDetail });
  });

  it("never repeats the values of a provider's configured headers", async () => {
    const headerSecret = 'hdr-value-that-is-a-credential';
    const registry = ProviderRegistry.fromEnv(
      loadEnv({
        ASSAY_PROVIDERS: JSON.stringify({
          hdr: { base_url: server.baseUrl, headers: { 'x-api-key': headerSecret }, timeout_ms: 5000 },
        }),
        OPENAI_BASE_URL: 'http://127.0.0.1:9/v1',
        OLLAMA_BASE_URL: 'http://127.0.0.1:9/v1',
      }),
    );
    server.on({}, () => ({ fault: 'status', status: 403, message: `bad header x-api-key: ${headerSecret}` }));
    const logged: object[] = [];
    const operatorLog = { warn: (entry: object) => logged.push(entry) } as unknown as ConstructorParameters<
      typeof ModelClient
    >[1];
    const error = (await new ModelClient(registry, operatorLog)
      .complete({ slug: 'hdr/m', apiType: 'chat_completions', messages: [{ role: 'user', content: 'x' }] })
      .catch((caught: unknown) => caught)) as ModelCallError;
    expect(error).toMatchObject({ kind: 'auth', status: 403 });
    expect(JSON.stringify({ message: error.message, detail: error.providerDetail })).not.toContain(
      headerSecret,
    );
    expect(error.providerDetail).toContain('[redacted]');
    // The operator's log has the provider's words, scrubbed the same way.
    expect(logged).toEqual([
      expect.objectContaining({
        slug: 'hdr/m',
        status: 403,
        providerDetail: expect.stringContaining('bad header'),
      }),
    ]);
    expect(JSON.stringify(logged)).not.toContain(headerSecret);
  });

  it('a hung request times out (retryable) after the provider timeout', async () => {
    const error = await failureFor({ fault: 'hang' });
    expect(error).toMatchObject({ kind: 'timeout', retryable: true });
    expect(server.requests[0]).toMatchObject({ faulted: 'hang', status: null });
  });

  it('a 200 without the expected fields is a retryable malformed reply, labelled with the slug', async () => {
    const error = classifyModelError(new ModelCallError('malformed_reply', 'no choices'), {
      label: 'fake/m',
    });
    expect(error).toMatchObject({ kind: 'malformed_reply', retryable: true, message: 'fake/m: no choices' });
  });

  it('a 200 whose body is not JSON is a retryable malformed reply', async () => {
    expect(await failureFor({ fault: 'malformed' })).toMatchObject({
      kind: 'malformed_reply',
      retryable: true,
    });
    expect(await failureFor({ fault: 'malformed' }, 'responses')).toMatchObject({
      kind: 'malformed_reply',
      retryable: true,
    });
  });

  it('an unreachable provider is a retryable connection error', async () => {
    const gone = await FakeLlmServer.start({ port: 0 });
    const registry = fakeRegistry(gone);
    await gone.close();
    const error = await new ModelClient(registry)
      .complete({
        slug: 'fake/gpt-4o',
        apiType: 'chat_completions',
        messages: [{ role: 'user', content: 'x' }],
      })
      .catch((caught: unknown) => caught);
    expect(error).toMatchObject({ kind: 'connection', retryable: true });
    // Which host and port the operator configured is not the tenant's business.
    expect((error as Error).message).toBe('fake/gpt-4o: could not reach the provider (connection refused)');
  });
});

describe('Retry-After parsing', () => {
  const now = Date.parse('2025-01-01T00:00:00Z');
  const headers = (entries: Record<string, string>) => new Headers(entries);

  it('prefers retry-after-ms, then seconds, then an HTTP date', () => {
    expect(retryAfterMsFrom(headers({ 'retry-after-ms': '1500', 'retry-after': '9' }), now)).toBe(1500);
    expect(retryAfterMsFrom(headers({ 'retry-after': '2' }), now)).toBe(2000);
    expect(retryAfterMsFrom(headers({ 'retry-after': '0.5' }), now)).toBe(500);
    expect(retryAfterMsFrom(headers({ 'retry-after': 'Wed, 01 Jan 2025 00:00:30 GMT' }), now)).toBe(30_000);
    expect(retryAfterMsFrom(headers({ 'retry-after': 'Tue, 31 Dec 2024 23:00:00 GMT' }), now)).toBe(0);
  });

  it('ignores garbage and caps absurd waits', () => {
    expect(retryAfterMsFrom(headers({ 'retry-after': 'soon' }), now)).toBeUndefined();
    expect(retryAfterMsFrom(headers({}), now)).toBeUndefined();
    expect(retryAfterMsFrom(headers({ 'retry-after': '86400' }), now)).toBe(MAX_RETRY_AFTER_MS);
  });
});

describe('toActivityFailure', () => {
  it('carries retryability and the provider-requested delay to Temporal', () => {
    const failure = toActivityFailure(
      new ModelCallError('rate_limited', 'slow down', { retryAfterMs: 7000, status: 429 }),
    );
    expect(failure).toBeInstanceOf(ApplicationFailure);
    expect(failure).toMatchObject({
      type: 'ModelCallError.rate_limited',
      message: 'slow down',
      nonRetryable: false,
      nextRetryDelay: 7000,
      details: [{ kind: 'rate_limited', status: 429 }],
    });
  });

  it('marks non-retryable failures so Temporal gives up at once', () => {
    const failure = toActivityFailure(new ModelCallError('auth', 'bad key', { status: 401 }));
    expect(failure).toMatchObject({ type: 'ModelCallError.auth', nonRetryable: true });
    expect(failure.nextRetryDelay).toBeUndefined();
  });

  it('classifies unknown errors as retryable and keeps a ModelCallError as it is', () => {
    const known = new ModelCallError('not_found', 'no such model');
    expect(classifyModelError(known)).toBe(known);
    expect(classifyModelError(new TypeError('boom'))).toMatchObject({
      kind: 'server_error',
      retryable: true,
    });
    expect(classifyModelError(new SyntaxError('Unexpected end of JSON input'))).toMatchObject({
      kind: 'malformed_reply',
    });
  });
});
