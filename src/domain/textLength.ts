import { z } from 'zod';

/**
 * A string of at most `max` characters (and at least `min`), refused with one message wherever it
 * is used. zod counts a string's characters as JSON Schema's `maxLength` does, in code points (an
 * emoji is one, though two UTF-16 units), so the document's bound and the server's agree.
 */
export function chars(max: number, min = 0): z.ZodString {
  return (min > 0 ? z.string().min(min) : z.string()).max(max, `at most ${max} characters`);
}
