import { z } from 'zod';
import { chars } from './textLength.js';

/** Resource id prefixes (SPEC: Conventions). */
export const idPrefixes = {
  container: 'ctr',
  log: 'log',
  dataset: 'ds',
  datasetItem: 'dsi',
  evaluator: 'evl',
  run: 'run',
  project: 'prj',
  key: 'key',
  datasetUpload: 'dsu',
  /** OpenAI Evals API resources keep OpenAI's own prefixes. */
  eval: 'eval',
  file: 'file',
  webhook: 'wh',
  /** A webhook message: its `webhook-id`, stable across retries (and OpenAI's event id shape). */
  webhookEvent: 'evt',
  webhookDelivery: 'whd',
  monitor: 'mon',
  monitorAlert: 'mal',
} as const;
export type IdKind = keyof typeof idPrefixes;

/** A resource id as callers see it: `<prefix>_<suffix>`. */
export const idSchema = (kind: IdKind) =>
  z
    .string()
    .regex(new RegExp(`^${idPrefixes[kind]}_[A-Za-z0-9_.:-]{1,128}$`), `must be a ${idPrefixes[kind]}_ id`);

/** Caller-chosen ids (task logs, dataset items): safe characters only, so they can live inside a key. */
export const externalIdSchema = z
  .string()
  .regex(/^[A-Za-z0-9_.:-]{1,128}$/, 'must be 1-128 characters of letters, digits, _ . : -');

/** A label or name: referable in URLs alongside ids, so it must not look like an id. */
export const labelSchema = z
  .string()
  .min(1)
  .max(128)
  .regex(
    /^[A-Za-z0-9][A-Za-z0-9_.-]*$/,
    'must start with a letter or digit and use only letters, digits, _ . -',
  );

/** SPEC bounds metadata so a document cannot grow without limit. */
export const metadataSchema = z
  .record(
    z
      .string()
      .min(1)
      .max(64, 'metadata keys are at most 64 characters')
      .regex(/^[^.$]/, 'metadata keys must not start with . or $')
      .regex(/^[^.]*$/, 'metadata keys must not contain .')
      // NUL cannot be stored in a key at all; the other control characters only make trouble in filters.
      // eslint-disable-next-line no-control-regex -- matching control characters is the point
      .regex(/^[^\u0000-\u001f\u007f]*$/, 'metadata keys must not contain control characters'),
    z.string().max(512, 'metadata values are at most 512 characters'),
  )
  .refine((m) => Object.keys(m).length <= 16, 'at most 16 metadata keys')
  .meta({ id: 'Metadata' });
export type Metadata = z.infer<typeof metadataSchema>;

export const unixSeconds = z.number().int().nonnegative();

/**
 * An object key the store can hold: MongoDB and FerretDB refuse field names that
 * start with `$` or hold `.` or NUL, so such keys are a 422 here rather than a 500 there.
 */
// eslint-disable-next-line no-control-regex -- NUL is exactly what must be refused
export const storableKeyPattern = /^(?!\$)[^.\u0000]*$/;
const storableKeyMessage = 'keys must not start with $ nor contain . or NUL characters';
export const storableKeySchema = z.string().regex(storableKeyPattern, storableKeyMessage);

type JsonScalar = string | number | boolean | null;
type JsonObject = { [key: string]: JsonValue };
export type JsonValue = JsonScalar | JsonObject | (JsonScalar | JsonObject)[];

const jsonScalars = [z.string(), z.number(), z.boolean(), z.null()] as const;
const jsonObjectSchema: z.ZodType<JsonObject> = z
  .lazy(() => z.record(storableKeySchema, jsonValueSchema))
  .meta({ id: 'JsonObject' });

/**
 * Any JSON a caller may pass through (extra message fields, content parts) that the
 * store can hold: keys storable at every depth, and no array directly inside an array
 * (FerretDB cannot store nested arrays).
 */
export const jsonValueSchema: z.ZodType<JsonValue> = z
  .lazy(() =>
    z.union([...jsonScalars, jsonObjectSchema, z.array(z.union([...jsonScalars, jsonObjectSchema]))]),
  )
  .meta({ id: 'JsonValue' });

/** An object of `shape` whose other fields pass through as JSON, every key storable. */
export const openObject = <S extends z.ZodRawShape>(shape: S) =>
  z
    .object(shape)
    .catchall(jsonValueSchema)
    .superRefine((value, ctx) => {
      for (const key of Object.keys(value)) {
        if (!storableKeyPattern.test(key)) {
          ctx.addIssue({ code: 'custom', path: [key], message: storableKeyMessage });
        }
      }
    })
    .meta({ propertyNames: { type: 'string', pattern: storableKeyPattern.source } });

/**
 * One part of a message's content (`{ "type": "text", "text": ... }`, an image...): any JSON object
 * the store can hold. The same rule as JsonObject under a name of its own: schemathesis (4.32) cannot
 * draw the negation of an array whose items are a schema of the free-form JSON cycle itself ("Cannot
 * generate an array with 1 demanded elements" on every route taking messages), but can through a
 * name that only enters the cycle.
 */
const contentPartSchema = z.record(storableKeySchema, jsonValueSchema).meta({ id: 'ContentPart' });

/** A chat message as OpenAI's chat API takes it (content may be parts); other fields pass through. */
export const chatMessageSchema = openObject({
  role: z.enum(['system', 'user', 'assistant', 'tool', 'developer']),
  content: z.union([z.string(), z.array(contentPartSchema), z.null()]),
  name: z.string().optional(),
}).meta({ id: 'ChatMessage' });
export type ChatMessage = z.infer<typeof chatMessageSchema>;

/** `input` of a log or item: a prompt string or a chat transcript. */
export const llmInputSchema = z.union([z.string(), z.array(chatMessageSchema).min(1)]);
export type LlmInput = z.infer<typeof llmInputSchema>;

/** `output`: a string or one assistant message. */
export const llmOutputSchema = z.union([z.string(), chatMessageSchema]);
export type LlmOutput = z.infer<typeof llmOutputSchema>;

/**
 * A batch request body: a bare JSON array of records or `{ [field]: [...] }`, both
 * parsed to the object form. Exclusive by JSON type (array or object): a `oneOf`
 * in the OpenAPI document.
 */
export const batchBodySchema = <F extends string, T extends z.ZodType>(field: F, record: T) => {
  const records = z.array(record).min(1);
  const wrapped = z.object({ [field]: records } as { [K in F]: typeof records }).strict();
  return z.xor([records.transform((list) => ({ [field]: list }) as z.output<typeof wrapped>), wrapped]);
};

const listQueryShape = {
  limit: z.coerce.number().int().min(1).max(100).default(20),
  after: chars(300).optional(),
  before: chars(300).optional(),
};

/**
 * The list query plus a route's own filters. Strict, so a misspelt filter is a 422
 * naming it rather than silently ignored (which would return unfiltered data).
 * `after` and `before` together ask for the page between the two.
 */
export const listQueryWith = <S extends z.ZodRawShape>(filters: S) =>
  z.object({ ...listQueryShape, ...filters }).strict();

/** Query parameters shared by every list endpoint. */
export const listQuerySchema = listQueryWith({});

export const listOf = <T extends z.ZodType>(item: T) =>
  namedListOf(
    item,
    z.object({
      object: z.literal('list'),
      data: z.array(item),
      total: z.number().int(),
      has_more: z.boolean(),
      first_id: z.string().nullable(),
      last_id: z.string().nullable(),
    }),
  );

/** A page of a named resource is named after it (`RunList`), one OpenAPI component for every route listing it. */
export const namedListOf = <S extends z.ZodType>(item: z.ZodType, list: S): S => {
  const id = z.globalRegistry.get(item)?.id;
  return id ? list.meta({ id: `${id}List` }) : list;
};

export interface ListPage<T> {
  object: 'list';
  data: T[];
  total: number;
  has_more: boolean;
  first_id: string | null;
  last_id: string | null;
}

export const deletedSchema = (object: string) =>
  z.object({ object: z.literal(object), id: z.string(), deleted: z.literal(true) });

/** A 95% interval (or a score scale): one schema, one OpenAPI component, for every interval the API reports. */
export const intervalSchema = z.object({ low: z.number(), high: z.number() }).meta({ id: 'Interval' });

export const errorBodySchema = z
  .object({
    error: z.object({
      type: z.string(),
      code: z.string(),
      message: z.string(),
      param: z.string().optional(),
      request_id: z.string().optional(),
      details: z
        .array(
          z.object({
            field: z.string(),
            message: z.string(),
            line: z.number().optional(),
            column: z.number().optional(),
          }),
        )
        .optional(),
    }),
  })
  // One component of the OpenAPI document, which every error answer references.
  .meta({ id: 'Error' });
