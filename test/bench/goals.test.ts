import { describe, expect, it } from 'vitest';
import { evaluateGoals, formatGoals, type GoalContext } from '../../bench/goals.js';
import type { GoalKey, Measurement } from '../../bench/report.js';

const figure = (bench: string, goal: GoalKey, value: number): Measurement => ({
  bench,
  metric: `${goal} figure`,
  value,
  unit: '',
  runs: [],
  goal,
});

const allBenches = ['peer', 'throughput', 'pages', 'million', 'code-run', 'unit'];

function goal(id: number, context: Partial<GoalContext>) {
  const verdicts = evaluateGoals({ measurements: [], selected: allBenches, failures: [], ...context });
  return verdicts.find((verdict) => verdict.id === id)!;
}

describe('evaluateGoals', () => {
  it('judges every goal of issue 26, in order', () => {
    const verdicts = evaluateGoals({ measurements: [], selected: [], failures: [] });
    expect(verdicts.map((verdict) => verdict.id)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(verdicts.every((verdict) => verdict.status === 'not measured')).toBe(true);
  });

  it('meets an "at least" goal only when its lowest figure reaches the target', () => {
    const met = goal(1, {
      measurements: [figure('peer', 'peer.speedup', 4.2), figure('peer', 'peer.speedup', 4)],
    });
    expect(met.status).toBe('met');
    expect(met.checks[0]).toMatchObject({ figures: [4.2, 4], worst: 4, status: 'met' });

    const missed = goal(1, {
      measurements: [figure('peer', 'peer.speedup', 5.1), figure('peer', 'peer.speedup', 3.2)],
    });
    expect(missed.status).toBe('not met');
    expect(missed.checks[0]).toMatchObject({ worst: 3.2, status: 'not met' });
  });

  it('meets an "at most" goal only when its highest figure is within the target', () => {
    expect(
      goal(3, { measurements: [figure('pages', 'pages.p95', 40), figure('pages', 'pages.p95', 100)] }).status,
    ).toBe('met');
    const slow = goal(3, {
      measurements: [figure('pages', 'pages.p95', 40), figure('pages', 'pages.p95', 101)],
    });
    expect(slow.status).toBe('not met');
    expect(slow.checks[0]!.worst).toBe(101);
  });

  it('is met only when every check is measured and met', () => {
    const measurements = [
      figure('peer', 'stack.cpuPerItem.cpuBound', 2.5),
      figure('throughput', 'stack.cpuPerItem.latencyBound', 2.9),
      figure('throughput', 'stack.idealRatio', 1.08),
    ];
    expect(goal(2, { measurements }).status).toBe('met');

    const partial = goal(2, { measurements: measurements.slice(1), selected: ['throughput'] });
    expect(partial.status).toBe('not measured');
    expect(partial.checks.map((check) => check.status)).toEqual(['not measured', 'met', 'met']);
    expect(partial.checks[0]!.why).toBe('bench peer not selected (--only peer)');
  });

  it('is not met when a measured check misses, even with another check unmeasured', () => {
    const verdict = goal(2, {
      measurements: [figure('throughput', 'stack.idealRatio', 1.2)],
      selected: ['throughput'],
    });
    expect(verdict.status).toBe('not met');
  });

  it('says why a figure is missing: a failed bench, a reason given, or a bench with no figure', () => {
    const failed = goal(5, { failures: [{ bench: 'code-run', error: 'bwrap: not found' }] });
    expect(failed.checks[0]).toMatchObject({ status: 'not measured', why: 'bench code-run failed' });

    const unavailable = goal(1, {
      unavailable: { 'peer.speedup': 'promptfoo not installed (run npm run bench -- --provision-peer)' },
    });
    expect(unavailable.checks[0]!.why).toBe(
      'promptfoo not installed (run npm run bench -- --provision-peer)',
    );
    // Not selecting the bench is the first reason, whatever else keeps it from measuring.
    const unselected = goal(1, {
      selected: ['code'],
      unavailable: { 'peer.speedup': 'promptfoo not installed' },
    });
    expect(unselected.checks[0]!.why).toBe('bench peer not selected (--only peer)');

    expect(goal(6, { selected: ['unit'] }).checks[0]!.why).toBe('bench unit reported no figure');
    expect(goal(4, { selected: [] }).checks[0]!.why).toBe('bench million not selected (--only million)');
  });

  it('takes a figure only from measurements carrying its goal key', () => {
    const untagged: Measurement = {
      bench: 'code',
      metric: 'items/s',
      value: 5000,
      unit: 'items/s',
      runs: [],
    };
    expect(goal(5, { measurements: [untagged] }).status).toBe('not measured');
  });
});

describe('formatGoals', () => {
  it('prints each goal with its verdict and each check with its figures, target and why', () => {
    const verdicts = evaluateGoals({
      measurements: [figure('peer', 'peer.speedup', 2.8), figure('peer', 'peer.speedup', 3.2)],
      selected: ['peer'],
      failures: [],
    });
    const text = formatGoals(verdicts, false);
    expect(text).toMatch(/^1 +4× promptfoo's speed .*: NOT MET$/m);
    expect(text).toMatch(/promptfoo wall time ÷ Assay wall time.* 2\.8 × \/ 3\.2 × +≥ 4 × +not met$/m);
    expect(text).toMatch(/^5 +code evaluators.*: NOT MEASURED$/m);
    expect(text).toContain('not measured: bench code-run not selected (--only code-run)');
    expect(formatGoals(verdicts, true).split('\n')[0]).toContain('quick run');
  });
});
