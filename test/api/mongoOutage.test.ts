import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMongoServer, type MongoServer, type MongoServerOptions } from '../../src/stack/mongo.js';
import { freePort } from '../../src/stack/ports.js';
import { silentProgress } from '../../src/stack/progress.js';
import { expectError } from '../support/apiChecks.js';
import { useTestStack } from '../support/testStack.js';
import { waitUntil } from '../support/waitFor.js';

/**
 * Its own MongoDB-compatible server (the shared one must stay up for other files),
 * stopped and restarted under a running API: 503 while it is down, then recovery
 * without restarting the API.
 */
describe('MongoDB outage', () => {
  let dir: string;
  let options: MongoServerOptions;
  let server: MongoServer | undefined;
  // Without MONGODB_URI, startMongoServer starts a server rather than pointing at one.
  const { MONGODB_URI: _external, ...serverEnv } = process.env;

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'assay-outage-'));
    options = {
      port: await freePort(),
      dataDir: path.join(dir, 'data'),
      logFile: path.join(dir, 'mongo.log'),
    };
    server = await startMongoServer(options, silentProgress, serverEnv);
  });
  afterAll(async () => {
    await server?.stop();
    rmSync(dir, { recursive: true, force: true });
  });
  // Registered after the server's hooks: starts once the server is up, closes before it stops.
  const stack = useTestStack({ env: () => ({ MONGODB_URI: server!.uri }) });

  it('answers 503 with Retry-After while MongoDB is down, and recovers when it is back', async () => {
    expect((await stack.call('POST', '/v1/containers', { body: { label: 'survivor' } })).status).toBe(201);

    await server!.stop();
    server = undefined;
    const down = await stack.request('GET', '/v1/containers/survivor');
    expect(down.headers.get('retry-after')).toBe('5');
    await expectError(down, 503, 'mongodb_unavailable');
    await expectError(
      stack.request('POST', '/v1/datasets', { body: { name: 'lost' } }),
      503,
      'mongodb_unavailable',
    );
    const notReady = await stack.request('GET', '/readyz', { key: null });
    expect(notReady.status).toBe(503);
    expect(notReady.headers.get('retry-after')).toBe('5');
    expect(await notReady.json()).toMatchObject({
      status: 'unavailable',
      checks: { mongodb: false, temporal: true },
    });

    server = await startMongoServer(options, silentProgress, serverEnv);
    await waitUntil(async () => (await stack.request('GET', '/readyz', { key: null })).status === 200, {
      timeoutMs: 60_000,
    });
    const back = await stack.call('GET', '/v1/containers/survivor');
    expect(back.status).toBe(200);
    expect(back.body.label).toBe('survivor');
    expect((await stack.call('POST', '/v1/datasets', { body: { name: 'after' } })).status).toBe(201);
  });
});
