import { z } from 'zod';

/**
 * A string's length in code points, as JSON Schema's `maxLength` counts it (and so the OpenAPI
 * document): `.length` and zod's `.max` count UTF-16 units, two for an emoji, so a key the
 * document allows could be refused by the server.
 */
export function codePointLength(text: string): number {
  let count = 0;
  for (const _ of text) count++;
  return count;
}

/**
 * `schema` bounded at `max` characters counted as the document counts them; the bound is stated
 * in the document as `maxLength`. Last in a chain: its bound is metadata of this schema only.
 */
export function withMaxChars<S extends z.ZodString>(schema: S, max: number, message: string): S {
  // A string has at most as many code points as UTF-16 units: most are counted without a walk.
  return schema
    .refine((text) => text.length <= max || codePointLength(text) <= max, { message })
    .meta({ maxLength: max }) as S;
}

/**
 * A string of at most `max` characters (and at least `min`), counted as the OpenAPI document
 * counts them: every bounded string field of a request is one of these, so no text the document
 * allows is refused for its length in UTF-16 units.
 */
export function chars(max: number, min = 0): z.ZodString {
  return withMaxChars(min > 0 ? z.string().min(min) : z.string(), max, `at most ${max} characters`);
}
