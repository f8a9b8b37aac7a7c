import { describe, expect, it } from 'vitest';
import { graderSchema, type Grader } from '../../src/domain/graders.js';
import { evaluateFormula, FormulaError, formulaVariables, parseFormula } from '../../src/graders/formula.js';
import { gradeItem, type GraderDeps } from '../../src/graders/gradeItem.js';
import { renderTemplate, templateProblems } from '../../src/graders/template.js';

const noModels: GraderDeps = {
  chat: () => Promise.reject(new Error('no model in this test')),
  embed: () => Promise.reject(new Error('no embeddings in this test')),
  python: () => Promise.reject(new Error('no sandbox in this test')),
};

const grade = (grader: unknown, item: unknown, sample: unknown = { output_text: '' }, deps = noModels) =>
  gradeItem(graderSchema.parse(grader) as Grader, { item, sample }, deps);

describe('templates', () => {
  it('renders item and sample paths, JSON for non-strings, nothing for missing values', () => {
    const ns = {
      item: { answer: 'Paris', tags: ['a', 'b'], nested: { n: 3 } },
      sample: { output_text: 'paris!' },
    };
    expect(renderTemplate('{{ item.answer }} vs {{sample.output_text}}', ns)).toBe('Paris vs paris!');
    expect(renderTemplate('{{item.tags[1]}} {{item.nested}} [{{item.missing}}]', ns)).toBe('b {"n":3} []');
    expect(renderTemplate('{{item.constructor}}{{item.__proto__}}', ns)).toBe('');
  });

  it('names references outside the item and sample namespaces', () => {
    expect(templateProblems('{{item.a}} {{sample.output_json.x}}')).toEqual([]);
    expect(templateProblems('{{ output }}')[0]).toMatch(/namespace 'output'/);
    expect(templateProblems('{{ item.a + 1 }}')[0]).toMatch(/not a variable reference/);
  });
});

describe('string_check', () => {
  const check = (operation: string, input: string, reference: string) =>
    grade(
      {
        type: 'string_check',
        name: 's',
        operation,
        input: '{{sample.output_text}}',
        reference: '{{item.ref}}',
      },
      { ref: reference },
      { output_text: input },
    );

  it('eq, ne, like and ilike score 1 or 0 as documented', async () => {
    expect(await check('eq', 'Paris', 'Paris')).toMatchObject({ ok: true, score: 1, passed: true });
    expect(await check('eq', 'Paris', 'paris')).toMatchObject({ ok: true, score: 0, passed: false });
    expect(await check('ne', 'Paris', 'paris')).toMatchObject({ score: 1, passed: true });
    expect(await check('ne', 'Paris', 'Paris')).toMatchObject({ score: 0, passed: false });
    expect(await check('like', 'The capital is Paris.', 'Paris')).toMatchObject({ score: 1 });
    expect(await check('like', 'The capital is paris.', 'Paris')).toMatchObject({ score: 0 });
    expect(await check('ilike', 'THE CAPITAL IS PARIS.', 'Paris')).toMatchObject({ score: 1 });
    expect(await check('ilike', 'Lyon', 'Paris')).toMatchObject({ score: 0, passed: false });
  });
});

describe('regex_check (Assay extension, RE2)', () => {
  const regex = (pattern: string, input: string, flags?: string) =>
    grade(
      {
        type: 'regex_check',
        name: 'r',
        input: '{{sample.output_text}}',
        pattern,
        ...(flags ? { flags } : {}),
      },
      {},
      { output_text: input },
    );

  it('matches with the given flags', async () => {
    expect(await regex('^Order #\\d{4}$', 'Order #1234')).toMatchObject({ score: 1, passed: true });
    expect(await regex('^order', 'Order #1234')).toMatchObject({ score: 0, passed: false });
    expect(await regex('^order', 'Order #1234', 'i')).toMatchObject({ score: 1 });
    expect(await regex('a.b', 'a\nb', 's')).toMatchObject({ score: 1 });
  });

  it('runs a pattern that backtracking engines take exponential time on, in linear time', async () => {
    // With JavaScript's own RegExp this item would not finish in the test's lifetime.
    expect(await regex('(a+)+$', 'a'.repeat(20_000) + 'b')).toMatchObject({ ok: true, score: 0 });
  });

  it('refuses what RE2 cannot run in linear time', async () => {
    expect(await regex('(a)\\1', 'aa')).toMatchObject({ ok: false, error: expect.stringMatching(/pattern/) });
    expect(await regex('a(?=b)', 'ab')).toMatchObject({ ok: false });
  });
});

describe('text_similarity', () => {
  it('scores with the metric and passes at the threshold', async () => {
    const grader = {
      type: 'text_similarity',
      name: 't',
      evaluation_metric: 'fuzzy_match',
      input: '{{sample.output_text}}',
      reference: '{{item.ref}}',
      pass_threshold: 0.95,
    };
    expect(await grade(grader, { ref: 'this is a test!' }, { output_text: 'this is a test' })).toMatchObject({
      score: expect.closeTo(0.9655172413793103, 12),
      passed: true,
    });
    expect(
      await grade(
        { ...grader, pass_threshold: 0.97 },
        { ref: 'this is a test!' },
        { output_text: 'this is a test' },
      ),
    ).toMatchObject({ passed: false });
  });

  it('scores cosine through the embeddings it is given', async () => {
    const deps: GraderDeps = {
      ...noModels,
      embed: async () => ({
        vectors: [
          [1, 1],
          [1, 0],
        ],
        usage: { model: 'e', input: 4, output: 0 },
      }),
    };
    const outcome = await grade(
      {
        type: 'text_similarity',
        name: 'c',
        evaluation_metric: 'cosine',
        input: 'a',
        reference: 'b',
        pass_threshold: 0.7,
      },
      {},
      {},
      deps,
    );
    expect(outcome).toMatchObject({
      ok: true,
      score: expect.closeTo(Math.SQRT1_2, 12),
      passed: true,
      usage: [{ model: 'e', input: 4 }],
    });
  });
});

describe('multi', () => {
  it('combines sub-grader scores with its formula', async () => {
    const outcome = await grade(
      {
        type: 'multi',
        name: 'm',
        graders: {
          exact: {
            type: 'string_check',
            name: 'exact',
            operation: 'eq',
            input: '{{sample.output_text}}',
            reference: '{{item.ref}}',
          },
          fuzzy: {
            type: 'text_similarity',
            name: 'fuzzy',
            evaluation_metric: 'fuzzy_match',
            input: '{{sample.output_text}}',
            reference: '{{item.ref}}',
          },
        },
        calculate_output: '0.5 * exact + 0.5 * fuzzy ^ 2',
        pass_threshold: 0.4,
      },
      { ref: 'this is a test!' },
      { output_text: 'this is a test' },
    );
    expect(outcome).toMatchObject({
      ok: true,
      score: expect.closeTo(0.5 * 0.9655172413793103 ** 2, 12),
      passed: true,
    });
  });

  it('makes a division by zero an item error, not a score', async () => {
    const outcome = await grade(
      {
        type: 'multi',
        name: 'm',
        graders: { a: { type: 'string_check', name: 'a', operation: 'eq', input: 'x', reference: 'y' } },
        calculate_output: '1 / a',
      },
      {},
    );
    expect(outcome).toMatchObject({ ok: false, error: expect.stringMatching(/division by zero/) });
  });
});

describe('formula', () => {
  it('follows arithmetic precedence, right-associative powers and the documented functions', () => {
    const value = (source: string, vars: Record<string, number> = {}) =>
      evaluateFormula(parseFormula(source), vars);
    expect(value('1 + 2 * 3')).toBe(7);
    expect(value('(1 + 2) * 3')).toBe(9);
    expect(value('2 ^ 3 ^ 2')).toBe(512);
    expect(value('-2 ^ 2')).toBe(-4);
    expect(value('2 ** 3')).toBe(8);
    expect(value('min(a, b, 0.5) + max(a, b)', { a: 0.2, b: 0.9 })).toBeCloseTo(1.1, 12);
    expect(value('abs(-1) + floor(1.7) + ceil(1.2) + sqrt(16) + exp(0) + log(1)')).toBe(9);
    expect([...formulaVariables(parseFormula('a * 2 + min(b, c)'))]).toEqual(['a', 'b', 'c']);
  });

  it('rejects what is not a formula, naming the position', () => {
    expect(() => parseFormula('1 +')).toThrow(FormulaError);
    expect(() => parseFormula('a; process.exit()')).toThrow(/unexpected character ';' \(at character 2\)/);
    expect(() => parseFormula('constructor(1)')).toThrow(/unknown function 'constructor'/);
    expect(() => parseFormula('abs(1, 2)')).toThrow(/one argument/);
    expect(() => evaluateFormula(parseFormula('toString'), {})).toThrow(/unknown variable/);
    expect(() => parseFormula('('.repeat(500) + '1' + ')'.repeat(500))).toThrow(/nested too deeply/);
  });
});

describe('model graders', () => {
  const replying = (text: string): GraderDeps => ({
    ...noModels,
    chat: async () => ({ text, usage: { model: 'gpt-4o-mini', input: 10, output: 5 } }),
  });
  const messages = [{ role: 'user', content: 'Grade {{sample.output_text}} against {{item.ref}}' }];

  it('score_model: the score in range, passing at pass_threshold (default: the middle of the range)', async () => {
    const grader = { type: 'score_model', name: 's', model: 'gpt-4o-mini', input: messages, range: [0, 10] };
    expect(await grade(grader, {}, {}, replying('{"reasoning": "ok", "score": 7}'))).toMatchObject({
      ok: true,
      score: 7,
      passed: true,
      reason: 'ok',
    });
    expect(await grade(grader, {}, {}, replying('{"reasoning": "meh", "score": 4}'))).toMatchObject({
      score: 4,
      passed: false,
    });
    expect(await grade({ ...grader, pass_threshold: 8 }, {}, {}, replying('{"score": 7}'))).toMatchObject({
      passed: false,
    });
    expect(await grade(grader, {}, {}, replying('{"score": 11}'))).toMatchObject({
      ok: false,
      error: expect.stringMatching(/no score in \[0, 10\]/),
    });
  });

  it('label_model: passes when the label is a passing one', async () => {
    const grader = {
      type: 'label_model',
      name: 'l',
      model: 'gpt-4o-mini',
      input: messages,
      labels: ['good', 'bad'],
      passing_labels: ['good'],
    };
    expect(await grade(grader, {}, {}, replying('{"reasoning": "r", "label": "good"}'))).toMatchObject({
      score: 1,
      passed: true,
    });
    expect(await grade(grader, {}, {}, replying('{"reasoning": "r", "label": "bad"}'))).toMatchObject({
      score: 0,
      passed: false,
    });
    expect(await grade(grader, {}, {}, replying('{"label": "ugly"}'))).toMatchObject({ ok: false });
  });

  it('renders the grader messages over item and sample', async () => {
    let seen: unknown;
    const deps: GraderDeps = {
      ...noModels,
      chat: async (request) => (
        (seen = request.messages),
        { text: '{"score": 1}', usage: { model: 'm', input: 1, output: 1 } }
      ),
    };
    await grade(
      { type: 'score_model', name: 's', model: 'm', input: messages },
      { ref: 'R' },
      { output_text: 'O' },
      deps,
    );
    expect(seen).toEqual([{ role: 'user', content: 'Grade O against R' }]);
  });
});
