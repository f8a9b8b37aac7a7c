import type { Reporter, TestModule } from 'vitest/node';
import { readCpuTimes, stolenPercent, type CpuTimes } from './cpuSteal.js';

/**
 * Ends the run with one plain line, `N passed, N failed[, N skipped]`, which CI
 * reads as the verdict whatever the default reporter prints above it. Before it, on Linux, the
 * share of CPU time the hypervisor stole meanwhile: on a shared VM it explains a slow suite.
 */
export default class SummaryReporter implements Reporter {
  private cpuAtStart: CpuTimes | null = null;

  onInit(): void {
    this.cpuAtStart = readCpuTimes();
  }

  onTestRunEnd(testModules: ReadonlyArray<TestModule>, unhandledErrors: ReadonlyArray<unknown>): void {
    let passed = 0;
    let failed = 0;
    let skipped = 0;
    for (const module of testModules) {
      if (module.state() === 'failed' && [...module.children.allTests()].length === 0) failed++;
      for (const test of module.children.allTests()) {
        const state = test.result().state;
        if (state === 'passed') passed++;
        else if (state === 'failed') failed++;
        else skipped++;
      }
    }
    failed += unhandledErrors.length;
    const stolen = stolenPercent(this.cpuAtStart, readCpuTimes());
    if (stolen !== null)
      process.stdout.write(`\nCPU time stolen by the hypervisor during the run: ${stolen}%\n`);
    process.stdout.write(`\n${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}\n`);
  }
}
