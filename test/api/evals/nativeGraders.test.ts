import { describe, expect, it } from 'vitest';
import { post, seedContainer, seedDataset, useRunKit, waitForRun } from '../../support/runKit.js';

/**
 * OpenAI's deterministic graders (and Assay's RE2 regex check) as native evaluators
 * of type `grader`, in a native run: item = the ground truth, sample = the sample
 * side's output. No model is called.
 */
const kit = useRunKit();

describe('grader evaluators in native runs', () => {
  it('scores task logs against a dataset with string, regex and similarity checks', async () => {
    const { stack } = kit;
    await seedContainer(stack, 'orders', [
      { input: 'status of 1234?', output: 'Order #1234 has shipped.' },
      { input: 'status of 9?', output: 'I do not know.' },
    ]);
    await seedDataset(stack, 'orders-golden', [
      { input: 'status of 1234?', output: 'Order #1234 has shipped.' },
      { input: 'status of 9?', output: 'Order #0009 is being packed.' },
    ]);
    const exact = await post(stack, '/v1/evaluators', {
      container: 'orders',
      name: 'exact',
      type: 'grader',
      grader: {
        type: 'string_check',
        name: 'exact',
        operation: 'eq',
        input: '{{sample.output_text}}',
        reference: '{{item.output}}',
      },
    });
    const shape = await post(stack, '/v1/evaluators', {
      container: 'orders',
      name: 'order-number',
      type: 'grader',
      grader: {
        type: 'regex_check',
        name: 'order number',
        input: '{{sample.output_text}}',
        pattern: '^Order #\\d{4}\\b',
      },
    });
    const rouge = await post(stack, '/v1/evaluators', {
      container: 'orders',
      name: 'rouge',
      type: 'grader',
      grader: {
        type: 'text_similarity',
        name: 'rouge',
        evaluation_metric: 'rouge_1',
        input: '{{sample.output_text}}',
        reference: '{{item.output}}',
        pass_threshold: 0.5,
      },
    });
    expect(exact).toMatchObject({
      type: 'grader',
      grader: { type: 'string_check' },
      judge_model: null,
      code: null,
    });

    const run = await post(stack, '/v1/evaluations/runs', {
      container: 'orders',
      evaluators: ['exact', 'order-number', 'rouge'],
      ground_truth: { type: 'dataset', dataset: 'orders-golden' },
    });
    const done = await waitForRun(stack, run.id);
    expect(done.status).toBe('completed');
    const byEvaluator = Object.fromEntries(
      done.metrics.by_evaluator.map((m: { evaluator_id: string }) => [m.evaluator_id, m]),
    );
    expect(byEvaluator[exact.id]).toMatchObject({ scored: 2, passed: 1, mean: 0.5 });
    expect(byEvaluator[shape.id]).toMatchObject({ scored: 2, passed: 1 });
    // "I do not know." vs "Order #0009 is being packed.": no shared unigram.
    expect(byEvaluator[rouge.id]).toMatchObject({ scored: 2, passed: 1, mean: 0.5 });
  });

  it('refuses a grader evaluator whose definition cannot run, naming the field', async () => {
    const { stack } = kit;
    const response = await stack.call('POST', '/v1/evaluators', {
      body: {
        name: 'bad',
        type: 'grader',
        grader: { type: 'regex_check', name: 'r', input: '{{ answer }}', pattern: '(a)\\1' },
      },
    });
    expect(response.status).toBe(422);
    expect(response.body.error.details.map((d: { field: string }) => d.field)).toEqual([
      'grader.input',
      'grader.pattern',
    ]);
    const misplaced = await stack.call('POST', '/v1/evaluators', {
      body: {
        name: 'bad2',
        type: 'judge',
        judge_model: 'fake/judge-model',
        judge_prompt: '{{input}}',
        grader: { type: 'string_check', name: 's', operation: 'eq', input: 'a', reference: 'a' },
      },
    });
    expect(misplaced.status).toBe(422);
    expect(JSON.stringify(misplaced.body.error.details)).toMatch(/grader.*not allowed on a judge evaluator/);
  });
});
