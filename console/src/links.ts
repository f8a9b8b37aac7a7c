/**
 * The query string of a console link (`?baseline=…`), from the values that are set: a page's
 * filters live in its URL so it can be shared (the key never is). API calls take their query
 * as typed parameters of the client instead.
 */
export function linkSearch(params: Record<string, string | number | boolean | undefined | null>): string {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== '') search.set(name, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}
