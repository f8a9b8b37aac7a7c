import { isRecord } from './completion-request.js';
import { defaultCompletionFor, defaultScoreFor } from './deterministic.js';
import type { FakeContentReply, FakeRequest } from './types.js';
import { comparisonReply, neutralComparisonJudge, type ComparisonJudgeSettings } from './comparison-judge.js';

const JUDGE_REASONING = 'Fake judge: the score is derived from a hash of the prompt.';
const MAX_STUB_DEPTH = 8;

/**
 * What the fake answers when no rule matches. Judges get a predictable score, other
 * structured requests a value shaped like their schema, and plain chat an echo.
 */
export function defaultReplyFor(
  req: FakeRequest,
  comparisons: ComparisonJudgeSettings = neutralComparisonJudge,
): FakeContentReply {
  const forced = forcedFunction(req.body);
  if (forced) {
    const stub = stubFromSchema(forced.parameters, defaultCompletionFor(req.model, req.lastUserText));
    const judged =
      hasScoreProperty(forced.parameters) && isRecord(stub) ? { ...stub, ...judgeVerdict(req) } : stub;
    return { content: '', toolCall: { name: forced.name, arguments: JSON.stringify(judged) } };
  }
  const format = req.responseFormat;
  if (format?.type === 'json_schema' && format.schema) {
    const compared = comparisonReply(req, askedProperties(format.schema), comparisons);
    if (compared) return { content: JSON.stringify(compared) };
    const stub = stubFromSchema(format.schema, defaultCompletionFor(req.model, req.lastUserText));
    const judged =
      hasScoreProperty(format.schema) && isRecord(stub) ? { ...stub, ...judgeVerdict(req) } : stub;
    return { content: JSON.stringify(judged) };
  }
  // json_object mode promises valid JSON, and in an evaluation system it is nearly always a judge asking.
  if (format?.type === 'json_object') {
    // A comparing judge in JSON mode is told the shape in its instruction.
    const asked = {
      winner: req.promptText.includes('"winner"'),
      ranking: req.promptText.includes('"ranking"'),
    };
    return { content: JSON.stringify(comparisonReply(req, asked, comparisons) ?? judgeVerdict(req)) };
  }
  return { content: defaultCompletionFor(req.model, req.lastUserText) };
}

function judgeVerdict(req: FakeRequest): { score: number; reasoning: string } {
  return { score: defaultScoreFor(req.promptText), reasoning: JUDGE_REASONING };
}

/** The function a chat request forces with `tool_choice`, if it declares it in `tools`. */
function forcedFunction(
  body: Record<string, unknown>,
): { name: string; parameters: Record<string, unknown> } | null {
  const choice = body.tool_choice;
  if (!isRecord(choice) || !isRecord(choice.function) || typeof choice.function.name !== 'string')
    return null;
  const name = choice.function.name;
  const tools = Array.isArray(body.tools) ? body.tools : [];
  const declared = tools
    .map((tool) => (isRecord(tool) ? tool.function : undefined))
    .find((fn) => isRecord(fn) && fn.name === name);
  if (!isRecord(declared)) return null;
  return { name, parameters: isRecord(declared.parameters) ? declared.parameters : {} };
}

function askedProperties(schema: Record<string, unknown>): { winner: boolean; ranking: boolean } {
  const properties = isRecord(schema.properties) ? schema.properties : {};
  return { winner: 'winner' in properties, ranking: 'ranking' in properties };
}

function hasScoreProperty(schema: Record<string, unknown>): boolean {
  return isRecord(schema.properties) && 'score' in schema.properties;
}

/** A minimal value that satisfies common JSON schemas; $ref is not resolved. */
export function stubFromSchema(schema: unknown, text: string, depth = 0): unknown {
  if (!isRecord(schema) || depth > MAX_STUB_DEPTH) return null;
  if ('const' in schema) return schema.const;
  if (Array.isArray(schema.enum)) return schema.enum[0] ?? null;
  const alternatives = schema.anyOf ?? schema.oneOf;
  if (Array.isArray(alternatives)) return stubFromSchema(alternatives[0], text, depth + 1);
  const type = Array.isArray(schema.type)
    ? schema.type.find((candidate) => candidate !== 'null')
    : schema.type;
  switch (type) {
    case 'object': {
      const properties = isRecord(schema.properties) ? schema.properties : {};
      return Object.fromEntries(
        Object.entries(properties).map(([key, property]) => [key, stubFromSchema(property, text, depth + 1)]),
      );
    }
    case 'array':
      return [];
    case 'string':
      return text;
    case 'number':
    case 'integer':
      return typeof schema.minimum === 'number' ? schema.minimum : 0;
    case 'boolean':
      return true;
    default:
      return null;
  }
}
