import { chars } from './textLength.js';

/**
 * How long a prompt template (a judge's `judge_prompt`, a generate source's `prompt`) and the
 * fixed messages of a generate source may be, defined once for every schema that takes them.
 * A prompt far beyond any model's context window is a mistake or an attack, never a need.
 */
export const MAX_TEMPLATE_CHARS = 100_000;

export const templateTextSchema = chars(MAX_TEMPLATE_CHARS, 1);
