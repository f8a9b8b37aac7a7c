import type { Env } from '../platform/config.js';
import type { CodeValidator } from '../sandbox/index.js';
import {
  evaluatorTypeProblems,
  type EvaluationMode,
  type EvaluatorDefinition,
} from '../domain/evaluators.js';
import { normaliseRequirements } from '../domain/requirements.js';
import type { ErrorDetail } from '../domain/errors.js';
import { graderProblems } from '../graders/checkGrader.js';
import { templateDetails, type TemplateKind } from '../judge/template.js';
import { unsupportedParams } from '../models/apiBodies.js';
import type { ProviderRegistry } from '../models/providers.js';
import { validationFailed } from './validation.js';

export interface EvaluatorCheckDeps {
  env: Pick<Env, 'ASSAY_SANDBOX_ALLOWED_PACKAGES'>;
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
  const details: ErrorDetail[] = [...evaluatorTypeProblems(definition, given), ...modeProblems(definition)];
  if (definition.type === 'judge') {
    // A new mode changes which variables the prompt must show, so the prompt is checked again.
    if ((given.judge_prompt !== undefined || given.mode !== undefined) && definition.judge_prompt !== null) {
      details.push(
        ...templateDetails('judge_prompt', definition.judge_prompt, templateKindOf(definition.mode)),
      );
    }
    // Checked whenever either side changes: a patch to `responses` must not keep chat-only params.
    if (given.api_type !== undefined || given.inference_params !== undefined) {
      for (const param of unsupportedParams(definition.api_type, definition.inference_params ?? undefined)) {
        details.push({
          field: `inference_params.${param}`,
          message: `not supported by api_type '${definition.api_type}' (the Responses API rejects it); remove it or use api_type 'chat_completions'`,
        });
      }
    }
    const model = definition.judge_model;
    if (given.judge_model !== undefined && model !== null && !deps.providers.resolve(model)) {
      details.push({ field: 'judge_model', message: deps.providers.explainUnserved(model) });
    }
    details.push(...panelProblems(definition, given, deps));
  }
  if (definition.type === 'code' && given.requirements !== undefined) {
    const checked = normaliseRequirements(definition.requirements, deps.env.ASSAY_SANDBOX_ALLOWED_PACKAGES);
    if (!checked.ok) {
      for (const { index, message } of checked.problems)
        details.push({ field: `requirements.${index}`, message });
    }
  }
  // A new mode changes which function the code must define (evaluate or evaluate_pair).
  if (
    definition.type === 'code' &&
    (given.code !== undefined || given.mode !== undefined) &&
    definition.code !== null
  ) {
    const entry = definition.mode === 'pairwise' ? 'evaluate_pair' : 'evaluate';
    const compiled = await deps.codeValidator.validate(definition.code, entry);
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

/** The template variables a judge of this mode sees. */
export const templateKindOf = (mode: EvaluationMode): TemplateKind => (mode === 'pointwise' ? 'judge' : mode);

/**
 * What a comparing evaluator cannot have: a comparison is a verdict between outputs, not a score,
 * so it has no threshold or scale; its judge answers in Assay's verdict format, not a custom one.
 */
function modeProblems(definition: EvaluatorDefinition): ErrorDetail[] {
  const { mode } = definition;
  if (mode === 'pointwise') {
    return definition.position_swap === null
      ? []
      : [{ field: 'position_swap', message: 'only pairwise evaluators judge in both orders' }];
  }
  // Code compares two outputs (evaluate_pair); ranking them all takes a judge.
  const comparesHere = definition.type === 'judge' || (definition.type === 'code' && mode === 'pairwise');
  if (!comparesHere) {
    return [
      {
        field: 'mode',
        message:
          definition.type === 'code'
            ? 'a code evaluator compares two outputs at most (pairwise, with evaluate_pair); listwise evaluation needs a judge'
            : `a ${definition.type} evaluator scores one output at a time; ${mode} evaluation needs a judge`,
      },
    ];
  }
  const problems: ErrorDetail[] = [];
  if (definition.threshold !== null)
    problems.push({ field: 'threshold', message: `a ${mode} verdict is not a score: it has no threshold` });
  if (definition.score_range !== null)
    problems.push({ field: 'score_range', message: `a ${mode} verdict is not a score: it has no scale` });
  if (definition.panel_models !== null && mode === 'listwise')
    problems.push({ field: 'panel_models', message: 'listwise judges are single judges (no panels yet)' });
  if (definition.panel_models !== null && mode === 'pairwise' && definition.panel_aggregate !== 'majority') {
    problems.push({
      field: 'panel_aggregate',
      message: "a pairwise panel's outcome is its judges' majority (win, loss or tie): use 'majority'",
    });
  }
  if (definition.inference_params?.response_format !== undefined) {
    problems.push({
      field: 'inference_params.response_format',
      message: `a ${mode} judge answers in Assay's verdict format; remove response_format`,
    });
  }
  if (mode === 'listwise' && definition.position_swap !== null)
    problems.push({ field: 'position_swap', message: 'only pairwise evaluators judge in both orders' });
  return problems;
}

/** A panel names served models, each once, none the same as `judge_model`; an aggregate needs a panel. */
function panelProblems(
  definition: EvaluatorDefinition,
  given: Partial<Record<keyof EvaluatorDefinition, unknown>>,
  deps: Pick<EvaluatorCheckDeps, 'providers'>,
): ErrorDetail[] {
  const details: ErrorDetail[] = [];
  if (given.panel_aggregate !== undefined && definition.panel_models === null) {
    details.push({
      field: 'panel_aggregate',
      message: 'needs panel_models: an aggregate of one judge is that judge',
    });
  }
  if (given.panel_models === undefined && given.judge_model === undefined) return details;
  const seen = new Set([definition.judge_model]);
  (definition.panel_models ?? []).forEach((model, index) => {
    const field = `panel_models.${index}`;
    if (seen.has(model))
      details.push({ field, message: `'${model}' is already on the panel (or is judge_model)` });
    else if (!deps.providers.resolve(model))
      details.push({ field, message: deps.providers.explainUnserved(model) });
    seen.add(model);
  });
  return details;
}
