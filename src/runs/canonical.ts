/**
 * Stable JSON: object keys sorted at every depth, `undefined` fields dropped, so
 * equal values always serialise alike (idempotency hashes, pairing keys).
 */
export function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const fields = Object.entries(value)
      .filter(([, field]) => field !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([key, field]) => `${JSON.stringify(key)}:${stableJson(field)}`);
    return `{${fields.join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

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
