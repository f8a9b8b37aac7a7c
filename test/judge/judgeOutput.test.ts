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
      reason: 'the reply contains no JSON object and states no score',
      raw: 'I think it is good.',
    });
    const noScore = parseJudgment('{"verdict": "good"}');
    expect(noScore).toMatchObject({ ok: false, raw: '{"verdict": "good"}' });
    expect(noScore.ok ? '' : noScore.reason).toContain('score');
    expect(parseJudgment('{"score": "high"}')).toMatchObject({ ok: false });
    expect(parseJudgment('{"score": null}')).toMatchObject({ ok: false });
    expect(parseJudgment('{"score": 0.5')).toMatchObject({ ok: false });
  });

  it('reads JSON in a fence that was never closed (a reply cut short after the object)', () => {
    expect(parseJudgment('```json\n{"reasoning": "fine", "score": 0.6}\n')).toEqual({
      ok: true,
      score: 0.6,
      reasoning: 'fine',
    });
  });

  it('reads the score of JSON cut short after it, never a number that may itself be cut', () => {
    expect(parseJudgment('{"score": 0.7, "reasoning": "The answer is mostly')).toEqual({
      ok: true,
      score: 0.7,
      reasoning: null,
    });
    expect(parseJudgment('```json\n{"score": "0.25",\n  "reasoning": "cut')).toMatchObject({
      ok: true,
      score: 0.25,
    });
    expect(parseJudgment('{"reasoning": "The answer is mostly right, but')).toMatchObject({ ok: false });
    expect(parseJudgment('{"reasoning": "fine", "score": 0.7')).toMatchObject({ ok: false });
  });

  it('reads a score stated in prose when it is unambiguous', () => {
    const cases: [string, number][] = [
      ['Score: 0.8', 0.8],
      ['**Score:** 0.35\nThe answer misses the second step.', 0.35],
      ['I would give this answer a score of 0.9 because it is complete.', 0.9],
      ['The answer scored .5 overall.', 0.5],
      ['On a scale from 0 to 1, the score is 0.6.', 0.6],
      ['Final score = 1 out of 1', 1],
      ['score 0.4. Reasoning: the score of 0.4 reflects gaps.', 0.4],
    ];
    for (const [reply, score] of cases) {
      expect(parseJudgment(reply), reply).toEqual({ ok: true, score, reasoning: reply.trim() });
    }
  });

  it('re-asks rather than guess: several scores, fractions, percentages, ranges only, other words', () => {
    const cases = [
      'Score: 0.4 at first, but on reflection score: 0.7',
      'Score: 8/10',
      'I give it a score of 7 out of 10.',
      'score: 80%',
      'Use a score from 0 to 1.',
      'The scoreboard shows 3.',
      'The underscore 5 is fine.',
      'The score. It is 0.5',
    ];
    for (const reply of cases) expect(parseJudgment(reply), reply).toMatchObject({ ok: false, raw: reply });
  });

  it('stays linear on hostile replies (many fences, braces and "score" words, none closed)', () => {
    const hostile =
      '```'.repeat(5_000) + '{'.repeat(5_000) + 'score '.repeat(5_000) + '"score": '.repeat(5_000);
    expect(parseJudgment(hostile)).toMatchObject({ ok: false });
  });

  it('the default format is a strict json_schema named judgment that the zod schema accepts', () => {
    expect(defaultJudgmentFormat).toMatchObject({
      type: 'json_schema',
      json_schema: { name: 'judgment', strict: true, schema: { required: ['reasoning', 'score'] } },
    });
    expect(judgmentSchema.safeParse({ score: 0.5, reasoning: 'x' }).success).toBe(true);
  });
});
