type Json = any; // eslint-disable-line @typescript-eslint/no-explicit-any

/** What a local `$ref` (`#/components/...`) names in `doc`. */
export const lookupRef = (doc: Json, ref: string): Json =>
  ref
    .slice(2)
    .split('/')
    .reduce<Json>((node, part) => node?.[part], doc);

/** `node`, or what its `$ref` names (followed until it is not a reference): the document names resources once. */
export function resolveRef(doc: Json, node: Json): Json {
  let current = node;
  while (typeof current?.$ref === 'string') current = lookupRef(doc, current.$ref);
  return current;
}

/**
 * `node` with every `$ref` replaced by what it names, for assertions on nested shapes; a
 * recursive schema (free-form JSON) stays a `$ref` where it recurs.
 */
export function inlineRefs(doc: Json, node: Json, open: ReadonlySet<string> = new Set()): Json {
  if (Array.isArray(node)) return node.map((item) => inlineRefs(doc, item, open));
  if (!node || typeof node !== 'object') return node;
  if (typeof node.$ref === 'string') {
    if (open.has(node.$ref)) return node;
    return inlineRefs(doc, lookupRef(doc, node.$ref), new Set([...open, node.$ref]));
  }
  return Object.fromEntries(Object.entries(node).map(([key, value]) => [key, inlineRefs(doc, value, open)]));
}
