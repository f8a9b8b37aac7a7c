import { z } from 'zod';
import { listOf, listQuerySchema } from '../../domain/common.js';
import {
  apiKeyCreatedSchema,
  apiKeyCreateSchema,
  apiKeySchema,
  apiKeySelfSchema,
} from '../../domain/keys.js';
import { NotFoundError } from '../../domain/errors.js';
import { presentApiKey } from '../../store/keys.js';
import { route } from '../route.js';
import { chars } from '../../domain/textLength.js';

const tag = 'API keys';
const keyId = z.object({ id: chars(200, 1) }).strict();

/** Key management is admin-only and always within the caller's own project. */
export const keyRoutes = [
  route({
    method: 'get',
    path: '/v1/keys/self',
    summary: 'The calling API key: its name, scopes and project (any scope may ask)',
    tag,
    scope: 'read',
    response: apiKeySelfSchema,
    handler: async ({ keyId, projectId, app }) => {
      const info = await app.store.keys.findProjectKey(projectId, keyId);
      // Authentication just found this key; it can only vanish if revoked and purged meanwhile.
      if (!info) throw new NotFoundError('api_key', keyId);
      return { ...presentApiKey(info), project: { id: info.project_id, name: info.project_name } };
    },
  }),
  route({
    method: 'post',
    path: '/v1/keys',
    summary: "Create an API key in your project (the answer's `key` is shown this once)",
    tag,
    scope: 'admin',
    body: apiKeyCreateSchema,
    response: apiKeyCreatedSchema,
    status: 201,
    errors: [422],
    handler: async ({ body, projectId, app }) => {
      const { key, info } = await app.store.keys.createProjectKey(projectId, body.name, body.scopes);
      return { ...presentApiKey(info), key };
    },
  }),
  route({
    method: 'get',
    path: '/v1/keys',
    summary: "List your project's API keys (revoked ones included, never the keys themselves)",
    tag,
    scope: 'admin',
    query: listQuerySchema,
    response: listOf(apiKeySchema),
    errors: [422],
    handler: ({ query, projectId, app }) => app.store.keys.listProjectKeys(projectId, query),
  }),
  route({
    method: 'delete',
    path: '/v1/keys/:id',
    summary: 'Revoke an API key: it answers 401 from now on (revoking twice is harmless)',
    tag,
    scope: 'admin',
    params: keyId,
    response: apiKeySchema,
    errors: [404],
    handler: async ({ params, projectId, app }) => {
      const revoked = await app.store.keys.revokeProjectKey(projectId, params.id);
      if (!revoked) throw new NotFoundError('api_key', params.id);
      return presentApiKey(revoked);
    },
  }),
];
