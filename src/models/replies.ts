/** Tokens of one call; `cached`: the input tokens the provider served from its prompt cache, when it says. */
export interface TokenUsage {
  input: number;
  output: number;
  cached?: number;
}

/** What both provider APIs' replies (chat completions, responses) reduce to. */
export interface ReplyContent {
  text: string;
  usage: TokenUsage;
  /** The tool calls the model made (chat `tool_calls`, Responses `function_call` items), as the API gave them. */
  toolCalls?: Record<string, unknown>[];
  model: string | undefined;
}

/** One completion as the rest of Assay sees it, whether the provider answered or the cache did. */
export interface ModelReply {
  text: string;
  usage: TokenUsage;
  toolCalls?: Record<string, unknown>[];
  /** Time of the model call itself, not of waiting for the provider's allowance. */
  latencyMs: number;
  /** Time the call waited for the provider's allowance (absent on cached answers: never kept). */
  waitedMs?: number;
  model: string;
  /**
   * True when the answer came from the cache. Usage and latency are then those of
   * the original call: the answer was paid for once, and the result that would have
   * recorded that cost was (usually) lost with the crashed attempt.
   */
  cached: boolean;
  /**
   * Present when the answer came from the project's answer cache, paid for by an earlier run:
   * `usage` is then zero (this run paid nothing) and this is what the original call used, so the
   * run can report the spend the cache saved.
   */
  savedUsage?: TokenUsage;
}

/** Embeddings of a list of texts, in the order given. */
export interface EmbeddingReply {
  vectors: number[][];
  usage: { input: number; output: number };
}
