import type { Db } from 'mongodb';
import type { Env } from '../config.js';
import type { Logger } from '../log.js';
import type { ProviderRegistry } from '../models/providers.js';

/** What activities need from the outside world, passed in so tests can hand in real or fake parts. */
export interface ActivityDeps {
  env: Env;
  db: Db;
  logger: Logger;
  providers: ProviderRegistry;
}

export function createActivities(deps: ActivityDeps) {
  return {
    async markRunStarted(input: { projectId: string; runId: string }): Promise<void> {
      deps.logger.info(input, 'run started');
    },
  };
}

export type Activities = ReturnType<typeof createActivities>;
