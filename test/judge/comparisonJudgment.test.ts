import { describe, expect, it } from 'vitest';
import { readRanking, readVerdict } from '../../src/judge/comparisonJudgment.js';

describe('reading a comparing judge', () => {
  it('reads a verdict from JSON, fenced JSON, or a bare answer; refuses anything else by saying why', () => {
    expect(readVerdict('{"reasoning": "B is exact", "winner": "B"}')).toEqual({
      ok: true,
      value: { value: 'B', reasoning: 'B is exact' },
    });
    expect(readVerdict('Sure:\n```json\n{"winner": "tie"}\n```')).toMatchObject({
      ok: true,
      value: { value: 'tie' },
    });
    expect(readVerdict('[[A]]')).toMatchObject({ ok: true, value: { value: 'A' } });
    const wrong = readVerdict('{"winner": "C"}');
    expect(wrong).toMatchObject({ ok: false });
    expect(!wrong.ok && wrong.reason).toContain('"A", "B" or "tie"');
    expect(readVerdict('I prefer the first one')).toMatchObject({
      ok: false,
      reason: 'the reply has no "winner"',
    });
  });

  it('reads a ranking as 0-based positions, each exactly once', () => {
    expect(readRanking('{"ranking": [2, 3, 1]}', 3)).toMatchObject({ ok: true, value: { value: [1, 2, 0] } });
    expect(readRanking('{"ranking": ["Output 2", "Output 1"]}', 2)).toMatchObject({
      ok: true,
      value: { value: [1, 0] },
    });
    for (const bad of ['{"ranking": [1, 1, 2]}', '{"ranking": [1, 2]}', '{"ranking": [0, 1, 2]}']) {
      expect(readRanking(bad, 3)).toMatchObject({ ok: false });
    }
  });
});
