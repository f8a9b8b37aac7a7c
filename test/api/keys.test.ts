import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../../src/stack/paths.js';
import {
  detailFields,
  expectBodyLimits,
  expectError,
  keyWithScopes,
  otherProjectKey,
} from '../support/apiChecks.js';
import { useTestStack } from '../support/testStack.js';

const run = promisify(execFile);

describe('API keys', () => {
  const stack = useTestStack({ env: { ASSAY_MAX_BODY_BYTES: '65536' } });

  describe('the admin API', () => {
    it('creates a key in the caller’s project, shows it once, and the key works with its scopes', async () => {
      const created = await stack.call('POST', '/v1/keys', { body: { name: 'reporting', scopes: ['read'] } });
      expect(created.status).toBe(201);
      expect(created.body).toMatchObject({
        object: 'api_key',
        name: 'reporting',
        scopes: ['read'],
        revoked_at: null,
      });
      expect(created.body.id).toMatch(/^key_/);
      expect(created.body.key).toMatch(/^assay_sk_/);
      expect(created.body.key.startsWith(created.body.prefix)).toBe(true);
      const key = created.body.key as string;
      await stack.call('POST', '/v1/containers', { body: { label: 'shared' } });
      expect((await stack.request('GET', '/v1/containers/shared', { key })).status).toBe(200);
      await expectError(stack.request('POST', '/v1/containers', { key, body: { label: 'x' } }), 403);
      await expectError(stack.request('GET', '/v1/keys', { key }), 403, 'insufficient_scope');

      const listed = await stack.call('GET', '/v1/keys');
      expect(listed.body).toMatchObject({ object: 'list', total: 2, has_more: false });
      expect(listed.body.data.map((k: { name: string }) => k.name)).toEqual(['reporting', 'bootstrap']);
      expect(JSON.stringify(listed.body)).not.toContain(key);
      expect(listed.body.data[0]).not.toHaveProperty('key');
      const page = await stack.call('GET', '/v1/keys?limit=1');
      const next = await stack.call('GET', `/v1/keys?limit=1&after=${page.body.last_id}`);
      expect(next.body.data[0].name).toBe('bootstrap');
    });

    it('revokes a key: it answers 401 from then on; revoking again is harmless', async () => {
      const { body } = await stack.call('POST', '/v1/keys', { body: { name: 'temp', scopes: ['write'] } });
      expect((await stack.request('GET', '/v1/containers', { key: body.key })).status).toBe(200);
      const revoked = await stack.call('DELETE', `/v1/keys/${body.id}`);
      expect(revoked.status).toBe(200);
      expect(revoked.body).toMatchObject({ id: body.id, revoked_at: expect.any(Number) });
      await expectError(stack.request('GET', '/v1/containers', { key: body.key }), 401, 'invalid_api_key');
      expect((await stack.call('DELETE', `/v1/keys/${body.id}`)).body.revoked_at).toBe(
        revoked.body.revoked_at,
      );
    });

    it("answers 404 for unknown keys and other projects' keys, which stay valid", async () => {
      await expectError(stack.request('DELETE', '/v1/keys/key_unknown'), 404, 'api_key_not_found');
      const other = await otherProjectKey(stack, 'keys-other');
      const otherId = (await stack.call('GET', '/v1/keys', { key: other })).body.data[0].id;
      await expectError(stack.request('DELETE', `/v1/keys/${otherId}`), 404);
      expect((await stack.request('GET', '/v1/keys', { key: other })).status).toBe(200);
      expect((await stack.call('GET', '/v1/keys', { key: other })).body.total).toBe(1);
    });

    it('answers 422 for bad fields, 403 below admin, 400/413 for bad bodies', async () => {
      const error = await expectError(
        stack.request('POST', '/v1/keys', { body: { name: '', scopes: ['root'], project: 'x' } }),
        422,
      );
      expect(detailFields(error)).toEqual(['name', 'project', 'scopes.0']);
      await expectError(stack.request('POST', '/v1/keys', { body: { name: 'n', scopes: [] } }), 422);
      const writer = await keyWithScopes(stack, ['write']);
      await expectError(
        stack.request('POST', '/v1/keys', { key: writer, body: { name: 'n', scopes: ['admin'] } }),
        403,
      );
      await expectError(stack.request('DELETE', '/v1/keys/key_x', { key: writer }), 403);
      await expectBodyLimits(stack, 'POST', '/v1/keys');
    });
  });

  describe('the keys command', () => {
    const keysCommand = (...args: string[]) =>
      run('npx', ['tsx', 'src/cli/keys.ts', ...args], {
        cwd: repoRoot,
        env: {
          ...process.env,
          MONGODB_URI: stack.env.MONGODB_URI,
          MONGODB_DATABASE: stack.env.MONGODB_DATABASE,
        },
      });
    const failing = (...args: string[]) =>
      keysCommand(...args).then(
        () => ({ code: 0, stderr: '' }),
        (error: { code: number; stderr: string }) => ({ code: error.code, stderr: error.stderr }),
      );

    it('creates a key printed once on stdout, lists it without the key, and revokes it', async () => {
      const created = await keysCommand(
        'create',
        '--project',
        'cli-project',
        '--scopes',
        'read,write',
        '--name',
        'ci',
      );
      const key = created.stdout.trim();
      expect(key).toMatch(/^assay_sk_[A-Za-z0-9_-]+$/);
      const keyId = /(key_\w+)/.exec(created.stderr)![1]!;
      expect((await stack.call('POST', '/v1/containers', { key, body: { label: 'from-cli' } })).status).toBe(
        201,
      );
      // Its own project: the bootstrap project does not see what the CLI key created.
      await expectError(stack.request('GET', '/v1/containers/from-cli'), 404);

      const listed = await keysCommand('list', '--project', 'cli-project');
      expect(listed.stdout).toContain(keyId);
      expect(listed.stdout).toMatch(/ci\s+read,write\s+assay_sk_/);
      expect(listed.stdout).not.toContain(key);
      expect((await keysCommand('list')).stdout).toContain('bootstrap');

      await keysCommand('revoke', keyId);
      await expectError(stack.request('GET', '/v1/containers', { key }), 401, 'invalid_api_key');
      expect((await keysCommand('list', '--project', 'cli-project')).stdout).toMatch(
        /\d{4}-\d\d-\d\dT\S+\s*$/,
      );
      expect(await failing('revoke', keyId)).toMatchObject({
        code: 1,
        stderr: expect.stringContaining('no active key'),
      });
    });

    it('answers usage errors with exit code 2, and listing an unknown project creates nothing', async () => {
      expect(await failing('create', '--project', 'p')).toMatchObject({ code: 2 });
      expect(await failing('create', '--project', 'p', '--scopes', 'root')).toMatchObject({ code: 2 });
      expect(await failing('rotate')).toMatchObject({
        code: 2,
        stderr: expect.stringContaining('npm run keys'),
      });
      expect((await keysCommand('list', '--project', 'ghost')).stdout.trim().split('\n')).toHaveLength(1);
      expect(await stack.mongo.db.collection('projects').countDocuments({ name: 'ghost' })).toBe(0);
    });
  });
});
