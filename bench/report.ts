import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { NOISY_STEAL_PERCENT } from '../test/support/cpuSteal.js';

/** One reported figure: the median over repetitions, with every repetition's value kept. */
export interface Measurement {
  bench: string;
  metric: string;
  value: number;
  unit: string;
  /** Each repetition's value, in order (empty for a single reading). */
  runs: number[];
  note?: string;
  /** The issue-26 goal figure this measurement is (bench/goals.ts judges it against its target). */
  goal?: GoalKey;
}

/**
 * The figures the goals are judged on. A bench names the one it measures in its measurement's
 * `goal`; several measurements may carry the same key (one per size or per moment), and the
 * goal takes the worst of them.
 */
export type GoalKey =
  | 'peer.speedup'
  | 'stack.cpuPerItem.cpuBound'
  | 'stack.cpuPerItem.latencyBound'
  | 'stack.idealRatio'
  | 'pages.p95'
  | 'million.rssRatio'
  | 'million.wallRatio'
  | 'code.itemsPerSecond'
  | 'unitTier.seconds';

export type GoalStatus = 'met' | 'not met' | 'not measured';

/** One goal's verdict as the report stores it: each check's figures, its target and its status. */
export interface GoalVerdict {
  id: number;
  title: string;
  status: GoalStatus;
  checks: {
    key: GoalKey;
    what: string;
    figures: number[];
    /** The figure judged: the lowest for an "at least" target, the highest for an "at most" one. */
    worst: number | null;
    bound: 'at least' | 'at most';
    target: number;
    unit: string;
    status: GoalStatus;
    /** Why it was not measured. */
    why?: string;
  }[];
}

export interface BenchReport {
  startedAt: string;
  finishedAt: string;
  mode: 'full' | 'quick';
  machine: {
    cpus: number;
    cpuModel: string;
    totalMemoryMb: number;
    node: string;
    platform: string;
    mongo: string | null;
  };
  /** 1/5/15-minute load averages: other work on the machine skews every figure. */
  loadAverage: { before: number[]; after: number[] };
  /** Per bench, the percent of the machine's CPU time the hypervisor gave to other guests (Linux only). */
  cpuStolenPercent?: Record<string, number>;
  measurements: Measurement[];
  /** Benches that failed, with the reason; the others still report. */
  failures: { bench: string; error: string }[];
  /** Each goal of issue 26 with its figures and met / not met / not measured. */
  goals?: GoalVerdict[];
}

export const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

/** Nearest-rank percentile (p in 0..100). */
export const percentile = (values: readonly number[], p: number): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
};

/** A throughput measurement: `count` units per second of each run, median first. */
export function rate(
  bench: string,
  metric: string,
  unit: string,
  count: number,
  secondsPerRun: number[],
  note?: string,
): Measurement {
  const runs = secondsPerRun.map((seconds) => round(count / seconds));
  return { bench, metric, value: median(runs), unit, runs, note };
}

export const round = (value: number): number =>
  Math.abs(value) >= 100 ? Math.round(value) : Number(value.toPrecision(3));

export function machineInfo(mongo: string | null): BenchReport['machine'] {
  const cpus = os.cpus();
  return {
    cpus: os.availableParallelism(),
    cpuModel: cpus[0]?.model.trim() ?? 'unknown',
    totalMemoryMb: Math.round(os.totalmem() / 2 ** 20),
    node: process.version,
    platform: `${os.platform()} ${os.release()}`,
    mongo,
  };
}

export const loadAverage = () => os.loadavg().map((load) => Number(load.toFixed(2)));

/** The report as a table for a terminal: one line per measurement. */
export function formatReport(report: BenchReport): string {
  const header = ['bench', 'metric', 'median', 'unit', 'runs', 'note'];
  const rows = report.measurements.map((m) => [
    m.bench,
    m.metric,
    String(m.value),
    m.unit,
    m.runs.join(' / '),
    m.note ?? '',
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
  const line = (cells: string[]) =>
    cells
      .map((cell, i) => (i === 2 ? cell.padStart(widths[i]!) : cell.padEnd(widths[i]!)))
      .join('  ')
      .trimEnd();
  const { machine, loadAverage: load } = report;
  const stolen = Object.entries(report.cpuStolenPercent ?? {});
  return [
    `Assay bench (${report.mode}) ${report.startedAt} → ${report.finishedAt}`,
    `machine: ${machine.cpus} CPUs (${machine.cpuModel}), ${machine.totalMemoryMb} MB, node ${machine.node}, mongo: ${machine.mongo ?? '-'}`,
    `load average (1/5/15 min): before ${load.before.join(' ')}, after ${load.after.join(' ')}` +
      (Math.max(...load.before, ...load.after) > machine.cpus * 0.5
        ? '  ← the machine was busy: figures are noisy'
        : ''),
    ...(stolen.length > 0
      ? [
          `CPU time stolen by the hypervisor: ${stolen.map(([bench, percent]) => `${bench} ${percent}%`).join(', ')}` +
            (stolen.some(([, percent]) => percent > NOISY_STEAL_PERCENT)
              ? `  ← over ${NOISY_STEAL_PERCENT}%: that bench's figures are noisy`
              : ''),
        ]
      : []),
    '',
    line(header),
    line(widths.map((w) => '-'.repeat(w))),
    ...rows.map(line),
    ...report.failures.map((f) => `FAILED ${f.bench}: ${f.error}`),
  ].join('\n');
}

/** Writes `latest.json` (overwritten) and a timestamped copy beside it; returns the latest's path. */
export function writeReport(report: BenchReport, dir: string): string {
  mkdirSync(dir, { recursive: true });
  const json = `${JSON.stringify(report, null, 2)}\n`;
  writeFileSync(path.join(dir, `${report.startedAt.replaceAll(':', '-')}.json`), json);
  const latest = path.join(dir, 'latest.json');
  writeFileSync(latest, json);
  return latest;
}
