import { describe, expect, it } from 'vitest';
import { fastestMs } from '../support/timing.js';
import { judgmentSchema, defaultJudgmentFormat, parseJudgment } from '../../src/judge/judgeOutput.js';

describe('parseJudgment', () => {
  it('reads a plain JSON reply', () => {
    expect(parseJudgment('{"reasoning":"correct","score":0.9}')).toEqual({
      ok: true,
      score: 0.9,
      reasoning: 'correct',
    });
  });

  it('reads JSON inside a code fence', () => {
    const reply = 'Here you go:\n```json\n{ "score": 0.25, "reasoning": "partly right" }\n```\n';
    expect(parseJudgment(reply)).toEqual({ ok: true, score: 0.25, reasoning: 'partly right' });
  });

  it('reads an unclosed or adversarial fence in linear time', () => {
    for (const reply of [
      '```' + ' '.repeat(100_000),
      '```json' + '\n'.repeat(100_000) + 'x',
      '```a'.repeat(25_000),
    ]) {
      expect(parseJudgment(reply).ok).toBe(false);
      expect(fastestMs(() => parseJudgment(reply))).toBeLessThan(200);
    }
    expect(parseJudgment('```json{"score": 1}```')).toMatchObject({ ok: true, score: 1 });
  });

  it('finds the first JSON object with a score in prose, ignoring braces inside strings', () => {
    const reply =
      'I considered {the context}. Verdict: {"reasoning": "uses } and { in text", "score": 1} — done. {"score": 0}';
    expect(parseJudgment(reply)).toEqual({ ok: true, score: 1, reasoning: 'uses } and { in text' });
  });

  it('accepts numeric strings and a `reason` field from custom formats', () => {
    expect(parseJudgment('{"score": " 7.5 ", "reason": "mostly", "label": "good"}')).toEqual({
      ok: true,
      score: 7.5,
      reasoning: 'mostly',
    });
    expect(parseJudgment('{"score": 3}')).toEqual({ ok: true, score: 3, reasoning: null });
  });

  it('rejects replies without a usable score, keeping the raw text', () => {
    expect(parseJudgment('I think it is good.')).toEqual({
      ok: false,
      reason: 'the reply contains no JSON object',
      raw: 'I think it is good.',
    });
    const noScore = parseJudgment('{"verdict": "good"}');
    expect(noScore).toMatchObject({ ok: false, raw: '{"verdict": "good"}' });
    expect(noScore.ok ? '' : noScore.reason).toContain('score');
    expect(parseJudgment('{"score": "high"}')).toMatchObject({ ok: false });
    expect(parseJudgment('{"score": null}')).toMatchObject({ ok: false });
    expect(parseJudgment('{"score": 0.5')).toMatchObject({ ok: false });
  });

  it('the default format is a strict json_schema named judgment that the zod schema accepts', () => {
    expect(defaultJudgmentFormat).toMatchObject({
      type: 'json_schema',
      json_schema: { name: 'judgment', strict: true, schema: { required: ['reasoning', 'score'] } },
    });
    expect(judgmentSchema.safeParse({ score: 0.5, reasoning: 'x' }).success).toBe(true);
  });
});
