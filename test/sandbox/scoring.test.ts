import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CodeSandbox, type CodeEvalOutcome } from '../../src/sandbox/index.js';
import { childSandboxes, item, items, makeSandbox } from './helpers.js';

let env: Awaited<ReturnType<typeof makeSandbox>>;
let sandbox: CodeSandbox;

beforeAll(async () => {
  const check = await CodeSandbox.check();
  if (!check.ok) throw new Error(check.message);
  env = await makeSandbox({ itemTimeoutMs: 3000 });
  sandbox = env.sandbox;
});
afterAll(() => env?.dispose());

const run = (code: string, batch = [item('a')]) =>
  sandbox.evaluateBatch({ code, requirements: [], items: batch });

describe('scoring', () => {
  it("evaluate_pair: verdicts as A's points (with reasons), a bad verdict as a clear item error", async () => {
    const code = `
def evaluate_pair(sample_a, sample_b, ground_truth):
    kind = sample_a["metadata"]["key"]
    if kind == "a": return "A"
    if kind == "b": return ("b", "B reads better")
    if kind == "tie": return {"winner": "Tie", "reason": "same"}
    if kind == "sides": return "A" if sample_b["output"] == "second" else "B"
    return "C"
`;
    const pair = (key: string) => ({ ...item(key, 'first'), sample_b: item(key, 'second').sample });
    const outcomes = await sandbox.evaluateBatch({
      code,
      requirements: [],
      entry: 'evaluate_pair',
      items: ['a', 'b', 'tie', 'sides', 'bad'].map(pair),
    });
    expect(outcomes.map((o) => (o.ok ? [o.score, o.reason ?? null] : o.error))).toEqual([
      [1, null],
      [0, 'B reads better'],
      [0.5, 'same'],
      [1, null],
      'evaluate_pair() must return "A", "B" or "tie" (or one with a reason); got \'C\'',
    ]);
    expect(await sandbox.validate('def evaluate(s, g):\n    return 1\n', 'evaluate_pair')).toMatchObject({
      ok: false,
      message: 'the code does not define evaluate_pair(sample_a, sample_b, ground_truth)',
    });
  });

  it('maps numbers, bools and dicts to scores, in item order', async () => {
    const code = `
def evaluate(sample, ground_truth):
    kind = sample["metadata"]["key"]
    if kind == "int": return 1
    if kind == "float": return 0.25
    if kind == "true": return True
    if kind == "false": return False
    if kind == "dict": return {"score": 0.75, "passed": True, "reason": "close enough"}
    if kind == "dict-bool-score": return {"score": False}
    if kind == "no-truth": return 0.0 if ground_truth is None else 1.0
    return sample["output"] == ground_truth["output"]
`;
    const keys = ['int', 'float', 'true', 'false', 'dict', 'dict-bool-score', 'match'];
    const batch = [...keys.map((k) => item(k)), item('no-truth', 'x', null)];
    const seen: CodeEvalOutcome[] = [];
    const outcomes = await sandbox.evaluateBatch({
      code,
      requirements: [],
      items: batch,
      onOutcome: (o) => seen.push(o),
    });
    const strip = ({ latencyMs, ...o }: CodeEvalOutcome) => (expect(latencyMs).toBeGreaterThanOrEqual(0), o);
    expect(outcomes.map(strip)).toEqual([
      { key: 'int', ok: true, score: 1 }, // threshold-less: no `passed`
      { key: 'float', ok: true, score: 0.25 },
      { key: 'true', ok: true, score: 1, passed: true },
      { key: 'false', ok: true, score: 0, passed: false },
      { key: 'dict', ok: true, score: 0.75, passed: true, reason: 'close enough' },
      { key: 'dict-bool-score', ok: true, score: 0 },
      { key: 'match', ok: true, score: 1, passed: true },
      { key: 'no-truth', ok: true, score: 0 },
    ]);
    expect(seen).toEqual(outcomes);
  });

  it('rejects return values that are not scores, with a clear message', async () => {
    const code = `
def evaluate(sample, ground_truth):
    return {
        "nan": float("nan"),
        "inf": float("inf"),
        "str": "0.5",
        "none": None,
        "missing": {"passed": True},
        "bad-passed": {"score": 1, "passed": "yes"},
        "async": evaluate_async(),
    }[sample["metadata"]["key"]]

async def evaluate_async():
    return 1
`;
    const outcomes = await run(
      code,
      ['nan', 'inf', 'str', 'none', 'missing', 'bad-passed', 'async'].map((k) => item(k)),
    );
    const errors = outcomes.map((o) => (o.ok ? `scored ${o.score}` : o.error));
    expect(errors[0]).toMatch(/nan.*finite number/);
    expect(errors[1]).toMatch(/inf.*finite number/);
    expect(errors[2]).toMatch(/must return a number, a bool or a dict with a 'score'; got str/);
    expect(errors[3]).toMatch(/got NoneType/);
    expect(errors[4]).toMatch(/without a 'score' key/);
    expect(errors[5]).toMatch(/'passed' must be a bool/);
    expect(errors[6]).toMatch(/coroutine.*async def/);
  });

  it('turns an exception into that item’s error with a trimmed traceback, and goes on', async () => {
    const code = `
def helper(depth):
    if depth == 0:
        raise ValueError("the model said: " + "no")
    return helper(depth - 1)

def evaluate(sample, ground_truth):
    if sample["metadata"]["key"] == "bad":
        print("debugging output before the failure")
        helper(50)
    return 1.0
`;
    const outcomes = await run(code, [item('ok-1'), item('bad'), item('ok-2')]);
    expect(outcomes.map((o) => o.ok)).toEqual([true, false, true]);
    const error = (outcomes[1] as { error: string }).error;
    expect(error).toContain('ValueError: the model said: no');
    expect(error).toContain('File "evaluator.py", line 4, in helper');
    expect(error).toContain('debugging output before the failure');
    expect(error.split('\n').length).toBeLessThan(35); // trimmed, not 50 frames
    expect(error).not.toContain('harness.py'); // no sandbox internals
    expect(error).not.toContain('/work/'); // no host paths
  });

  it('reports code that fails to load on every item', async () => {
    const outcomes = await run('import json\nraise RuntimeError("broken at import")\n', items(2));
    for (const o of outcomes) {
      expect(o.ok).toBe(false);
      expect((o as { error: string }).error).toMatch(/failed to load[\s\S]*RuntimeError: broken at import/);
    }
    const missing = await run('def score(a, b):\n    return 1\n');
    expect((missing[0] as { error: string }).error).toMatch(/does not define evaluate/);
  });

  it('handles an empty batch and a large one', async () => {
    expect(await run('def evaluate(s, g):\n    return 1\n', [])).toEqual([]);
    const many = await run('def evaluate(s, g):\n    return len(s["output"])\n', items(3000));
    expect(many).toHaveLength(3000);
    expect(many.every((o, i) => o.ok && o.key === `item-${i}` && o.score === 'answer'.length)).toBe(true);
  });

  it('rejects when onOutcome throws, after stopping the sandbox', async () => {
    const failing = sandbox.evaluateBatch({
      code: 'def evaluate(s, g):\n    return 1\n',
      requirements: [],
      items: items(50),
      onOutcome: () => {
        throw new Error('consumer failed');
      },
    });
    await expect(failing).rejects.toThrow('consumer failed');
    expect(await childSandboxes()).toEqual([]);
  });

  it('passes unicode and nested JSON through unchanged', async () => {
    const code =
      'def evaluate(s, g):\n    return {"score": 1, "reason": s["output"]["text"] + str(s["metadata"]["n"])}\n';
    const unicode = item('u', { text: 'héllo ✓ 𝄞' });
    unicode.sample.metadata = { n: [1, { x: 2 }] };
    const [o] = await run(code, [unicode]);
    expect(o).toMatchObject({ ok: true, reason: "héllo ✓ 𝄞[1, {'x': 2}]" });
  });
});

describe('validate', () => {
  it('accepts a valid evaluator', async () => {
    expect(await sandbox.validate('def evaluate(sample, ground_truth):\n    return 1\n')).toEqual({
      ok: true,
    });
  });

  it('gives the line and column of a syntax error', async () => {
    const result = await sandbox.validate('def evaluate(sample, ground_truth):\n    return (1 +\n\nx = 2\n');
    expect(result).toMatchObject({ ok: false, line: 2, column: 12 });
    expect((result as { message: string }).message).toMatch(/SyntaxError/);
  });

  it('reports a missing or uncallable evaluate, or the wrong arity', async () => {
    expect(await sandbox.validate('def score(a, b):\n    return 1\n')).toMatchObject({
      ok: false,
      message: expect.stringMatching(/does not define evaluate/),
    });
    expect(await sandbox.validate('evaluate = 3\n')).toMatchObject({
      ok: false,
      message: expect.stringMatching(/not a function/),
    });
    expect(await sandbox.validate('def evaluate(sample):\n    return 1\n')).toMatchObject({
      ok: false,
      message: expect.stringMatching(/two arguments/),
    });
  });

  it('reports an exception at import with its line', async () => {
    const result = await sandbox.validate('x = 1\ny = 1 / 0\ndef evaluate(s, g):\n    return 1\n');
    expect(result).toMatchObject({ ok: false, line: 2, message: expect.stringMatching(/ZeroDivisionError/) });
  });

  it('accepts code importing a package that is only in its requirements', async () => {
    expect(await sandbox.validate('import rapidfuzz\ndef evaluate(s, g):\n    return 1\n')).toEqual({
      ok: true,
    });
  });

  it('stops code whose top level never finishes', async () => {
    const result = await sandbox.validate('while True:\n    pass\n');
    expect(result).toMatchObject({
      ok: false,
      message: expect.stringMatching(/item time limit \(3s\) exceeded/),
    });
  });
});
