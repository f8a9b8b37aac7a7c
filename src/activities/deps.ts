import type { Db } from 'mongodb';
import type { Env } from '../platform/config.js';
import type { Logger } from '../platform/log.js';
import type { ModelClient } from '../models/modelClient.js';
import type { ProviderRegistry } from '../models/providers.js';
import type { ResponseCacheStore } from '../models/responseCache.js';
import type { CodeSandbox } from '../sandbox/index.js';

/** What activities need from the outside world, passed in so tests can hand in real or fake parts. */
export interface ActivityDeps {
  env: Env;
  db: Db;
  logger: Logger;
  providers: ProviderRegistry;
  modelClient: ModelClient;
  /** Answers already paid for, reused when a batch runs again after a crash; dropped when the run ends. */
  responseCache: ResponseCacheStore & { deleteScope(scope: string): Promise<number> };
  sandbox: Pick<CodeSandbox, 'evaluateBatch'>;
}
