/**
 * Judge prompt templates: `{{input}}`, `{{output}}`, `{{ground_truth}}`,
 * `{{metadata.key}}` (and `{{ground_truth.input|output|metadata.key}}`, `{{model}}`).
 * Pure functions, shared by create-time validation and rendering in the worker.
 */
const variablePattern = /\{\{\s*([^{}]*?)\s*\}\}/g;
const knownVariable =
  /^(input|output|model|ground_truth(\.(input|output))?|(ground_truth\.)?metadata\.[A-Za-z0-9_-]{1,64})$/;

export interface TemplateProblem {
  variable: string;
  message: string;
  line: number;
  column: number;
}

/** Every unknown `{{variable}}`, with its 1-based line and column. */
export function findTemplateProblems(template: string): TemplateProblem[] {
  const problems: TemplateProblem[] = [];
  for (const match of template.matchAll(variablePattern)) {
    const variable = match[1]!;
    if (knownVariable.test(variable)) continue;
    const before = template.slice(0, match.index);
    const line = before.split('\n').length;
    const column = match.index - before.lastIndexOf('\n');
    problems.push({
      variable,
      line,
      column,
      message: `unknown template variable {{${variable}}} at line ${line}, column ${column}; use {{input}}, {{output}}, {{ground_truth}} or {{metadata.<key>}}`,
    });
  }
  return problems;
}

export interface TemplateValues {
  input: unknown;
  output: unknown;
  model?: string | null;
  metadata?: Record<string, string>;
  ground_truth?: { input: unknown; output: unknown; metadata?: Record<string, string> } | null;
}

/** Chat transcripts read as `role: content` lines; other structures as JSON. */
export function textOf(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  const messages = Array.isArray(value) ? value : [value];
  if (messages.every((m) => m && typeof m === 'object' && 'role' in m && 'content' in m)) {
    return messages
      .map(
        (m: { role: string; content: unknown }) =>
          `${m.role}: ${typeof m.content === 'string' ? m.content : JSON.stringify(m.content)}`,
      )
      .join('\n');
  }
  return JSON.stringify(value);
}

export function renderTemplate(template: string, values: TemplateValues): string {
  return template.replace(variablePattern, (whole, variable: string) => {
    const gt = values.ground_truth ?? null;
    if (variable === 'input') return textOf(values.input);
    if (variable === 'output') return textOf(values.output);
    if (variable === 'model') return values.model ?? '';
    if (variable === 'ground_truth' || variable === 'ground_truth.output') return textOf(gt?.output);
    if (variable === 'ground_truth.input') return textOf(gt?.input);
    if (variable.startsWith('ground_truth.metadata.')) return gt?.metadata?.[variable.slice(22)] ?? '';
    if (variable.startsWith('metadata.')) return values.metadata?.[variable.slice(9)] ?? '';
    return whole;
  });
}
