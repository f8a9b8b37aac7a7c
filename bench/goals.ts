import type { GoalKey, GoalStatus, GoalVerdict, Measurement } from './report.js';

/**
 * The performance goals of issue 26, each judged from the figures the selected benches
 * reported (measurements carrying a `goal` key). A goal is met when every one of its checks
 * is measured and within its target, not met when any measured check misses it, and not
 * measured otherwise, saying why (its bench was not selected, failed, or could not run).
 */
interface GoalCheck {
  key: GoalKey;
  what: string;
  bound: 'at least' | 'at most';
  target: number;
  unit: string;
  /** The benches that report this figure: one of them must be selected to measure it. */
  benches: string[];
}

interface GoalDefinition {
  id: number;
  title: string;
  checks: GoalCheck[];
}

export const goalDefinitions: readonly GoalDefinition[] = [
  {
    id: 1,
    title: "4× promptfoo's speed on the CPU-bound workload (generate + judge, 20 ms, C=32)",
    checks: [
      {
        key: 'peer.speedup',
        what: 'promptfoo wall time ÷ Assay wall time, N=1,000 and 5,000',
        bound: 'at least',
        target: 4,
        unit: '×',
        benches: ['peer'],
      },
    ],
  },
  {
    id: 2,
    title: 'stack CPU per item and the latency-bound ideal',
    checks: [
      {
        key: 'stack.cpuPerItem.cpuBound',
        what: 'stack CPU per item, CPU-bound (20 ms)',
        bound: 'at most',
        target: 3,
        unit: 'ms',
        benches: ['peer'],
      },
      {
        key: 'stack.cpuPerItem.latencyBound',
        what: 'stack CPU per item, latency-bound (100 ms)',
        bound: 'at most',
        target: 3,
        unit: 'ms',
        benches: ['throughput', 'growth'],
      },
      {
        key: 'stack.idealRatio',
        what: 'wall time ÷ latency-bound ideal (N=5,000, 100 ms)',
        bound: 'at most',
        target: 1.1,
        unit: '×',
        benches: ['throughput', 'growth'],
      },
    ],
  },
  {
    id: 3,
    title: 'no slow results page at any moment of a run',
    checks: [
      {
        key: 'pages.p95',
        what: 'results page p95 (plain, filtered, one item; every moment)',
        bound: 'at most',
        target: 100,
        unit: 'ms',
        benches: ['pages'],
      },
    ],
  },
  {
    id: 4,
    title: 'a 1,000,000-item run (20 ms, C=32) with flat memory',
    checks: [
      {
        key: 'million.rssRatio',
        what: 'peak RSS of API + worker, 1,000,000 ÷ 50,000 items',
        bound: 'at most',
        target: 1.2,
        unit: '×',
        benches: ['million'],
      },
      {
        key: 'million.wallRatio',
        what: 'wall time, 1,000,000 items ÷ (20 × 50,000 items)',
        bound: 'at most',
        target: 1.1,
        unit: '×',
        benches: ['million'],
      },
    ],
  },
  {
    id: 5,
    title: 'code evaluators: a trivial Python evaluator',
    checks: [
      {
        key: 'code.itemsPerSecond',
        what: 'items per second',
        bound: 'at least',
        target: 2000,
        unit: 'items/s',
        benches: ['code-run'],
      },
    ],
  },
  {
    id: 6,
    title: 'a fast test tier (the full suite under 20 minutes is not timed here)',
    checks: [
      {
        key: 'unitTier.seconds',
        what: 'npm run test:unit wall time',
        bound: 'at most',
        target: 60,
        unit: 's',
        benches: ['unit'],
      },
    ],
  },
];

export interface GoalContext {
  measurements: readonly Measurement[];
  /** The benches this run selected. */
  selected: readonly string[];
  failures: readonly { bench: string; error: string }[];
  /** A figure its bench could not measure, and why (the peer not installed, say). */
  unavailable?: Partial<Record<GoalKey, string>>;
}

function whyNotMeasured(check: GoalCheck, context: GoalContext): string {
  const failed = context.failures.find((f) => check.benches.includes(f.bench));
  if (failed) return `bench ${failed.bench} failed`;
  if (!check.benches.some((bench) => context.selected.includes(bench))) {
    return `bench ${check.benches.join(' or ')} not selected (--only ${check.benches[0]})`;
  }
  const unavailable = context.unavailable?.[check.key];
  if (unavailable) return unavailable;
  return `bench ${check.benches.join(' or ')} reported no figure`;
}

function judgeCheck(check: GoalCheck, context: GoalContext): GoalVerdict['checks'][number] {
  const figures = context.measurements.filter((m) => m.goal === check.key).map((m) => m.value);
  const base = { key: check.key, what: check.what, figures, bound: check.bound, target: check.target };
  if (figures.length === 0) {
    return {
      ...base,
      unit: check.unit,
      worst: null,
      status: 'not measured',
      why: whyNotMeasured(check, context),
    };
  }
  const worst = check.bound === 'at least' ? Math.min(...figures) : Math.max(...figures);
  const met = check.bound === 'at least' ? worst >= check.target : worst <= check.target;
  return { ...base, unit: check.unit, worst, status: met ? 'met' : 'not met' };
}

/** Every goal's verdict from what the benches of this run reported. */
export function evaluateGoals(context: GoalContext): GoalVerdict[] {
  return goalDefinitions.map((goal) => {
    const checks = goal.checks.map((check) => judgeCheck(check, context));
    const status: GoalStatus = checks.some((c) => c.status === 'not met')
      ? 'not met'
      : checks.some((c) => c.status === 'not measured')
        ? 'not measured'
        : 'met';
    return { id: goal.id, title: goal.title, status, checks };
  });
}

const bounds = { 'at least': '≥', 'at most': '≤' } as const;

/** The goals for a terminal: a line per goal with its verdict, under it one per check. */
export function formatGoals(verdicts: readonly GoalVerdict[], quick: boolean): string {
  const checkRows = verdicts.map((goal) =>
    goal.checks.map((check) => [
      check.what,
      check.figures.map((figure) => `${figure} ${check.unit}`).join(' / ') || '—',
      `${bounds[check.bound]} ${check.target} ${check.unit}`,
      check.status === 'not measured' ? `not measured: ${check.why}` : check.status,
    ]),
  );
  const widths = [0, 1, 2].map((i) => Math.max(...checkRows.flat().map((row) => row[i]!.length)));
  const checkLine = (row: string[]) =>
    `     ${row.map((cell, i) => (i < 3 ? cell.padEnd(widths[i]!) : cell)).join('  ')}`;
  return [
    quick
      ? 'Goals (issue 26), from a quick run: small sizes, so these verdicts are not the goals’ own'
      : 'Goals (issue 26)',
    ...verdicts.flatMap((goal, i) => [
      `${String(goal.id).padEnd(3)}  ${goal.title}: ${goal.status.toUpperCase()}`,
      ...checkRows[i]!.map(checkLine),
    ]),
  ].join('\n');
}
