/**
 * Rules that depend on a body's `type` (fields one type requires, fields only other types may
 * name), written once as tables and stated in the OpenAPI document as JSON Schema `if/then`
 * rules beside the zod refinement that enforces them, so the document promises what the server
 * checks. A `oneOf` per type would say the same but repeat every shared field per variant.
 */
export interface TypeRule {
  required?: readonly string[];
  forbidden?: readonly string[];
}

/**
 * `{ if: <type is a>, then: <a's rule>, else: { if: <type is b>, ... } }`, to merge into a
 * schema's `.meta()`: a chain rather than an `allOf` of rules, which generated clients would
 * turn into intersections of `unknown` (if/then/else they leave alone, as types cannot say it).
 */
export function typeRulesJsonSchema(
  rules: Record<string, TypeRule>,
  discriminator = 'type',
): Record<string, unknown> {
  return Object.entries(rules).reduceRight<Record<string, unknown>>(
    (otherwise, [value, { required = [], forbidden = [] }]) => ({
      if: { properties: { [discriminator]: { const: value } }, required: [discriminator] },
      then: {
        ...(required.length > 0 ? { required: [...required] } : {}),
        ...(forbidden.length > 0
          ? { properties: Object.fromEntries(forbidden.map((field) => [field, false])) }
          : {}),
      },
      ...(Object.keys(otherwise).length > 0 ? { else: otherwise } : {}),
    }),
    {},
  );
}
