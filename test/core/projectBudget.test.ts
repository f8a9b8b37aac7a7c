import { describe, expect, it } from 'vitest';
import { fitsProjectCeiling, projectAllowanceUsd } from '../../src/core/projectBudget.js';

/**
 * Pure: the project ceiling's two rules. Creation asks whether a run fits beside what the
 * project's runs spent or reserved; the workflow asks how much one run may spend in all.
 */
describe('the project budget rules', () => {
  it('a run fits while committed + estimate stays within the ceiling, exactly at it too', () => {
    expect(fitsProjectCeiling(10, 6, 4)).toBe(true);
    expect(fitsProjectCeiling(10, 6, 4.0001)).toBe(false);
    expect(fitsProjectCeiling(10, 0, 10)).toBe(true);
  });

  it('a project already over its ceiling refuses even a free run', () => {
    expect(fitsProjectCeiling(10, 12, 0)).toBe(false);
    expect(fitsProjectCeiling(10, 10, 0)).toBe(true);
  });

  it('a run may spend what the other runs left, which is negative once they overspent', () => {
    expect(projectAllowanceUsd(10, 3.5)).toBe(6.5);
    expect(projectAllowanceUsd(10, 0)).toBe(10);
    expect(projectAllowanceUsd(10, 12)).toBe(-2);
  });
});
