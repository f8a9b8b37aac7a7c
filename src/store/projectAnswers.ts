import type { Db } from 'mongodb';
import { projectCacheScope } from '../domain/answerCache.js';
import { MongoResponseCache, RESPONSE_CACHE_COLLECTION } from './responseCache.js';

/**
 * The project answer caches hold model answers that may quote what the prompts carried (a task
 * log's input, a dataset item's output). So deleted data must not live on in them: deleting a
 * project's dataset, container or file empties its cache, and a retention sweep that expired
 * anything empties every project's. They are an optimisation; correctness does not depend on them.
 */
export async function forgetProjectAnswers(db: Db, projectId: string): Promise<number> {
  return new MongoResponseCache(db).deleteScope(projectCacheScope(projectId));
}

/** Empties every project's answer cache; returns how many answers went. */
export async function forgetAllProjectAnswers(db: Db): Promise<number> {
  const cache = new MongoResponseCache(db);
  let dropped = 0;
  for (const scope of await projectScopes(db)) dropped += await cache.deleteScope(scope);
  return dropped;
}

/**
 * Deletes the answers every project cache has kept longer than `maxAgeSeconds`
 * (ASSAY_ANSWER_CACHE_DAYS; reads already ignore them). Returns how many went.
 */
export async function forgetStaleProjectAnswers(
  db: Db,
  maxAgeSeconds: number,
  now = Math.floor(Date.now() / 1000),
): Promise<number> {
  const cache = new MongoResponseCache(db);
  let dropped = 0;
  for (const scope of await projectScopes(db))
    dropped += await cache.deleteBefore(scope, now - maxAgeSeconds);
  return dropped;
}

/** The scopes of the project caches that exist: a scope's collection is `<RESPONSE_CACHE_COLLECTION>_<scope>`. */
async function projectScopes(db: Db): Promise<string[]> {
  const prefix = `${RESPONSE_CACHE_COLLECTION}_${projectCacheScope('')}`;
  const names = await db.listCollections({}, { nameOnly: true }).toArray();
  return names
    .filter(({ name }) => name.startsWith(prefix))
    .map(({ name }) => name.slice(RESPONSE_CACHE_COLLECTION.length + 1));
}
