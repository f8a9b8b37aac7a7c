import { describe, expect, it } from 'vitest';
import { useTestStack } from '../support/testStack.js';

describe('health and containers on the real stack', () => {
  const stack = useTestStack();

  it('answers /healthz without a key and /readyz when both upstreams are up', async () => {
    const health = await stack.request('GET', '/healthz', { key: null });
    expect(health.status).toBe(200);
    const ready = await stack.request('GET', '/readyz', { key: null });
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready', checks: { mongodb: true, temporal: true } });
    expect(ready.headers.get('x-request-id')).toBeTruthy();
  });

  it('creates and fetches a container by id and by label', async () => {
    const created = await stack.call('POST', '/v1/containers', {
      body: { label: 'support-bot', name: 'Support' },
    });
    expect(created.status).toBe(201);
    const container = created.body;
    expect(container).toMatchObject({ object: 'container', label: 'support-bot', name: 'Support' });
    expect(container.id).toMatch(/^ctr_/);
    const byLabel = await stack.call('GET', '/v1/containers/support-bot');
    expect(byLabel.body.id).toBe(container.id);
    const dup = await stack.request('POST', '/v1/containers', { body: { label: 'support-bot' } });
    expect(dup.status).toBe(409);
  });
});
