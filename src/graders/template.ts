/**
 * OpenAI's grader templates: `{{ namespace.path }}` with the namespaces `item` (the
 * data source row) and `sample` (what the model produced: output_text, output_json,
 * ...). Paths are JSON-path-like: `item.answer`, `item.choices[0].text`. A string
 * renders as itself, any other value as JSON, a missing one as the empty string.
 */

export interface TemplateNamespaces {
  item: unknown;
  sample?: unknown;
}

export const templateNamespaces = ['item', 'sample'] as const;

/** One greedy class between fixed delimiters: linear time on any input (no nested quantifiers to backtrack). */
const placeholder = /\{\{([^{}]*)\}\}/g;
const pathPattern = /^[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z0-9_-]+|\[\d+\])*$/;

/** The segments of `item.a[0].b`: `['item', 'a', 0, 'b']`. */
function segments(path: string): (string | number)[] {
  const out: (string | number)[] = [];
  for (const match of path.matchAll(/([A-Za-z0-9_-]+)|\[(\d+)\]/g)) {
    out.push(match[2] !== undefined ? Number(match[2]) : match[1]!);
  }
  return out;
}

/** The value at a path, or undefined; only own properties (never a prototype's). */
export function lookupPath(namespaces: TemplateNamespaces, path: string): unknown {
  let value: unknown = namespaces;
  for (const segment of segments(path)) {
    if (value === null || typeof value !== 'object') return undefined;
    if (!Object.hasOwn(value, segment)) return undefined;
    value = (value as Record<string | number, unknown>)[segment];
  }
  return value;
}

export function stringify(value: unknown): string {
  if (value === undefined || value === null) return '';
  return typeof value === 'string' ? value : JSON.stringify(value);
}

export function renderTemplate(template: string, namespaces: TemplateNamespaces): string {
  return template.replace(placeholder, (_whole, path: string) =>
    stringify(lookupPath(namespaces, path.trim())),
  );
}

/** Problems of a template's references: each must be `item.…` or `sample.…`. */
export function templateProblems(
  template: string,
  allowed: readonly string[] = templateNamespaces,
): string[] {
  const problems: string[] = [];
  for (const match of template.matchAll(placeholder)) {
    const path = match[1]!.trim();
    if (!pathPattern.test(path)) {
      problems.push(`'{{${path}}}' is not a variable reference like {{item.answer}}`);
      continue;
    }
    const namespace = path.split(/[.[]/)[0]!;
    if (!allowed.includes(namespace)) {
      problems.push(`'{{${path}}}' uses namespace '${namespace}'; only ${allowed.join(' and ')} exist`);
    }
  }
  return problems;
}
