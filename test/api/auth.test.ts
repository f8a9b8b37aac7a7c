import { beforeAll, describe, expect, it } from 'vitest';
import { startApiServer } from '../../src/api/server.js';
import { allRoutes } from '../../src/api/routes/index.js';
import { createLogger } from '../../src/platform/log.js';
import { connectMongo } from '../../src/store/mongo.js';
import { RATE_LIMITS_COLLECTION } from '../../src/store/rateLimits.js';
import { expectError, keyWithScopes } from '../support/apiChecks.js';
import { testEnv } from '../support/harness.js';
import { useTestStack } from '../support/testStack.js';

/** A concrete URL for a route: every `:param` gets a placeholder (auth fails before it is looked at). */
const concrete = (path: string) =>
  path.replace(/:(\w+)/g, (_m, name: string) => (name === 'version' ? '1' : 'x'));
const routes = allRoutes.map((r) => ({
  method: r.method.toUpperCase(),
  path: concrete(r.path),
  scope: r.scope,
}));

describe('authentication and scopes on every route', () => {
  let revoked: string;
  // Every route gets two well-formed bad keys from this one address; the per-address
  // limit on failed authentications (tested in hostileRequests.test.ts) must not cut in.
  const stack = useTestStack({
    env: { ASSAY_AUTH_FAILURES_PER_MINUTE: String(4 * routes.length + 100) },
  });
  beforeAll(async () => {
    revoked = await keyWithScopes(stack, ['admin']);
    const { keyId } = (await stack.api.ctx.store.keys.authenticate(revoked))!;
    await stack.api.ctx.store.keys.revokeKey(keyId);
  });

  it.each(routes)(
    '$method $path: 401 for a missing, malformed, unknown or revoked key',
    async ({ method, path }) => {
      await expectError(stack.request(method, path, { key: null }), 401, 'missing_api_key');
      const malformed = { key: null, headers: { authorization: 'Basic dXNlcjpwYXNz' } };
      await expectError(stack.request(method, path, malformed), 401, 'malformed_api_key');
      await expectError(stack.request(method, path, { key: 'not-an-assay-key' }), 401, 'malformed_api_key');
      const unknown = `assay_sk_${'u'.repeat(43)}`;
      await expectError(stack.request(method, path, { key: unknown }), 401, 'invalid_api_key');
      await expectError(stack.request(method, path, { key: revoked }), 401, 'invalid_api_key');
    },
  );

  it.each(routes.filter((r) => r.scope !== 'read'))(
    '$method $path: 403 for a key without the $scope scope',
    async ({ method, path, scope }) => {
      const reader = await keyWithScopes(stack, ['read']);
      await expectError(stack.request(method, path, { key: reader }), 403, 'insufficient_scope');
      if (scope === 'admin') {
        const writer = await keyWithScopes(stack, ['write']);
        await expectError(stack.request(method, path, { key: writer }), 403, 'insufficient_scope');
      }
    },
  );

  it('answers 401 for unknown /v1 paths without a key and 404 with one', async () => {
    await expectError(stack.request('GET', '/v1/nothing-here', { key: null }), 401);
    await expectError(stack.request('GET', '/v1/nothing-here'), 404, 'route_not_found');
  });
});

describe('rate limiting', () => {
  const stack = useTestStack({ env: { ASSAY_RATE_LIMIT_PER_MINUTE: '3' } });

  it('answers 429 with Retry-After and RateLimit-* headers past the per-key limit', async () => {
    const remaining: (string | null)[] = [];
    for (let i = 0; i < 3; i++) {
      const res = await stack.request('GET', '/v1/containers');
      expect(res.status).toBe(200);
      expect(res.headers.get('ratelimit-limit')).toBe('3');
      remaining.push(res.headers.get('ratelimit-remaining'));
    }
    expect(remaining).toEqual(['2', '1', '0']);
    const limited = await stack.request('POST', '/v1/datasets', { body: { name: 'x' } });
    const retryAfter = Number(limited.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect(limited.headers.get('ratelimit-limit')).toBe('3');
    expect(limited.headers.get('ratelimit-remaining')).toBe('0');
    expect(Number(limited.headers.get('ratelimit-reset'))).toBe(retryAfter);
    await expectError(limited, 429, 'rate_limited');
    // The window is per key: another key of the same project is unaffected.
    const other = await keyWithScopes(stack, ['read']);
    expect((await stack.request('GET', '/v1/containers', { key: other })).status).toBe(200);
  });

  it('holds one limit across API replicas on the same store', async () => {
    const replica = await startApiServer(stack.env, createLogger('silent', 'assay-test'));
    try {
      const key = await keyWithScopes(stack, ['read']);
      const get = (url: string) =>
        fetch(`${url}/v1/containers`, { headers: { authorization: `Bearer ${key}` } });
      const answers = [];
      for (const url of [stack.api.url, replica.url, stack.api.url, replica.url]) {
        const res = await get(url);
        answers.push([res.status, res.headers.get('ratelimit-remaining')]);
      }
      // Each replica alone has seen two requests; together they have seen the key's four.
      expect(answers).toEqual([
        [200, '2'],
        [200, '1'],
        [200, '0'],
        [429, '0'],
      ]);
    } finally {
      await replica.close();
    }
  });

  it('counts failed authentications of one address across API replicas', async () => {
    const env = { ...stack.env, ASSAY_AUTH_FAILURES_PER_MINUTE: 2 };
    const [first, second] = await Promise.all([
      startApiServer(env, createLogger('silent', 'assay-test')),
      startApiServer(env, createLogger('silent', 'assay-test')),
    ]);
    try {
      const unknown = { authorization: `Bearer assay_sk_${'g'.repeat(43)}` };
      expect((await fetch(`${first.url}/v1/containers`, { headers: unknown })).status).toBe(401);
      expect((await fetch(`${second.url}/v1/containers`, { headers: unknown })).status).toBe(401);
      // Two failures from this address in all: the next request is refused by either replica.
      const limited = await fetch(`${first.url}/v1/containers`, { headers: unknown });
      await expectError(limited, 429, 'rate_limited');
    } finally {
      await Promise.all([first.close(), second.close()]);
    }
  });
});

describe('rate limits turned off (0)', () => {
  const stack = useTestStack({
    env: {
      ASSAY_RATE_LIMIT_PER_MINUTE: '0',
      ASSAY_PROJECT_RATE_LIMIT_PER_MINUTE: '0',
      ASSAY_AUTH_FAILURES_PER_MINUTE: '0',
    },
  });

  it('counts nothing: no 429, no RateLimit-* headers, no window in the store', async () => {
    for (let i = 0; i < 3; i++) {
      const res = await stack.request('GET', '/v1/containers');
      expect(res.status).toBe(200);
      expect(res.headers.get('ratelimit-limit')).toBeNull();
      expect(res.headers.get('ratelimit-remaining')).toBeNull();
    }
    const unknown = `assay_sk_${'o'.repeat(43)}`;
    for (let i = 0; i < 3; i++) {
      await expectError(stack.request('GET', '/v1/containers', { key: unknown }), 401, 'invalid_api_key');
    }
    expect(await stack.api.ctx.store.db.collection(RATE_LIMITS_COLLECTION).countDocuments()).toBe(0);
  });
});

describe('request logs', () => {
  it('never contain the API key, whatever the request', async () => {
    const lines: string[] = [];
    const env = testEnv({ LOG_LEVEL: 'info' });
    const api = await startApiServer(
      env,
      createLogger('info', 'assay-test', { write: (line: string) => lines.push(line) }),
    );
    try {
      const key = env.ASSAY_BOOTSTRAP_ADMIN_KEY!;
      const call = (path: string, authorization: string, init: RequestInit = {}) =>
        fetch(api.url + path, { ...init, headers: { authorization, 'content-type': 'application/json' } });
      expect((await call('/v1/containers', `Bearer ${key}`)).status).toBe(200);
      expect((await call('/v1/containers/missing', `Bearer ${key}`)).status).toBe(404);
      expect((await call('/v1/containers', `Bearer ${key}`, { method: 'POST', body: '{bad' })).status).toBe(
        400,
      );
      const wrongKey = `${key.slice(0, -4)}XXXX`;
      expect((await call('/v1/containers', `Bearer ${wrongKey}`)).status).toBe(401);
      // Even a careless log call with the headers is censored by the logger's redaction.
      api.ctx.logger.info({ req: { headers: { authorization: `Bearer ${key}` } }, apiKey: key }, 'careless');
      const output = lines.join('');
      expect(output).toContain('"path":"/v1/containers/missing"');
      expect(output).toContain('careless');
      expect(output).not.toContain(key);
      expect(output).not.toContain(wrongKey);
      expect(output).not.toContain(key.slice('assay_sk_'.length));
    } finally {
      await api.close();
      const mongo = await connectMongo(env.MONGODB_URI!, env.MONGODB_DATABASE);
      await mongo.db.dropDatabase();
      await mongo.close();
    }
  });
});
