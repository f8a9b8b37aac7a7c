import type { CodeValidator } from '../context.js';
import { evaluatorTypeProblems, type EvaluatorDefinition } from '../domain/evaluators.js';
import { NotImplementedError, type ErrorDetail } from '../errors.js';
import { graderProblems } from '../graders/checkGrader.js';
import { findTemplateProblems } from '../judge/template.js';
import type { ProviderRegistry } from '../models/providers.js';
import { validationFailed } from './validation.js';

export interface EvaluatorCheckDeps {
  providers: ProviderRegistry;
  codeValidator: CodeValidator;
}

/**
 * What the schema cannot check, all at once: the type rules, the judge prompt's
 * variables, whether a provider serves the judge model, whether the code compiles.
 * `given` is what the request named; the costlier checks look only at those fields,
 * so a patch of a description is not refused because the provider config changed since.
 */
export async function checkEvaluator(
  definition: EvaluatorDefinition,
  given: Partial<Record<keyof EvaluatorDefinition, unknown>>,
  deps: EvaluatorCheckDeps,
): Promise<void> {
  if (definition.mode !== 'pointwise') {
    throw new NotImplementedError(
      'mode_not_implemented',
      `Evaluation mode '${definition.mode}' is recognised but not implemented; use 'pointwise'.`,
      { param: 'mode' },
    );
  }
  const details: ErrorDetail[] = evaluatorTypeProblems(definition, given);
  if (definition.type === 'judge') {
    if (given.judge_prompt !== undefined && definition.judge_prompt !== null) {
      for (const problem of findTemplateProblems(definition.judge_prompt)) {
        details.push({
          field: 'judge_prompt',
          message: problem.message,
          line: problem.line,
          column: problem.column,
        });
      }
    }
    const model = definition.judge_model;
    if (given.judge_model !== undefined && model !== null && !deps.providers.resolve(model)) {
      details.push({ field: 'judge_model', message: deps.providers.explainUnserved(model) });
    }
  }
  if (definition.type === 'code' && given.code !== undefined && definition.code !== null) {
    const compiled = await deps.codeValidator.validate(definition.code);
    if (!compiled.ok) {
      details.push({
        field: 'code',
        message: compiled.message,
        line: compiled.line,
        column: compiled.column,
      });
    }
  }
  if (definition.type === 'grader' && given.grader !== undefined && definition.grader !== null) {
    details.push(...(await graderProblems(definition.grader, 'grader', deps)));
  }
  if (details.length > 0) throw validationFailed('evaluator', details);
}
