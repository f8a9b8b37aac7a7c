import { stableJson } from '../domain/stableJson.js';

function trimStrings(value: unknown): unknown {
  if (typeof value === 'string') return value.trim();
  if (Array.isArray(value)) return value.map(trimStrings);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, trimStrings(v)]));
  }
  return value;
}

/**
 * The key two data sources are joined on: the input as stable JSON with every
 * string trimmed, so a logged prompt and a dataset prompt that differ only in
 * surrounding whitespace or key order still pair.
 */
export function canonicalInput(input: unknown): string {
  return stableJson(trimStrings(input));
}
