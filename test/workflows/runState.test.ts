import { describe, expect, it } from 'vitest';
import type { RunPlan } from '../../src/core/runPlan.js';
import { emptyPairingCounts } from '../../src/core/runItems.js';
import {
  budgetLimitReached,
  initialRunState,
  pauseReason,
  recordBatch,
} from '../../src/workflows/runState.js';
import { emptyRunTotals } from '../../src/core/runTotals.js';

/**
 * Pure: the budget rule the workflow applies before it starts each batch. A batch is expected to
 * cost the plan's estimate divided by its batch count (a large batch: by its size, see
 * core/batchSizing.ts); the run may start one only if what it spent
 * plus every batch in flight plus this one stays within its budget and its project's allowance.
 */

const plan = (estimatedUsd: number, batchCount: number): RunPlan => ({
  batchCount,
  total: batchCount,
  mode: 'self',
  counts: emptyPairingCounts(),
  evaluatorIds: ['evl_1'],
  sampleModels: [],
  estimatedUsd,
  tuning: { window: 4, batchesPerExecution: 50 },
});

/** The indices of `inFlight` batches in flight and of the next one: the first ones of the run. */
const inFlightAndNext = (inFlight: number) => Array.from({ length: inFlight + 1 }, (_, i) => i);

/** A run with a $10 estimate over 10 batches ($1 each) that has spent `spent` so far. */
function stateWith(options: { budget: number | null; allowance?: number | null; spent?: number }) {
  const state = initialRunState(options.budget);
  state.plan = plan(10, 10);
  state.projectAllowanceUsd = options.allowance;
  recordBatch(state, { ...emptyRunTotals(), spend_usd: options.spent ?? 0 });
  return state;
}

describe('budgetLimitReached', () => {
  it('allows a batch while spent + in flight + next stays within the budget, exactly at it too', () => {
    // $3 spent, 2 in flight, the next: $6 projected.
    expect(budgetLimitReached(stateWith({ budget: 6, spent: 3 }), inFlightAndNext(2))).toBeNull();
    expect(budgetLimitReached(stateWith({ budget: 5.99, spent: 3 }), inFlightAndNext(2))).toBe(
      'budget_exceeded',
    );
  });

  it('counts every batch in flight, so a window of batches cannot overshoot together', () => {
    const state = stateWith({ budget: 5, spent: 0 });
    expect(budgetLimitReached(state, inFlightAndNext(4))).toBeNull(); // 5 × $1
    expect(budgetLimitReached(state, inFlightAndNext(5))).toBe('budget_exceeded'); // 6 × $1
  });

  it("applies the project's allowance the same way, and names which limit was hit", () => {
    expect(
      budgetLimitReached(stateWith({ budget: null, allowance: 4, spent: 3 }), inFlightAndNext(0)),
    ).toBeNull();
    expect(
      budgetLimitReached(stateWith({ budget: null, allowance: 3.5, spent: 3 }), inFlightAndNext(0)),
    ).toBe('project_budget_exceeded');
    // Both crossed: the run's own budget is the one reported.
    expect(budgetLimitReached(stateWith({ budget: 1, allowance: 1, spent: 3 }), inFlightAndNext(0))).toBe(
      'budget_exceeded',
    );
  });

  it('a project that has already overspent leaves no allowance: not even a free batch', () => {
    const state = stateWith({ budget: null, allowance: -2, spent: 0 });
    state.plan = plan(0, 10);
    expect(budgetLimitReached(state, inFlightAndNext(0))).toBe('project_budget_exceeded');
  });

  it('has nothing to say without a plan or without limits', () => {
    const unplanned = initialRunState(0.01);
    expect(budgetLimitReached(unplanned, inFlightAndNext(100))).toBeNull();
    expect(
      budgetLimitReached(stateWith({ budget: null, allowance: null, spent: 1e9 }), inFlightAndNext(100)),
    ).toBeNull();
    // A state from before project allowances existed lacks the field: no ceiling.
    expect(
      budgetLimitReached(stateWith({ budget: null, allowance: undefined, spent: 1e9 }), inFlightAndNext(100)),
    ).toBeNull();
  });

  it('expects a large batch to cost its size: five first-size batches for one of 500 after batches of 100', () => {
    // 10 batches of 100 items, then 4 of 500: $30 over 30 first-size batches, $1 each, $5 a large one.
    const state = initialRunState(9);
    state.plan = { ...plan(30, 14), sizing: { items: 100, largeItems: 500, largeFrom: 10 } };
    expect(budgetLimitReached(state, [6, 7, 8, 9])).toBeNull(); // $4
    expect(budgetLimitReached(state, [8, 9, 10])).toBeNull(); // $1 + $1 + $5 = $7
    expect(budgetLimitReached(state, [9, 10, 11])).toBe('budget_exceeded'); // $1 + $5 + $5 = $11
    recordBatch(state, { ...emptyRunTotals(), spend_usd: 4 });
    expect(budgetLimitReached(state, [10])).toBeNull(); // $4 + $5 = $9
    expect(budgetLimitReached(state, [12, 13])).toBe('budget_exceeded'); // $4 + $10
  });

  it('a plan of zero batches expects nothing more to spend', () => {
    const state = initialRunState(1);
    state.plan = plan(50, 0);
    expect(budgetLimitReached(state, inFlightAndNext(0))).toBeNull();
  });

  it('the pause reason shows the limit that blocked the run; a user pause and a provider pause come first', () => {
    const state = stateWith({ budget: 1, spent: 3 });
    state.budgetBlocked = true;
    expect(pauseReason(state)).toBe('budget_exceeded');
    state.budgetBlockedBy = 'project_budget_exceeded';
    expect(pauseReason(state)).toBe('project_budget_exceeded');
    state.providerPause = 'provider_auth_failed';
    expect(pauseReason(state)).toBe('provider_auth_failed');
    state.pauseRequested = true;
    expect(pauseReason(state)).toBe('paused_by_user');
  });
});
