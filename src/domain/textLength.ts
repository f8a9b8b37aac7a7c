import type { z } from 'zod';

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
  return schema.refine((text) => codePointLength(text) <= max, { message }).meta({ maxLength: max }) as S;
}
