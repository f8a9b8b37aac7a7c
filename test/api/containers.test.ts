import { copiesOf } from '../support/leftovers.js';
import { waitFor } from '../support/waitFor.js';
import { describe, expect, it } from 'vitest';
import {
  detailFields,
  expectBodyLimits,
  expectError,
  finishRun,
  insertLiveRun,
  keyWithScopes,
  otherProjectKey,
} from '../support/apiChecks.js';
import { useTestStack } from '../support/testStack.js';

describe('containers: listing and deleting', () => {
  const createContainer = async (label: string) =>
    (await stack.call('POST', '/v1/containers', { body: { label } })).body as { id: string };

  const stack = useTestStack({ env: { ASSAY_MAX_BODY_BYTES: '65536' } });

  it('lists containers newest first with total and cursors', async () => {
    for (const label of ['c-one', 'c-two', 'c-three']) await createContainer(label);
    const page = await stack.call('GET', '/v1/containers?limit=2');
    expect(page.body).toMatchObject({ object: 'list', total: 3, has_more: true });
    expect(page.body.data.map((c: { label: string }) => c.label)).toEqual(['c-three', 'c-two']);
    const rest = await stack.call('GET', `/v1/containers?after=${page.body.last_id}`);
    expect(rest.body).toMatchObject({ has_more: false, data: [{ label: 'c-one' }] });
    const back = await stack.call('GET', `/v1/containers?before=${rest.body.first_id}`);
    expect(back.body.data.map((c: { label: string }) => c.label)).toEqual(['c-three', 'c-two']);
    await expectError(stack.request('GET', '/v1/containers?limit=500'), 422);
    expect(detailFields(await expectError(stack.request('GET', '/v1/containers?sort=label'), 422))).toEqual([
      'sort',
    ]);
  });

  it('answers 409 when a patch takes another label, 400/413 for bad bodies', async () => {
    await expectError(
      stack.request('PATCH', '/v1/containers/c-one', { body: { label: 'c-two' } }),
      409,
      'label_taken',
    );
    await expectBodyLimits(stack, 'POST', '/v1/containers');
  });

  it('deletes a container with its task logs, detaching its datasets', async () => {
    const container = await createContainer('to-delete');
    await stack.call('POST', '/v1/containers/to-delete/logs', {
      body: { logs: [{ id: 'gone-1', input: 'a', output: 'b' }] },
    });
    const dataset = (
      await stack.call('POST', '/v1/datasets', { body: { name: 'kept', container: 'to-delete' } })
    ).body;
    expect(dataset.container_id).toBe(container.id);

    const deleted = await stack.call('DELETE', '/v1/containers/to-delete');
    expect(deleted.status).toBe(200);
    expect(deleted.body).toEqual({ object: 'container', id: container.id, deleted: true });
    await expectError(stack.request('GET', `/v1/containers/${container.id}`), 404, 'container_not_found');
    expect(await stack.mongo.db.collection('task_logs').countDocuments({ container_id: container.id })).toBe(
      0,
    );
    expect((await stack.call('GET', '/v1/datasets/kept')).body.container_id).toBeNull();
    await expectError(stack.request('DELETE', '/v1/containers/to-delete'), 404);
    // No copy of the container or its logs anywhere in the store, once its store job is done.
    for (const needle of [container.id, 'gone-1']) {
      await waitFor(
        () => copiesOf(stack.mongo.db, needle),
        (copies) => copies.length === 0,
        {
          what: `no copy of ${needle}`,
        },
      );
    }
  });

  it('refuses (409) while a live run uses the container or evaluators belong to it', async () => {
    const container = await createContainer('busy');
    const runId = await insertLiveRun(stack, { container_id: container.id });
    await expectError(stack.request('DELETE', '/v1/containers/busy'), 409, 'container_in_use');
    await finishRun(stack, runId);
    const evaluator = await stack.call('POST', '/v1/evaluators', {
      body: {
        type: 'judge',
        container: 'busy',
        name: 'j',
        judge_model: 'openai/gpt-4o-mini',
        judge_prompt: '{{output}}',
      },
    });
    await expectError(stack.request('DELETE', '/v1/containers/busy'), 409, 'container_has_evaluators');
    await stack.request('DELETE', `/v1/evaluators/${evaluator.body.id}`);
    expect((await stack.request('DELETE', `/v1/containers/${container.id}`)).status).toBe(200);
  });

  it("answers 404 for another project's containers and 403 to a read-only key deleting", async () => {
    const container = await createContainer('mine');
    const other = await otherProjectKey(stack, 'containers-other');
    await expectError(stack.request('DELETE', `/v1/containers/${container.id}`, { key: other }), 404);
    await expectError(stack.request('GET', '/v1/containers/mine', { key: other }), 404);
    expect((await stack.call('GET', '/v1/containers', { key: other })).body.total).toBe(0);
    const reader = await keyWithScopes(stack, ['read']);
    await expectError(
      stack.request('DELETE', '/v1/containers/mine', { key: reader }),
      403,
      'insufficient_scope',
    );
    expect((await stack.request('GET', '/v1/containers/mine')).status).toBe(200);
  });
});
