import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createClient } from 'assay/client';
import { generatedTypesPath, generateClientTypes } from '../../src/client/generateTypes.js';
import { repoRoot } from '../../src/stack/paths.js';
import { useTestStack } from '../support/testStack.js';

describe('the typed client', () => {
  const stack = useTestStack();

  it("is the package's `assay/client` export and talks to the API with the key", async () => {
    const client = createClient({ baseUrl: stack.api.url, apiKey: stack.adminKey });
    const created = await client.POST('/v1/containers', { body: { label: 'client-made' } });
    expect(created.response.status).toBe(201);
    const { data, error } = await client.GET('/v1/containers/{id}', {
      params: { path: { id: 'client-made' } },
    });
    expect(error).toBeUndefined();
    expect(data!.label).toBe('client-made');
    const anonymous = createClient({ baseUrl: stack.api.url });
    const denied = await anonymous.GET('/v1/containers');
    expect(denied.response.status).toBe(401);
    expect(denied.error).toMatchObject({ error: { type: 'authentication_error' } });
  });

  // Last: generating keeps the event loop busy for seconds, long enough for the server to close
  // the idle keep-alive connection under a following request.
  it('has committed types equal to what openapi-typescript generates from the served /openapi.json', async () => {
    const served = await (await stack.request('GET', '/openapi.json', { key: null })).json();
    const committed = readFileSync(path.join(repoRoot, generatedTypesPath), 'utf8');
    // On a mismatch: `npm run client:generate` and commit the result.
    expect(committed === (await generateClientTypes(served)), 'src/client/schema.ts is stale').toBe(true);
  });
});
