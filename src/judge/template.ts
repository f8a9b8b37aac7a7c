import type { ErrorDetail } from '../domain/errors.js';

/**
 * Prompt templates: `{{input}}`, `{{output}}`, `{{ground_truth}}`, `{{metadata.key}}` (and
 * `{{ground_truth.input|output|metadata.key}}`, `{{model}}`). Pure functions, shared by
 * create-time validation and rendering in the worker.
 *
 * Variables are found by a hand-written scanner, not a regular expression: the pattern this
 * replaced (`\{\{\s*([^{}]*?)\s*\}\}`) took cubic time on `"{{" + " ".repeat(n)` (seconds for
 * a few thousand characters, issue 8). The scanner reads each character a bounded number of
 * times: a failed `{{` stops at the next brace, and the next search starts beyond it.
 */

/** One `{{ ... }}`: where it starts and ends in the template, and its trimmed name. */
interface Placeholder {
  start: number;
  end: number;
  variable: string;
}

/** Every `{{name}}` whose name has no brace in it, left to right, as the old pattern matched. */
function* placeholders(template: string): Generator<Placeholder> {
  let from = 0;
  for (;;) {
    const start = template.indexOf('{{', from);
    if (start === -1) return;
    let at = start + 2;
    while (at < template.length && template[at] !== '{' && template[at] !== '}') at++;
    if (template.startsWith('}}', at)) {
      yield { start, end: at + 2, variable: template.slice(start + 2, at).trim() };
      from = at + 2;
    } else {
      // No `}}` before the next brace: this `{{` is plain text; the next one starts at `start + 1` or later.
      from = start + 1;
    }
  }
}

/**
 * Which variables a template may use: a judge sees both sides; a generate prompt only the seed
 * item; a pairwise judge two outputs (`{{output_a}}`, `{{output_b}}`) and a listwise judge all
 * of them (`{{outputs}}`, numbered as shown), never the models' names, so it judges blind.
 */
export type TemplateKind = 'judge' | 'generate' | 'pairwise' | 'listwise';

/** The outputs a comparing judge's template must show it, or it has nothing to compare. */
const requiredVariables: Record<TemplateKind, readonly string[]> = {
  judge: [],
  generate: [],
  pairwise: ['output_a', 'output_b'],
  listwise: ['outputs'],
};

const outputVariables: Record<TemplateKind, readonly string[]> = {
  judge: ['output', 'model'],
  generate: [],
  pairwise: ['output_a', 'output_b'],
  listwise: ['outputs'],
};

const METADATA_KEY_MAX = 64;
const isMetadataKey = (key: string) =>
  key.length >= 1 && key.length <= METADATA_KEY_MAX && [...key].every((c) => /[A-Za-z0-9_-]/.test(c));

function isKnownVariable(variable: string, kind: TemplateKind): boolean {
  if (variable === 'input') return true;
  if (variable.startsWith('metadata.')) return isMetadataKey(variable.slice('metadata.'.length));
  if (kind === 'generate') return false;
  if (outputVariables[kind].includes(variable)) return true;
  if (['ground_truth', 'ground_truth.input', 'ground_truth.output'].includes(variable)) return true;
  const gtMetadata = 'ground_truth.metadata.';
  return variable.startsWith(gtMetadata) && isMetadataKey(variable.slice(gtMetadata.length));
}

const knownVariablesText: Record<TemplateKind, string> = {
  judge: '{{input}}, {{output}}, {{ground_truth}} or {{metadata.<key>}}',
  generate: '{{input}} or {{metadata.<key>}}',
  pairwise: '{{input}}, {{output_a}}, {{output_b}}, {{ground_truth}} or {{metadata.<key>}}',
  listwise: '{{input}}, {{outputs}}, {{ground_truth}} or {{metadata.<key>}}',
};

export interface TemplateProblem {
  variable: string;
  message: string;
  line: number;
  column: number;
}

/** Every unknown `{{variable}}`, with its 1-based line and column. */
export function findTemplateProblems(template: string, kind: TemplateKind = 'judge'): TemplateProblem[] {
  const problems: TemplateProblem[] = [];
  // Line and column are counted incrementally, so many problems cost one pass, not one each.
  let line = 1;
  let lineStart = 0;
  let counted = 0;
  for (const { start, variable } of placeholders(template)) {
    if (isKnownVariable(variable, kind)) continue;
    for (; counted < start; counted++) {
      if (template.charCodeAt(counted) === 10) {
        line++;
        lineStart = counted + 1;
      }
    }
    const column = start - lineStart + 1;
    const shown = variable.length > 80 ? `${variable.slice(0, 80)}…` : variable;
    problems.push({
      variable,
      line,
      column,
      message: `unknown template variable {{${shown}}} at line ${line}, column ${column}; use ${knownVariablesText[kind]}`,
    });
    if (problems.length >= 20) break; // enough to fix a template by
  }
  return problems;
}

/** The 422 details of a template field (`judge_prompt`, `sample.prompt`...). */
export function templateDetails(
  field: string,
  template: string,
  kind: TemplateKind = 'judge',
): ErrorDetail[] {
  const used = new Set([...placeholders(template)].map((p) => p.variable));
  const missing = requiredVariables[kind]
    .filter((variable) => !used.has(variable))
    .map((variable) => ({
      field,
      message: `a ${kind} judge's template must show {{${variable}}} (it has nothing to compare otherwise)`,
    }));
  return [
    ...findTemplateProblems(template, kind).map((problem) => ({
      field,
      message: problem.message,
      line: problem.line,
      column: problem.column,
    })),
    ...missing,
  ];
}

export interface TemplateValues {
  input: unknown;
  output?: unknown;
  /** A pairwise judge's two outputs, as shown (A first). */
  output_a?: unknown;
  output_b?: unknown;
  /** A listwise judge's outputs, as shown: rendered numbered from 1. */
  outputs?: readonly unknown[];
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

function valueOf(variable: string, values: TemplateValues): string | null {
  const gt = values.ground_truth ?? null;
  if (variable === 'input') return textOf(values.input);
  if (variable === 'output') return textOf(values.output);
  if (variable === 'output_a') return textOf(values.output_a);
  if (variable === 'output_b') return textOf(values.output_b);
  if (variable === 'outputs') {
    return (values.outputs ?? []).map((o, i) => `[Output ${i + 1}]\n${textOf(o)}`).join('\n\n');
  }
  if (variable === 'model') return values.model ?? '';
  if (variable === 'ground_truth' || variable === 'ground_truth.output') return textOf(gt?.output);
  if (variable === 'ground_truth.input') return textOf(gt?.input);
  if (variable.startsWith('ground_truth.metadata.')) return gt?.metadata?.[variable.slice(22)] ?? '';
  if (variable.startsWith('metadata.')) return values.metadata?.[variable.slice(9)] ?? '';
  return null;
}

/** The template with each known variable replaced; unknown ones stay as written. */
export function renderTemplate(template: string, values: TemplateValues): string {
  const parts: string[] = [];
  let copied = 0;
  for (const { start, end, variable } of placeholders(template)) {
    const value = valueOf(variable, values);
    if (value === null) continue;
    parts.push(template.slice(copied, start), value);
    copied = end;
  }
  parts.push(template.slice(copied));
  return parts.join('');
}
