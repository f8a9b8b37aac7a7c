import { expect } from 'vitest';
import type { KeyScope } from '../../src/domain/keys.js';
import type { ProjectStore } from '../../src/store/index.js';
import type { TestStack } from './harness.js';

type Body = any; // eslint-disable-line @typescript-eslint/no-explicit-any

/** Asserts SPEC's error body with `status` (and `code`, when given); returns the error for more checks. */
export async function expectError(
  response: Response | Promise<Response>,
  status: number,
  code?: string,
): Promise<Body> {
  const res = await response;
  const body = (await res.json()) as Body;
  expect({ status: res.status, body }).toMatchObject({
    status,
    body: { error: { type: expect.any(String) } },
  });
  if (code) expect(body.error.code).toBe(code);
  expect(body.error.request_id).toBe(res.headers.get('x-request-id'));
  return body.error;
}

/** The fields named by a 422's details, sorted. */
export const detailFields = (error: Body): string[] =>
  (error.details as { field: string }[]).map((d) => d.field).sort();

/** A key of the bootstrap project with other scopes (a read-only key, say). */
export async function keyWithScopes(stack: TestStack, scopes: KeyScope[]): Promise<string> {
  const { key } = await stack.api.ctx.store.keys.createKey(stack.env.ASSAY_BOOTSTRAP_PROJECT, 'test', scopes);
  return key;
}

/** An admin key of another project: its resources must be invisible to ours (404). */
export async function otherProjectKey(stack: TestStack, project = 'other-project'): Promise<string> {
  const { key } = await stack.api.ctx.store.keys.createKey(project, 'other', ['admin']);
  return key;
}

/** The bootstrap project's stores, as the run engine sees them. */
export async function bootstrapProject(stack: TestStack): Promise<ProjectStore> {
  const key = await stack.api.ctx.store.keys.authenticate(stack.adminKey);
  return stack.api.ctx.store.forProject(key!.projectId);
}

/** A live run document as the run engine writes it, just enough for the 409 checks. */
export async function insertLiveRun(
  stack: TestStack,
  uses: { container_id?: string; evaluator_ids?: string[]; dataset_ids?: string[] },
  status = 'running',
): Promise<string> {
  const project = await bootstrapProject(stack);
  const id = `run_test${Math.random().toString(36).slice(2, 10)}`;
  await stack.mongo.db.collection<{ _id: string; [field: string]: unknown }>('runs').insertOne({
    _id: `${project.projectId}/${id}`,
    id,
    project_id: project.projectId,
    status,
    container_id: uses.container_id ?? 'ctr_none',
    evaluator_ids: uses.evaluator_ids ?? [],
    dataset_ids: uses.dataset_ids ?? [],
  });
  return id;
}

/** Marks a run finished, so what it used may be deleted again. */
export async function finishRun(stack: TestStack, runId: string): Promise<void> {
  await stack.mongo.db.collection('runs').updateOne({ id: runId }, { $set: { status: 'completed' } });
}

/** 400 for malformed JSON and 413 beyond ASSAY_MAX_BODY_BYTES, the same on every JSON route. */
export async function expectBodyLimits(stack: TestStack, method: string, path: string): Promise<void> {
  await expectError(stack.request(method, path, { body: '{"label": ' }), 400, 'malformed_json');
  const oversize = JSON.stringify({ padding: 'x'.repeat(stack.env.ASSAY_MAX_BODY_BYTES + 1) });
  await expectError(stack.request(method, path, { body: oversize }), 413, 'body_too_large');
}
