import { describe, expect, it } from 'vitest';
import { aggregatePanel, type PanelJudgment } from '../../src/judge/panel.js';

const judge = (model: string, score: number | null, passed: boolean | null = null): PanelJudgment => ({
  model,
  status: score === null ? 'error' : 'scored',
  score,
  passed,
  reasoning: null,
  error: score === null ? 'judge failed' : null,
});

describe('aggregatePanel', () => {
  it('takes the mean or the median of the judges that scored, passed against the threshold', () => {
    const panel = [judge('a', 0.2), judge('b', 0.9), judge('c', 0.7), judge('d', null)];
    expect(aggregatePanel(panel, 'mean', 0.6)).toEqual({ score: 0.6, passed: true });
    expect(aggregatePanel(panel, 'median', 0.75)).toEqual({ score: 0.7, passed: false });
    expect(aggregatePanel([judge('a', 0.2), judge('b', 0.9)], 'median', null)).toEqual({
      score: 0.55,
      passed: null,
    });
  });

  it('passes by the majority of verdicts, and by the mean against the threshold on a tie', () => {
    const twoOfThree = [judge('a', 0.9, true), judge('b', 0.8, true), judge('c', 0.1, false)];
    expect(aggregatePanel(twoOfThree, 'majority', 0.5)?.passed).toBe(true);
    // Two fail narrowly, one passes strongly: the majority fails though the mean passes.
    const narrow = [judge('a', 0.45, false), judge('b', 0.45, false), judge('c', 1, true)];
    expect(aggregatePanel(narrow, 'majority', 0.5)).toMatchObject({ passed: false });
    expect(aggregatePanel(narrow, 'mean', 0.5)).toMatchObject({ passed: true });
    const tie = [judge('a', 0.2, false), judge('b', 0.9, true)];
    expect(aggregatePanel(tie, 'majority', 0.5)).toEqual({ score: 0.55, passed: true });
  });

  it('has no verdict when no judge scored', () => {
    expect(aggregatePanel([judge('a', null), judge('b', null)], 'mean', 0.5)).toBeNull();
  });
});
