import { z } from 'zod';
import { idSchema, labelSchema, metadataSchema, unixSeconds } from './common.js';
import { chars } from './textLength.js';

export const containerCreateSchema = z
  .object({
    label: labelSchema,
    name: chars(256).optional(),
    description: chars(4000).optional(),
    metadata: metadataSchema.optional(),
  })
  .strict()
  .meta({ id: 'ContainerCreate' });
export type ContainerCreate = z.infer<typeof containerCreateSchema>;

export const containerPatchSchema = containerCreateSchema.partial().strict().meta({ id: 'ContainerPatch' });
export type ContainerPatch = z.infer<typeof containerPatchSchema>;

export const containerSchema = z
  .object({
    object: z.literal('container'),
    id: idSchema('container'),
    label: z.string(),
    name: z.string().nullable(),
    description: z.string().nullable(),
    metadata: z.record(z.string(), z.string()),
    created_at: unixSeconds,
    updated_at: unixSeconds,
  })
  .meta({ id: 'Container' });
export type Container = z.infer<typeof containerSchema>;
