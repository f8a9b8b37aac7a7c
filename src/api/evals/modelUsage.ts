/** Token use of one model, in OpenAI's names (a run's `per_model_usage`, graders.run's usage per model). */
export interface ModelUsage {
  invocation_count: number;
  prompt_tokens: number;
  completion_tokens: number;
  total_tokens: number;
  cached_tokens: number;
}

/** Model calls' tokens added up per model, in the order the models were first seen. */
export class ModelUsageTally {
  readonly byModel = new Map<string, ModelUsage>();

  add(model: string, tokens: { input: number; output: number }, cached = 0): void {
    const usage = this.byModel.get(model) ?? {
      invocation_count: 0,
      prompt_tokens: 0,
      completion_tokens: 0,
      total_tokens: 0,
      cached_tokens: 0,
    };
    usage.invocation_count++;
    usage.prompt_tokens += tokens.input;
    usage.completion_tokens += tokens.output;
    usage.total_tokens += tokens.input + tokens.output;
    usage.cached_tokens += cached;
    this.byModel.set(model, usage);
  }
}
