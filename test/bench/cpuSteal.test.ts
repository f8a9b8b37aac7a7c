import { describe, expect, it } from 'vitest';
import { parseCpuTimes, stolenPercent } from '../support/cpuSteal.js';
import { formatReport, type BenchReport } from '../../bench/report.js';

// Two readings of /proc/stat: 1,240 ticks pass between them (guest time aside), 300 of them stolen.
const before = 'cpu  1000 10 200 5000 40 0 10 100 0 0\ncpu0 500 5 100 2500 20 0 5 50 0 0\nintr 1 2 3\n';
const after = 'cpu  1500 10 300 5330 40 0 20 400 50 0\ncpu0 750 5 150 2665 20 0 10 200 25 0\nintr 1 2 3\n';

describe("the bench's CPU steal figure", () => {
  it('reads the machine-wide cpu line, and the share of its time stolen between two readings', () => {
    expect(parseCpuTimes(before)).toEqual({ total: 6360, steal: 100 });
    // Guest time is counted in user already: 500 + 100 + 330 + 10 + 300 = 1,240 ticks.
    expect(stolenPercent(parseCpuTimes(before), parseCpuTimes(after))).toBe(24.2);
    expect(stolenPercent(parseCpuTimes(before), parseCpuTimes(before))).toBeNull();
    expect(parseCpuTimes('intr 1 2 3\n')).toBeNull();
    expect(parseCpuTimes('cpu  1 2 3\n')).toBeNull();
  });

  it('prints each bench with its steal and flags the noisy ones', () => {
    const report: BenchReport = {
      startedAt: 'a',
      finishedAt: 'b',
      mode: 'full',
      machine: { cpus: 2, cpuModel: 'x', totalMemoryMb: 1, node: 'v20', platform: 'linux', mongo: null },
      loadAverage: { before: [0, 0, 0], after: [0, 0, 0] },
      cpuStolenPercent: { pages: 31.5, unit: 1.2 },
      measurements: [],
      failures: [],
    };
    expect(formatReport(report)).toContain(
      'CPU time stolen by the hypervisor: pages 31.5%, unit 1.2%  ← over 5%: that bench',
    );
    report.cpuStolenPercent = { unit: 1.2 };
    expect(formatReport(report)).toMatch(/hypervisor: unit 1\.2%$/m);
  });
});
