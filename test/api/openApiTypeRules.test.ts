import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { buildOpenApi } from '../../src/api/openapi.js';
import { allRoutes } from '../../src/api/routes/index.js';
import { evalCreateSchema } from '../../src/domain/evals.js';
import { evaluatorCreateSchema } from '../../src/domain/evaluators.js';

/**
 * Rules that hang on a body's `type` are in the OpenAPI document (domain/typeRules.ts), so a
 * body the document calls valid is one the server's schema accepts and the reverse: checked
 * here without a server, by validating the same bodies with both.
 */
const ajv = new Ajv2020({ strict: false });
ajv.addSchema(buildOpenApi(allRoutes), 'doc');
const documentAccepts = (component: string, body: unknown) =>
  ajv.validate({ $ref: `doc#/components/schemas/${component}` }, body);

const judge = { type: 'judge', name: 'j', judge_model: 'fake/m', judge_prompt: 'Rate {{output}}' };
const code = { type: 'code', name: 'c', code: 'def evaluate(output):\n    return 1' };
const grader = {
  type: 'grader',
  name: 'g',
  grader: {
    type: 'string_check',
    name: 's',
    input: '{{sample.output_text}}',
    reference: 'x',
    operation: 'eq',
  },
};

describe('type rules in the OpenAPI document', () => {
  it.each([
    ['a judge', judge, true],
    ['a code evaluator', code, true],
    ['a grader evaluator', grader, true],
    ['a code evaluator without code', { ...code, code: undefined }, false],
    ['a judge without judge_prompt', { ...judge, judge_prompt: undefined }, false],
    ['a grader evaluator without grader', { ...grader, grader: undefined }, false],
    ['a code evaluator naming a judge field', { ...code, api_type: 'responses' }, false],
    ['a judge naming requirements', { ...judge, requirements: ['numpy'] }, false],
    ['a grader evaluator naming code', { ...grader, code: 'x = 1' }, false],
  ])('%s: document and server agree', (_what, body, valid) => {
    const json = JSON.parse(JSON.stringify(body)) as unknown;
    expect(evaluatorCreateSchema.safeParse(json).success).toBe(valid);
    expect(documentAccepts('EvaluatorCreate', json)).toBe(valid);
  });

  const evalWith = (criterion: Record<string, unknown>) => ({
    data_source_config: { type: 'custom', item_schema: { type: 'object' } },
    testing_criteria: [criterion],
  });
  const similarity = {
    type: 'text_similarity',
    name: 'fuzzy',
    evaluation_metric: 'fuzzy_match',
    input: '{{sample.output_text}}',
    reference: '{{item.answer}}',
  };

  it.each([
    ['with pass_threshold', { ...similarity, pass_threshold: 0.5 }, true],
    ['without pass_threshold', similarity, false],
  ])('a text_similarity criterion %s: document and server agree', (_what, criterion, valid) => {
    const body = evalWith(criterion);
    const parsed = evalCreateSchema.safeParse(body);
    expect(parsed.success).toBe(valid);
    if (!parsed.success) {
      expect(parsed.error.issues.map((issue) => issue.path.join('.'))).toEqual([
        'testing_criteria.0.pass_threshold',
      ]);
    }
    expect(documentAccepts('EvalCreate', body)).toBe(valid);
  });
});
