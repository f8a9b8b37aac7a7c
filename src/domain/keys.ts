import { z } from 'zod';
import { idSchema, unixSeconds } from './common.js';
import { chars } from './textLength.js';

/** Every Assay API key: a fixed prefix and 20-100 URL-safe characters (new keys have 43). */
export const apiKeyPattern = /^assay_sk_[A-Za-z0-9_-]{20,100}$/;

export const keyScopes = ['read', 'write', 'admin'] as const;
export type KeyScope = (typeof keyScopes)[number];

export const apiKeyCreateSchema = z
  .object({
    name: chars(128, 1),
    scopes: z.array(z.enum(keyScopes)).min(1).max(keyScopes.length),
  })
  .strict()
  .meta({ id: 'ApiKeyCreate' });
export type ApiKeyCreate = z.infer<typeof apiKeyCreateSchema>;

/** A key as listings show it: never the key itself, only its first characters. */
export const apiKeySchema = z
  .object({
    object: z.literal('api_key'),
    id: idSchema('key'),
    name: z.string(),
    scopes: z.array(z.enum(keyScopes)),
    prefix: z.string(),
    created_at: unixSeconds,
    revoked_at: unixSeconds.nullable(),
  })
  .meta({ id: 'ApiKey' });
export type ApiKey = z.infer<typeof apiKeySchema>;

/** The answer to creating a key: the only time the key itself is shown. */
export const apiKeyCreatedSchema = apiKeySchema
  .extend({
    key: z.string().describe('The API key. Shown once; only its hash is stored.'),
  })
  .meta({ id: 'ApiKeyCreated' });
export type ApiKeyCreated = z.infer<typeof apiKeyCreatedSchema>;

/** The calling key as it sees itself: its scopes and project (the console hides what it may not do). */
export const apiKeySelfSchema = apiKeySchema
  .extend({
    project: z.object({ id: idSchema('project'), name: z.string() }),
  })
  .meta({ id: 'ApiKeySelf' });
export type ApiKeySelf = z.infer<typeof apiKeySelfSchema>;
