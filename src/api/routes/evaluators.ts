import { z } from 'zod';
import { deletedSchema, listOf } from '../../domain/common.js';
import {
  definitionFromCreate,
  definitionWithPatch,
  evaluatorCreateSchema,
  evaluatorListQuerySchema,
  evaluatorLookupQuerySchema,
  evaluatorPatchSchema,
  evaluatorSchema,
} from '../../domain/evaluators.js';
import { NotFoundError } from '../../domain/errors.js';
import type { ProjectStore } from '../../store/index.js';
import { definitionOf, presentEvaluator } from '../../store/evaluators.js';
import { checkEvaluator } from '../evaluatorChecks.js';
import { route } from '../route.js';
import { chars } from '../../domain/textLength.js';
import { evaluatorRules } from '../rulesBeyondSchema.js';

const tag = 'Evaluators';
const idOrName = z.object({ id: chars(200, 1) }).strict();
const idAndVersion = z.object({ id: chars(200, 1), version: z.coerce.number().int().min(1) }).strict();

/** `container` (id or label) as a container id; undefined when not given. */
async function containerIdOf(store: ProjectStore, ref: string | undefined): Promise<string | undefined> {
  return ref === undefined ? undefined : (await store.containers.require(ref)).id;
}

export const evaluatorRoutes = [
  route({
    method: 'post',
    path: '/v1/evaluators',
    summary:
      'Create an evaluator: an LLM judge (judge_model + judge_prompt) or Python code defining evaluate()',
    description: evaluatorRules,
    tag,
    scope: 'write',
    body: evaluatorCreateSchema,
    response: evaluatorSchema,
    status: 201,
    errors: [404, 409, 413, 422],
    links: {
      'get /v1/evaluators/:id/versions/:version': {
        id: '$response.body#/id',
        version: '$response.body#/version',
      },
    },
    handler: async ({ body, store, app }) => {
      const definition = definitionFromCreate(body, (await containerIdOf(store, body.container)) ?? null);
      await checkEvaluator(definition, body, app);
      return presentEvaluator(await store.evaluators.create(definition));
    },
  }),
  route({
    method: 'get',
    path: '/v1/evaluators',
    summary: 'List evaluators, optionally of one container (`?container=` id or label)',
    tag,
    scope: 'read',
    query: evaluatorListQuerySchema,
    response: listOf(evaluatorSchema),
    errors: [404, 422],
    handler: async ({ query, store }) =>
      store.evaluators.list(await containerIdOf(store, query.container), query),
  }),
  route({
    method: 'get',
    path: '/v1/evaluators/:id',
    summary: 'Get an evaluator by id or name (`?container=` picks among same-named ones)',
    tag,
    scope: 'read',
    params: idOrName,
    query: evaluatorLookupQuerySchema,
    response: evaluatorSchema,
    errors: [404, 422],
    handler: async ({ params, query, store }) =>
      presentEvaluator(
        await store.evaluators.require(params.id, await containerIdOf(store, query.container)),
      ),
  }),
  route({
    method: 'get',
    path: '/v1/evaluators/:id/versions/:version',
    summary: 'Get an evaluator as it was at a version (results record the version that produced them)',
    tag,
    scope: 'read',
    params: idAndVersion,
    response: evaluatorSchema,
    errors: [404, 422],
    handler: async ({ params, store }) => {
      const { id } = await store.evaluators.require(params.id);
      const version = await store.evaluators.getVersion(id, params.version);
      if (!version) throw new NotFoundError('evaluator_version', `${id} v${params.version}`);
      return version;
    },
  }),
  route({
    method: 'patch',
    path: '/v1/evaluators/:id',
    summary: 'Update an evaluator (not its `type`); every patch makes a new version',
    description: evaluatorRules,
    tag,
    scope: 'write',
    params: idOrName,
    query: evaluatorLookupQuerySchema,
    body: evaluatorPatchSchema,
    response: evaluatorSchema,
    errors: [404, 409, 413, 422],
    handler: async ({ params, query, body, store, app }) => {
      const current = await store.evaluators.require(params.id, await containerIdOf(store, query.container));
      const containerId =
        body.container === undefined ? current.container_id : await containerIdOf(store, body.container);
      const definition = definitionWithPatch(definitionOf(current), body, containerId ?? null);
      await checkEvaluator(definition, body, app);
      return presentEvaluator(await store.evaluators.update(current, definition));
    },
  }),
  route({
    method: 'delete',
    path: '/v1/evaluators/:id',
    summary: 'Delete an evaluator (409 while a queued, running or paused run uses it)',
    tag,
    scope: 'write',
    params: idOrName,
    query: evaluatorLookupQuerySchema,
    response: deletedSchema('evaluator'),
    errors: [404, 409, 422],
    handler: async ({ params, query, store }) => {
      const { id } = await store.evaluators.delete(params.id, await containerIdOf(store, query.container));
      await store.labels.deleteForEvaluator(id);
      return { object: 'evaluator' as const, id, deleted: true as const };
    },
  }),
];
