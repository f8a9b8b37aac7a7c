import { describe, expect, it } from 'vitest';
import { expectError, keyWithScopes, otherProjectKey } from '../support/apiChecks.js';
import { useTestStack } from '../support/testStack.js';

/** `GET /v1/keys/self`: how a client (the console) learns what its key may do. */
describe('GET /v1/keys/self', () => {
  const stack = useTestStack();

  it('tells any key its own name, scopes and project, never the key itself', async () => {
    const readKey = await keyWithScopes(stack, ['read']);
    const read = await stack.call('GET', '/v1/keys/self', { key: readKey });
    expect(read.status).toBe(200);
    expect(read.body).toMatchObject({
      object: 'api_key',
      name: 'test',
      scopes: ['read'],
      revoked_at: null,
      project: { id: expect.stringMatching(/^prj_/), name: stack.env.ASSAY_BOOTSTRAP_PROJECT },
    });
    expect(readKey.startsWith(read.body.prefix)).toBe(true);
    expect(JSON.stringify(read.body)).not.toContain(readKey);

    const admin = await stack.call('GET', '/v1/keys/self');
    expect(admin.body).toMatchObject({ name: 'bootstrap', scopes: ['admin'] });
    expect(admin.body.project.id).toBe(read.body.project.id);
    expect(admin.body.id).not.toBe(read.body.id);
  });

  it("answers for the key's own project only, and 401 without a valid key", async () => {
    const other = await stack.call('GET', '/v1/keys/self', {
      key: await otherProjectKey(stack, 'elsewhere'),
    });
    expect(other.body.project.name).toBe('elsewhere');
    await expectError(stack.request('GET', '/v1/keys/self', { key: null }), 401, 'missing_api_key');
    const revokable = await stack.call('POST', '/v1/keys', {
      body: { name: 'short-lived', scopes: ['read'] },
    });
    await stack.call('DELETE', `/v1/keys/${revokable.body.id}`);
    await expectError(
      stack.request('GET', '/v1/keys/self', { key: revokable.body.key }),
      401,
      'invalid_api_key',
    );
  });
});
