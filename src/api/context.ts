import type { Client, Connection } from '@temporalio/client';
import type { Env } from '../platform/config.js';
import type { Logger } from '../platform/log.js';
import type { ProviderRegistry } from '../models/providers.js';
import type { CodeValidator } from '../sandbox/index.js';
import type { MongoHandle } from '../store/mongo.js';
import { createStore, type Store } from '../store/index.js';
import { UploadSlots } from './uploadSlots.js';
import type { WebhookDispatcher } from '../webhooks/dispatcher.js';
import { webhookDispatcherFor } from '../webhooks/settings.js';

/** What the API process shares between requests; built once in main and passed down. */
export interface AppContext {
  env: Env;
  logger: Logger;
  mongo: MongoHandle;
  temporal: Client;
  /** Kept beside the client for health checks, which the client's ConnectionLike lacks. */
  temporalConnection: Connection;
  store: Store;
  providers: ProviderRegistry;
  codeValidator: CodeValidator;
  /** JSONL uploads in progress per project (ASSAY_MAX_CONCURRENT_UPLOADS). */
  uploadSlots: UploadSlots;
  /** Test events and redeliveries start their delivery workflows from the API. */
  webhooks: WebhookDispatcher;
}

export function createAppContext(parts: Omit<AppContext, 'store' | 'uploadSlots' | 'webhooks'>): AppContext {
  return {
    ...parts,
    webhooks: webhookDispatcherFor(parts.mongo.db, parts.temporal, parts.env),
    store: createStore(parts.mongo.db, parts.logger),
    uploadSlots: new UploadSlots(parts.env.ASSAY_MAX_CONCURRENT_UPLOADS),
  };
}
