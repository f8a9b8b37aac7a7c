import type { CodeEvalItem } from '../sandbox/types.js';
import type { TemplateNamespaces } from './template.js';

/**
 * A python grader runs in the code-evaluator sandbox, which calls
 * `evaluate(sample, ground_truth)` with fixed keys. The grader's source is wrapped
 * so that `grade(sample, item)` receives OpenAI's two arguments, carried in the
 * sandbox sample's `input` (the sample namespace) and `output` (the item).
 */
export function pythonGraderCode(source: string): string {
  return `${source}

def evaluate(sample, ground_truth):
    return float(grade(sample["input"], sample["output"]))
`;
}

export function pythonGraderItem(key: string, ns: TemplateNamespaces): CodeEvalItem {
  return {
    key,
    sample: { input: ns.sample ?? null, output: ns.item, metadata: {}, model: null },
    ground_truth: null,
  };
}
