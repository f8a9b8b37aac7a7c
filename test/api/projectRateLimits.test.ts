import { describe, expect, it } from 'vitest';
import { expectError, keyWithScopes, otherProjectKey } from '../support/apiChecks.js';
import { useTestStack } from '../support/testStack.js';

/** The per-key limit and the project's, which all its keys share (a stack with low limits of its own). */
describe('rate limits per key and per project', () => {
  const stack = useTestStack({
    env: { ASSAY_RATE_LIMIT_PER_MINUTE: '4', ASSAY_PROJECT_RATE_LIMIT_PER_MINUTE: '6' },
  });

  it("bounds a project's keys together: minting keys does not multiply the limit", async () => {
    const first = await keyWithScopes(stack, ['read']);
    const second = await keyWithScopes(stack, ['read']);
    for (let i = 0; i < 4; i++)
      expect((await stack.request('GET', '/v1/containers', { key: first })).status).toBe(200);
    await expectError(stack.request('GET', '/v1/containers', { key: first }), 429, 'rate_limited');
    // The project has used 5 of its 6: the second key gets one more, then the project's limit answers.
    expect((await stack.request('GET', '/v1/containers', { key: second })).status).toBe(200);
    const limited = await expectError(
      stack.request('GET', '/v1/containers', { key: second }),
      429,
      'rate_limited',
    );
    expect(limited.message).toContain("this project's API keys together");
    // Another project is not affected.
    const other = await otherProjectKey(stack);
    expect((await stack.request('GET', '/v1/containers', { key: other })).status).toBe(200);
  });
});
