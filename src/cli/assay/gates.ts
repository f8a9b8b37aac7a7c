/**
 * `--gate` expressions over a run's metrics, e.g.
 *
 *   helpfulness.pass_rate.ci95.low >= 0.8     every model of an evaluator
 *   exact[openai/gpt-4.1].mean >= 0.9          one model
 *   "my.eval".errors == 0                      a name with dots, quoted
 *   *.errors == 0                              every evaluator
 *   h2h[a vs b].win_rate.ci95.low > 0.5        a pairwise evaluator's model pair
 *   helpfulness.kappa.ci95.low >= 0.6          a judge's agreement with human labels
 *
 * A small hand-written tokenizer and parser: one pass over the characters, no
 * regular expressions that could backtrack on hostile input, and errors that point
 * at the column.
 */

export const gateMetrics = [
  'mean',
  'pass_rate',
  'stdev',
  'min',
  'max',
  'p50',
  'count',
  'scored',
  'errors',
  // Of a pairwise (or listwise) evaluator's model pairs (see comparisonGateSummaries).
  'win_rate',
  'inconsistent_rate',
  // A judge held against the human labels of the run's items (see calibrationGateSummaries).
  'spearman',
  'kappa',
  'agreement',
] as const;
/** Gates on these read the run's calibration against human labels. */
export const calibrationGateMetrics: readonly GateMetric[] = ['spearman', 'kappa', 'agreement'];
export type GateMetric = (typeof gateMetrics)[number];
/** Metrics that carry a 95% interval in the run's summary. */
type IntervalField =
  'mean_ci95' | 'pass_rate_ci95' | 'win_rate_ci95' | 'spearman_ci95' | 'kappa_ci95' | 'agreement_ci95';
const intervalMetrics: Partial<Record<GateMetric, IntervalField>> = {
  mean: 'mean_ci95',
  pass_rate: 'pass_rate_ci95',
  win_rate: 'win_rate_ci95',
  spearman: 'spearman_ci95',
  kappa: 'kappa_ci95',
  agreement: 'agreement_ci95',
};
export const gateOperators = ['>=', '<=', '==', '!=', '>', '<'] as const;
export type GateOperator = (typeof gateOperators)[number];

export interface Gate {
  /** The expression as written, for messages and reports. */
  text: string;
  /** An evaluator name, or `*` for every evaluator. */
  evaluator: string;
  /** A model, or null for every model of the evaluator. */
  model: string | null;
  metric: GateMetric;
  bound: 'low' | 'high' | null;
  operator: GateOperator;
  threshold: number;
}

export class GateSyntaxError extends Error {
  constructor(
    readonly text: string,
    readonly column: number,
    reason: string,
  ) {
    super(`invalid gate "${text}" at column ${column}: ${reason}`);
  }
}

type Token =
  | { kind: 'name'; value: string; column: number }
  | { kind: 'number'; value: number; column: number }
  | { kind: 'operator'; value: GateOperator; column: number }
  | { kind: 'model'; value: string; column: number }
  | { kind: 'dot' | 'star'; column: number };

const isNameChar = (c: string) =>
  (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c === '_' || c === '-';
const isDigit = (c: string) => c >= '0' && c <= '9';
/** Digits, a decimal point, an exponent and its sign: `Number` then decides whether it is one. */
const isNumberChar = (c: string, previous: string) =>
  isDigit(c) ||
  c === '.' ||
  c === 'e' ||
  c === 'E' ||
  ((c === '-' || c === '+') && (previous === 'e' || previous === 'E'));

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  const fail = (reason: string): never => {
    throw new GateSyntaxError(text, i + 1, reason);
  };
  while (i < text.length) {
    const c = text[i]!;
    const column = i + 1;
    if (c === ' ' || c === '\t') {
      i++;
    } else if (c === '.') {
      tokens.push({ kind: 'dot', column });
      i++;
    } else if (c === '*') {
      tokens.push({ kind: 'star', column });
      i++;
    } else if (c === '"') {
      const end = text.indexOf('"', i + 1);
      if (end < 0) fail('unterminated quoted name');
      tokens.push({ kind: 'name', value: text.slice(i + 1, end), column });
      i = end + 1;
    } else if (c === '[') {
      const end = text.indexOf(']', i + 1);
      if (end < 0) fail('unterminated [model]');
      const model = text.slice(i + 1, end).trim();
      if (!model) fail('empty [model]');
      tokens.push({ kind: 'model', value: model, column });
      i = end + 1;
    } else if (c === '>' || c === '<' || c === '=' || c === '!') {
      const two = text.slice(i, i + 2);
      const op = (gateOperators as readonly string[]).includes(two) ? two : c;
      if (!(gateOperators as readonly string[]).includes(op)) fail(`unknown operator "${op}"`);
      tokens.push({ kind: 'operator', value: op as GateOperator, column });
      i += op.length;
    } else if (isDigit(c) || ((c === '-' || c === '+') && isDigit(text[i + 1] ?? ''))) {
      let end = i + 1;
      while (end < text.length && isNumberChar(text[end]!, text[end - 1]!)) end++;
      const value = Number(text.slice(i, end));
      if (!Number.isFinite(value)) fail(`not a number: "${text.slice(i, end)}"`);
      tokens.push({ kind: 'number', value, column });
      i = end;
    } else if (isNameChar(c)) {
      let end = i + 1;
      while (end < text.length && isNameChar(text[end]!)) end++;
      tokens.push({ kind: 'name', value: text.slice(i, end), column });
      i = end;
    } else {
      fail(`unexpected character "${c}"`);
    }
  }
  return tokens;
}

/** Parses `EVALUATOR[MODEL]?.METRIC(.ci95.(low|high))? OP NUMBER`. */
export function parseGate(text: string): Gate {
  const tokens = tokenize(text);
  let at = 0;
  /** Fails at the token that does not fit (or just past the end). */
  const fail = (token: Token | undefined, reason: string): never => {
    throw new GateSyntaxError(text, token?.column ?? text.length + 1, reason);
  };
  const next = () => tokens[at++];
  const expectDot = (after: string) => {
    const token = next();
    if (token?.kind !== 'dot') fail(token, `expected "." after ${after}`);
  };

  const first = next();
  let evaluator = '*';
  if (first?.kind === 'name') evaluator = first.value;
  else if (first?.kind !== 'star') fail(first, 'expected an evaluator name (or *)');
  let model: string | null = null;
  const maybeModel = tokens[at];
  if (maybeModel?.kind === 'model') {
    model = maybeModel.value;
    at++;
  }
  expectDot('the evaluator');

  const metricToken = next();
  if (metricToken?.kind !== 'name' || !(gateMetrics as readonly string[]).includes(metricToken.value)) {
    return fail(metricToken, `expected a metric: ${gateMetrics.join(', ')}`);
  }
  const metric = metricToken.value as GateMetric;

  let bound: Gate['bound'] = null;
  if (tokens[at]?.kind === 'dot') {
    at++;
    const ci = next();
    if (ci?.kind !== 'name' || ci.value !== 'ci95') return fail(ci, 'expected "ci95"');
    if (!intervalMetrics[metric]) {
      const withIntervals = Object.keys(intervalMetrics).join(', ');
      return fail(ci, `${metric} has no interval (only ${withIntervals} do)`);
    }
    expectDot('ci95');
    const side = next();
    if (side?.kind !== 'name' || (side.value !== 'low' && side.value !== 'high')) {
      return fail(side, 'expected "low" or "high"');
    }
    bound = side.value;
  }

  const op = next();
  if (op?.kind !== 'operator') return fail(op, `expected a comparison: ${gateOperators.join(' ')}`);
  const number = next();
  if (number?.kind !== 'number') return fail(number, 'expected a number');
  if (at < tokens.length) fail(tokens[at], 'unexpected text after the number');
  return { text: text.trim(), evaluator, model, metric, bound, operator: op.value, threshold: number.value };
}

type Interval = { low: number; high: number } | null;

/**
 * The part of a run's metric summary a gate reads (the generated client's type fits it), or a
 * comparing evaluator's model pair. A metric a summary does not carry is not checked on it.
 */
export type GateMetricSummary = {
  evaluator_id: string;
  model: string | null;
} & Partial<Record<Exclude<GateMetric, 'count' | 'scored' | 'errors'>, number | null>> &
  Partial<Record<'count' | 'scored' | 'errors', number>> &
  Partial<Record<IntervalField, Interval>>;

/** An evaluator's calibration against human labels as gates see it (its own verdict, not a panel's judges). */
export function calibrationGateSummaries(calibration: {
  data: {
    evaluator_id: string;
    model: string | null;
    judge_model: string | null;
    items: number;
    spearman: { value: number | null; ci95: Interval };
    cohen_kappa: { value: number | null; ci95: Interval };
    verdict_agreement: { rate: number | null; ci95: Interval };
  }[];
}): GateMetricSummary[] {
  return calibration.data
    .filter((group) => group.judge_model === null)
    .map((group) => ({
      evaluator_id: group.evaluator_id,
      model: group.model,
      spearman: group.spearman.value,
      spearman_ci95: group.spearman.ci95,
      kappa: group.cohen_kappa.value,
      kappa_ci95: group.cohen_kappa.ci95,
      agreement: group.verdict_agreement.rate,
      agreement_ci95: group.verdict_agreement.ci95,
    }));
}

/** A comparing evaluator's model pair as gates see it: model `a vs b`, as results name it. */
export function comparisonGateSummaries(comparisons: {
  data: {
    evaluator_id: string;
    pairs: {
      model_a: string;
      model_b: string;
      comparisons: number;
      inconsistent: number;
      win_rate: number | null;
      win_rate_ci: Interval;
      position_swap: boolean;
    }[];
  }[];
}): GateMetricSummary[] {
  return comparisons.data.flatMap((evaluator) =>
    evaluator.pairs.map((pair) => ({
      evaluator_id: evaluator.evaluator_id,
      model: `${pair.model_a} vs ${pair.model_b}`,
      count: pair.comparisons,
      win_rate: pair.win_rate,
      win_rate_ci95: pair.win_rate_ci,
      inconsistent_rate:
        pair.position_swap && pair.comparisons > 0 ? pair.inconsistent / pair.comparisons : null,
    })),
  );
}

export interface GateCheck {
  gate: Gate;
  evaluator: string;
  model: string | null;
  /** null: the run has no value for it (no threshold, fewer than two scores for an interval...). */
  value: number | null;
  passed: boolean;
}

export interface GateOutcome {
  checks: GateCheck[];
  /** Gates that matched no evaluator or model of the run: they fail too. */
  unmatched: Gate[];
  passed: boolean;
}

function valueOf(summary: GateMetricSummary, gate: Gate): number | null {
  if (gate.bound) {
    const interval = summary[intervalMetrics[gate.metric]!];
    return interval ? interval[gate.bound] : null;
  }
  return summary[gate.metric] ?? null;
}

function compare(value: number, op: GateOperator, threshold: number): boolean {
  switch (op) {
    case '>=':
      return value >= threshold;
    case '>':
      return value > threshold;
    case '<=':
      return value <= threshold;
    case '<':
      return value < threshold;
    case '==':
      return value === threshold;
    case '!=':
      return value !== threshold;
  }
}

/** Checks every gate against every (evaluator, model) summary it names. */
export function evaluateGates(
  gates: Gate[],
  summaries: GateMetricSummary[],
  evaluatorNames: ReadonlyMap<string, string>,
): GateOutcome {
  const checks: GateCheck[] = [];
  const unmatched: Gate[] = [];
  for (const gate of gates) {
    const matching = summaries.filter((s) => {
      const name = evaluatorNames.get(s.evaluator_id) ?? s.evaluator_id;
      return (
        (gate.evaluator === '*' || gate.evaluator === name) &&
        (gate.model === null || gate.model === s.model) &&
        gate.metric in s
      );
    });
    if (matching.length === 0) unmatched.push(gate);
    for (const summary of matching) {
      const value = valueOf(summary, gate);
      checks.push({
        gate,
        evaluator: evaluatorNames.get(summary.evaluator_id) ?? summary.evaluator_id,
        model: summary.model,
        value,
        passed: value !== null && compare(value, gate.operator, gate.threshold),
      });
    }
  }
  return { checks, unmatched, passed: unmatched.length === 0 && checks.every((c) => c.passed) };
}
