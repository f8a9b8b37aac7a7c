import { z } from 'zod';
import { deletedSchema, listOf, listQuerySchema } from '../../domain/common.js';
import { containerCreateSchema, containerPatchSchema, containerSchema } from '../../domain/containers.js';
import { presentContainer } from '../../store/containers.js';
import { route } from '../route.js';
import { chars } from '../../domain/textLength.js';

const idOrLabel = z.object({ id: chars(200, 1) }).strict();
const tag = 'Containers';

export const containerRoutes = [
  route({
    method: 'post',
    path: '/v1/containers',
    summary: 'Create a container (one LLM task of yours)',
    tag,
    scope: 'write',
    body: containerCreateSchema,
    response: containerSchema,
    status: 201,
    errors: [409, 422],
    handler: async ({ body, store }) => presentContainer(await store.containers.create(body)),
  }),
  route({
    method: 'get',
    path: '/v1/containers',
    summary: 'List containers',
    tag,
    scope: 'read',
    query: listQuerySchema,
    response: listOf(containerSchema),
    errors: [422],
    handler: ({ query, store }) => store.containers.list(query),
  }),
  route({
    method: 'get',
    path: '/v1/containers/:id',
    summary: 'Get a container by id or label',
    tag,
    scope: 'read',
    params: idOrLabel,
    response: containerSchema,
    errors: [404],
    handler: async ({ params, store }) => presentContainer(await store.containers.require(params.id)),
  }),
  route({
    method: 'patch',
    path: '/v1/containers/:id',
    summary: 'Update a container',
    tag,
    scope: 'write',
    params: idOrLabel,
    body: containerPatchSchema,
    response: containerSchema,
    errors: [404, 409, 422],
    handler: async ({ params, body, store }) =>
      presentContainer(await store.containers.patch(params.id, body)),
  }),
  route({
    method: 'delete',
    path: '/v1/containers/:id',
    summary:
      'Delete a container and its task logs; its datasets stay, detached. 409 while a queued, running or paused run uses it, or while evaluators belong to it.',
    tag,
    scope: 'write',
    params: idOrLabel,
    response: deletedSchema('container'),
    errors: [404, 409],
    handler: async ({ params, store }) => {
      const { id } = await store.containers.delete(params.id, store);
      return { object: 'container' as const, id, deleted: true as const };
    },
  }),
];
