import { appendFileSync } from 'node:fs';
import junitModule, { type Builder } from 'junit-report-builder';
import type { MetricComparison, MetricSummary, Run, RunComparison } from '../../client/index.js';
import { exitCodes } from './exitCodes.js';
import type { GateCheck, GateOutcome } from './gates.js';
import { formatInterval, formatNumber, type Output } from './output.js';

// A CommonJS package whose types declare an ES default export: Node hands over module.exports.
const junit = junitModule as unknown as Builder;

/** What `assay run --wait` and `assay runs watch` decide from a finished run. */
export interface RunVerdict {
  run: Run;
  gates: GateOutcome;
  comparison: RunComparison | null;
  failOnRegression: boolean;
}

export const evaluatorNames = (run: Run) => new Map(run.config.evaluators.map((e) => [e.id, e.name]));

const label = (evaluator: string, model: string | null) => (model ? `${evaluator} [${model}]` : evaluator);

const regressions = (v: RunVerdict) =>
  v.comparison?.comparisons.filter((c) => c.verdict === 'regression') ?? [];

export function exitCodeOf(v: RunVerdict): number {
  if (v.run.status !== 'completed') return exitCodes.runOrService;
  if (!v.gates.passed) return exitCodes.gateFailed;
  if (v.failOnRegression && regressions(v).length > 0) return exitCodes.gateFailed;
  return exitCodes.ok;
}

const describeCheck = (c: GateCheck) =>
  `${c.gate.text}: ${label(c.evaluator, c.model)} is ${c.value === null ? 'not available' : formatNumber(c.value, 4)}`;

const describeRegression = (c: MetricComparison) =>
  `regression against the baseline: ${label(c.evaluator_name, c.model)} mean ${formatNumber(c.mean_difference, 4)} ` +
  `(95% CI ${formatInterval(c.mean_difference_ci95, 4)}, n=${c.n})`;

interface Case {
  name: string;
  summary: MetricSummary;
  failures: string[];
}

/** One case per evaluator × model, with every gate or regression that failed it. */
function casesOf(v: RunVerdict): Case[] {
  const names = evaluatorNames(v.run);
  return (v.run.metrics?.by_evaluator ?? []).map((summary) => {
    const evaluator = names.get(summary.evaluator_id) ?? summary.evaluator_id;
    const failures = v.gates.checks
      .filter((c) => !c.passed && c.evaluator === evaluator && c.model === summary.model)
      .map(describeCheck);
    if (v.failOnRegression) {
      failures.push(
        ...regressions(v)
          .filter((c) => c.evaluator_id === summary.evaluator_id && c.model === summary.model)
          .map(describeRegression),
      );
    }
    return { name: label(evaluator, summary.model), summary, failures };
  });
}

export function printVerdict(out: Output, v: RunVerdict): void {
  const { run } = v;
  const c = out.colors;
  out.line(`${c.bold(run.id)} ${run.status}${run.status_reason ? ` (${run.status_reason})` : ''}`);
  if (run.error) out.line(c.red(`error: ${run.error.message}`));
  out.line(
    `${run.progress.done}/${run.progress.total ?? '?'} items, ${run.progress.failed} errors, ` +
      `$${run.estimated_spend.actual_usd.toFixed(4)} spent`,
  );
  const cases = casesOf(v);
  out.line();
  out.table(
    ['evaluator', 'mean', '95% CI', 'pass rate', '95% CI', 'scored', 'errors', 'gates'],
    cases.map(({ name, summary: s, failures }) => [
      name,
      formatNumber(s.mean),
      meanInterval(s),
      formatNumber(s.pass_rate),
      formatInterval(s.pass_rate_ci95),
      String(s.scored),
      String(s.errors),
      failures.length > 0 ? c.red('FAIL') : c.green('ok'),
    ]),
  );
  for (const check of v.gates.checks) {
    out.line(`${check.passed ? c.green('✓') : c.red('✗')} ${describeCheck(check)}`);
  }
  for (const gate of v.gates.unmatched)
    out.line(`${c.red('✗')} ${gate.text}: matches no evaluator or model of the run`);
  if (v.comparison) {
    out.line();
    out.line(`Compared with ${v.comparison.baseline_run_id} (${v.comparison.paired_items} paired items)`);
    if (v.comparison.reason) out.line(v.comparison.reason);
    out.table(
      ['evaluator', 'verdict', 'mean Δ', '95% CI', 'n'],
      v.comparison.comparisons.map((m) => [
        label(m.evaluator_name, m.model),
        m.verdict === 'regression'
          ? c.red(m.verdict)
          : m.verdict === 'improvement'
            ? c.green(m.verdict)
            : m.verdict,
        formatNumber(m.mean_difference, 4),
        formatInterval(m.mean_difference_ci95, 4),
        String(m.n),
      ]),
    );
  }
}

export function verdictJson(v: RunVerdict) {
  return {
    run: v.run,
    passed: exitCodeOf(v) === exitCodes.ok,
    gates: {
      passed: v.gates.passed,
      checks: v.gates.checks.map((c) => ({ ...c, gate: c.gate.text })),
      unmatched: v.gates.unmatched.map((g) => g.text),
    },
    comparison: v.comparison,
  };
}

/** JUnit XML: a suite per run, a case per evaluator × model, a failure per failed gate or regression. */
export function writeJunit(file: string, v: RunVerdict): void {
  const builder = junit.newBuilder();
  const suite = builder.testSuite().name(`assay run ${v.run.id}`).property('status', v.run.status);
  for (const testCase of casesOf(v)) {
    const entry = suite
      .testCase()
      .className(`assay.${v.run.id}`)
      .name(testCase.name)
      .standardOutput(
        `mean ${formatNumber(testCase.summary.mean)} ${formatInterval(testCase.summary.mean_ci95)}, ` +
          `pass rate ${formatNumber(testCase.summary.pass_rate)} ${formatInterval(testCase.summary.pass_rate_ci95)}`,
      );
    if (testCase.failures.length > 0) entry.failure(testCase.failures.join('\n'), 'gate');
  }
  // Gates on what has no score summary (a comparing evaluator's model pairs): a case per pair.
  const covered = new Set(casesOf(v).map((c) => c.name));
  const others = new Map<string, typeof v.gates.checks>();
  for (const check of v.gates.checks) {
    const name = label(check.evaluator, check.model);
    if (!covered.has(name)) others.set(name, [...(others.get(name) ?? []), check]);
  }
  for (const [name, checks] of others) {
    const entry = suite
      .testCase()
      .className(`assay.${v.run.id}`)
      .name(name)
      .standardOutput(checks.map((c) => `${c.gate.text}: ${formatNumber(c.value)}`).join('\n'));
    const failed = checks.filter((c) => !c.passed);
    if (failed.length > 0) entry.failure(failed.map(describeCheck).join('\n'), 'gate');
  }
  for (const gate of v.gates.unmatched) {
    suite
      .testCase()
      .className(`assay.${v.run.id}`)
      .name(`gate ${gate.text}`)
      .failure('matches no evaluator or model of the run', 'gate');
  }
  if (v.run.status !== 'completed') {
    suite
      .testCase()
      .className(`assay.${v.run.id}`)
      .name('run')
      .error(`the run ended ${v.run.status}`, v.run.status);
  }
  builder.writeTo(file);
}

/** GitHub's job summary: Markdown appended to the file $GITHUB_STEP_SUMMARY names. */
export function appendStepSummary(file: string, v: RunVerdict): void {
  const passed = exitCodeOf(v) === exitCodes.ok;
  const rows = casesOf(v).map(
    ({ name, summary: s, failures }) =>
      `| ${name} | ${formatNumber(s.mean)} ${formatInterval(s.mean_ci95)} | ${formatNumber(s.pass_rate)} ${formatInterval(s.pass_rate_ci95)} | ${s.scored} | ${s.errors} | ${failures.length > 0 ? `❌ ${failures.join('<br>')}` : '✅'} |`,
  );
  const lines = [
    `### Assay run \`${v.run.id}\`: ${passed ? '✅ passed' : '❌ failed'}`,
    '',
    `${v.run.status}, ${v.run.progress.done}/${v.run.progress.total ?? '?'} items, $${v.run.estimated_spend.actual_usd.toFixed(4)}`,
    '',
    '| evaluator | mean (95% CI) | pass rate (95% CI) | scored | errors | gates |',
    '|---|---|---|---|---|---|',
    ...rows,
    ...v.gates.unmatched.map((g) => `\n❌ \`${g.text}\` matches no evaluator or model of the run`),
    '',
  ];
  if (v.comparison) {
    lines.push(
      `Compared with \`${v.comparison.baseline_run_id}\` over ${v.comparison.paired_items} paired items:`,
      '',
      '| evaluator | verdict | mean Δ (95% CI) | n |',
      '|---|---|---|---|',
      ...v.comparison.comparisons.map(
        (m) =>
          `| ${label(m.evaluator_name, m.model)} | ${m.verdict} | ${formatNumber(m.mean_difference, 4)} ${formatInterval(m.mean_difference_ci95, 4)} | ${m.n} |`,
      ),
      '',
    );
  }
  appendFileSync(file, `${lines.join('\n')}\n`);
}

/** A mean's interval, saying so where the evaluator declared no scale (Student's t, unbounded). */
function meanInterval(summary: {
  mean_ci95: { low: number; high: number } | null;
  mean_ci95_method?: string;
}) {
  const interval = formatInterval(summary.mean_ci95);
  return summary.mean_ci95_method === 't' && summary.mean_ci95 ? `${interval} (scale undeclared)` : interval;
}
