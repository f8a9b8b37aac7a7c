/**
 * Stable JSON: object keys sorted at every depth, `undefined` fields dropped, so
 * equal values always serialise alike (idempotency hashes, pairing keys).
 * Written as loops: it hashes every model request (the response cache's key), where the
 * entries/filter/sort/map chain it replaces allocated four arrays per object.
 */
export function stableJson(value: unknown): string {
  if (Array.isArray(value)) {
    let out = '[';
    for (let i = 0; i < value.length; i++) out += (i === 0 ? '' : ',') + stableJson(value[i]);
    return out + ']';
  }
  if (value !== null && typeof value === 'object') {
    const object = value as Record<string, unknown>;
    // Keys are strings: the default sort orders them by UTF-16 code units, as `<` does.
    const keys = Object.keys(object).sort();
    let out = '{';
    for (const key of keys) {
      const field = object[key];
      if (field === undefined) continue;
      out += (out.length === 1 ? '' : ',') + JSON.stringify(key) + ':' + stableJson(field);
    }
    return out + '}';
  }
  return JSON.stringify(value) ?? 'null';
}
