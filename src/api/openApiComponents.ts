import { z } from 'zod';

export type JsonSchema = Record<string, unknown>;

const componentsPrefix = '#/components/schemas/';
const zodDefsPrefix = '#/$defs/';
/** What a named schema's request form is called when it differs from its response form. */
const inputSuffix = 'Input';

/** Every `$ref` and discriminator mapping in `node`, rewritten by `rename` (in place). */
export function renameRefs(node: unknown, rename: (ref: string) => string): void {
  if (Array.isArray(node)) {
    for (const item of node) renameRefs(item, rename);
    return;
  }
  if (!node || typeof node !== 'object') return;
  const record = node as JsonSchema;
  if (typeof record.$ref === 'string') record.$ref = rename(record.$ref);
  const mapping = (record.discriminator as { mapping?: Record<string, string> } | undefined)?.mapping;
  if (mapping) for (const key of Object.keys(mapping)) mapping[key] = rename(mapping[key]!);
  for (const [key, value] of Object.entries(record)) if (key !== 'discriminator') renameRefs(value, rename);
}

/**
 * A discriminated union whose every member is a named schema gets an OpenAPI `discriminator`,
 * so generated clients pick the member by its `type` instead of trying each one. Members left
 * inline have no name to map to, and then zod's plain `oneOf` says the same thing.
 */
const addDiscriminator: NonNullable<Parameters<typeof z.toJSONSchema>[1]>['override'] = ({
  zodSchema,
  jsonSchema,
}) => {
  const def = zodSchema._zod.def as { type: string; discriminator?: string; options?: z.ZodType[] };
  if (def.type !== 'union' || !def.discriminator || !def.options) return;
  // A refined copy of a named union is a `$ref` to it, whose discriminator already says this
  // (zod repeats the members beside the reference when the copy has `.meta()` of its own, as
  // domain/typeRules.ts rules do; the reference is enough).
  if (jsonSchema.$ref) {
    delete jsonSchema.oneOf;
    return;
  }
  const mapping: Record<string, string> = {};
  for (const option of def.options) {
    const id = z.globalRegistry.get(option)?.id;
    const values = option._zod.propValues?.[def.discriminator];
    if (!id || !values) return;
    for (const value of values) {
      if (typeof value !== 'string') return;
      mapping[value] = `${zodDefsPrefix}${id}`;
    }
  }
  jsonSchema.discriminator = { propertyName: def.discriminator, mapping };
};

/**
 * The route schemas as OpenAPI schemas, through zod's own conversion: a schema named with
 * `.meta({ id })` comes out of `z.toJSONSchema` under `$defs`, referenced by `$ref`; here
 * those land once in `components/schemas` for the whole document. A schema's request form
 * (`io: 'input'`) and its response form (`io: 'output'`) can differ (defaults are optional
 * in a request, transforms change types, unknown keys are stripped rather than refused), so
 * a request form is collected as `<id>Input` and `components()` folds it into `<id>` where
 * the two forms are the same or the schema is only ever a request: each stays exact.
 */
export class SchemaComponents {
  private readonly outputs: Record<string, JsonSchema> = {};
  private readonly inputs: Record<string, JsonSchema> = {};

  convert(schema: z.ZodType, io: 'input' | 'output'): JsonSchema {
    const suffix = io === 'input' ? inputSuffix : '';
    const generated = z.toJSONSchema(schema, {
      io,
      unrepresentable: 'any',
      override: addDiscriminator,
    }) as JsonSchema & { $defs?: Record<string, JsonSchema> };
    const { $schema: _drop, $defs = {}, ...root } = generated;
    const rename = (ref: string) =>
      ref.startsWith(zodDefsPrefix) ? `${componentsPrefix}${ref.slice(zodDefsPrefix.length)}${suffix}` : ref;
    renameRefs(root, rename);
    const collected = io === 'input' ? this.inputs : this.outputs;
    for (const [id, body] of Object.entries($defs)) {
      if (id.endsWith(inputSuffix)) throw new Error(`schema id ${id} would clash with a request form`);
      renameRefs(body, rename);
      // One name, one schema: two different schemas sharing an id would make one of them wrong.
      if (id in collected && JSON.stringify(collected[id]) !== JSON.stringify(body)) {
        throw new Error(`two different schemas are named ${id}`);
      }
      collected[id] = body;
    }
    return root;
  }

  /** `schema`, or the request form of the named schema it references (e.g. to see a parameter is an object). */
  resolveInput(schema: JsonSchema): JsonSchema {
    const ref = schema.$ref;
    if (typeof ref !== 'string' || !ref.startsWith(componentsPrefix)) return schema;
    return this.resolveInput(this.inputs[ref.slice(componentsPrefix.length, -inputSuffix.length)] ?? {});
  }

  /**
   * The named schemas, and the renaming to apply to the document's refs: a request form
   * equal to its response form (once its own references are folded the same way) is the
   * same component. Folding is decided as a greatest fixed point, since named schemas
   * reference one another.
   */
  components(): { schemas: Record<string, JsonSchema>; rename: (ref: string) => string } {
    const folded = new Set(Object.keys(this.inputs));
    const renameWith = (ref: string) => {
      if (!ref.startsWith(componentsPrefix) || !ref.endsWith(inputSuffix)) return ref;
      const id = ref.slice(componentsPrefix.length, -inputSuffix.length);
      return folded.has(id) ? `${componentsPrefix}${id}` : ref;
    };
    const sameAsOutput = (id: string) => {
      if (!(id in this.outputs)) return true;
      const input = structuredClone(this.inputs[id]);
      renameRefs(input, renameWith);
      return JSON.stringify(input) === JSON.stringify(this.outputs[id]);
    };
    for (let changed = true; changed;) {
      changed = false;
      for (const id of folded) {
        if (!sameAsOutput(id)) {
          folded.delete(id);
          changed = true;
        }
      }
    }
    const schemas: Record<string, JsonSchema> = { ...this.outputs };
    for (const [id, body] of Object.entries(this.inputs)) {
      const renamed = structuredClone(body);
      renameRefs(renamed, renameWith);
      schemas[folded.has(id) ? id : `${id}${inputSuffix}`] = renamed;
    }
    const sorted = Object.fromEntries(Object.entries(schemas).sort(([a], [b]) => a.localeCompare(b)));
    return { schemas: sorted, rename: renameWith };
  }
}
