import type { CodeValidator } from '../sandbox/index.js';
import { subGraders, type Grader, type SimpleGrader } from '../domain/graders.js';
import type { ErrorDetail } from '../domain/errors.js';
import type { ProviderRegistry } from '../models/providers.js';
import { formulaVariables, FormulaError, parseFormula } from './formula.js';
import { modelSlugOf } from './modelSlug.js';
import { pythonGraderCode } from './python.js';
import { compileRegex } from './regexCheck.js';
import { templateProblems } from './template.js';

export interface GraderCheckDeps {
  providers: ProviderRegistry;
  codeValidator: CodeValidator;
}

/** A template message's text parts, for checking their references. */
function templateTexts(content: unknown): string[] {
  if (typeof content === 'string') return [content];
  if (Array.isArray(content)) return content.flatMap(templateTexts);
  const text = (content as { text?: unknown } | null)?.text;
  return typeof text === 'string' ? [text] : [];
}

async function simpleProblems(
  grader: SimpleGrader,
  field: string,
  deps: GraderCheckDeps,
): Promise<ErrorDetail[]> {
  const problems: ErrorDetail[] = [];
  const checkTemplate = (text: string, at: string) => {
    for (const message of templateProblems(text)) problems.push({ field: at, message });
  };
  switch (grader.type) {
    case 'string_check':
    case 'text_similarity':
      checkTemplate(grader.input, `${field}.input`);
      checkTemplate(grader.reference, `${field}.reference`);
      break;
    case 'regex_check': {
      checkTemplate(grader.input, `${field}.input`);
      const compiled = compileRegex(grader.pattern, grader.flags);
      if (!compiled.ok) problems.push({ field: `${field}.pattern`, message: compiled.message });
      break;
    }
    case 'score_model':
    case 'label_model': {
      grader.input.forEach((message, i) => {
        for (const text of templateTexts(message.content)) checkTemplate(text, `${field}.input.${i}.content`);
      });
      const slug = modelSlugOf(grader.model);
      if (!deps.providers.resolve(slug)) {
        problems.push({ field: `${field}.model`, message: deps.providers.explainUnserved(slug) });
      }
      break;
    }
    case 'python': {
      if (grader.image_tag !== undefined) {
        problems.push({
          field: `${field}.image_tag`,
          message: 'Assay runs python graders in its own sandbox image (see the README); omit image_tag',
        });
      }
      const compiled = await deps.codeValidator.validate(pythonGraderCode(grader.source));
      if (!compiled.ok) {
        problems.push({
          field: `${field}.source`,
          message: compiled.message,
          line: compiled.line,
          column: compiled.column,
        });
      }
      break;
    }
  }
  return problems;
}

/** Every problem of a grader the schema cannot see: templates, formula, models, Python source. */
export async function graderProblems(
  grader: Grader,
  field: string,
  deps: GraderCheckDeps,
): Promise<ErrorDetail[]> {
  if (grader.type !== 'multi') return simpleProblems(grader, field, deps);
  const subs = subGraders(grader);
  const problems: ErrorDetail[] = [];
  for (const [name, sub] of Object.entries(subs))
    problems.push(...(await simpleProblems(sub, `${field}.graders.${name}`, deps)));
  try {
    const formula = parseFormula(grader.calculate_output);
    for (const name of formulaVariables(formula)) {
      if (!Object.hasOwn(subs, name)) {
        problems.push({
          field: `${field}.calculate_output`,
          message: `'${name}' is not one of the graders (${Object.keys(subs).join(', ')})`,
        });
      }
    }
  } catch (error) {
    if (!(error instanceof FormulaError)) throw error;
    problems.push({ field: `${field}.calculate_output`, message: error.message });
  }
  return problems;
}
