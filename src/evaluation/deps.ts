import type { Env } from '../platform/config.js';
import type { Logger } from '../platform/log.js';
import type { ModelClient } from '../models/modelClient.js';
import type { ProviderRegistry } from '../models/providers.js';
import type { AnswerWriteBuffer } from '../models/bufferedResponseCache.js';
import type { ResponseCacheStore } from '../models/responseCache.js';
import type { CodeSandbox } from '../sandbox/index.js';

/** What evaluating a batch needs from the outside world: settings, a logger, the model layer, the sandbox. */
export interface EvaluationDeps {
  env: Env;
  logger: Logger;
  providers: ProviderRegistry;
  modelClient: ModelClient;
  /** Answers already paid for, reused when a batch runs again after a crash; dropped when the run ends. */
  responseCache: ResponseCacheStore & { dropScope(scope: string): Promise<void> };
  /**
   * Where the batches of this process gather the answers they write to `responseCache` (one
   * insert for all the batches in flight); without it each batch gathers its own.
   */
  answerWrites?: AnswerWriteBuffer;
  sandbox: Pick<CodeSandbox, 'evaluateBatch'>;
  /** The time stamped on documents, passed in so tests can fix it. */
  clock: Clock;
}

/** The time activities and evaluation stamp on documents (unix seconds). */
export interface Clock {
  nowSeconds(): number;
}
