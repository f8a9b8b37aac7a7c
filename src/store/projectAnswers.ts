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
  // A scope's collection is `<RESPONSE_CACHE_COLLECTION>_<scope>`; project scopes share a prefix.
  const scopeOf = (name: string) => name.slice(RESPONSE_CACHE_COLLECTION.length + 1);
  const cache = new MongoResponseCache(db);
  let dropped = 0;
  for (const { name } of await db.listCollections({}, { nameOnly: true }).toArray()) {
    if (name.startsWith(`${RESPONSE_CACHE_COLLECTION}_`) && scopeOf(name).startsWith(projectCacheScope(''))) {
      dropped += await cache.deleteScope(scopeOf(name));
    }
  }
  return dropped;
}
