import { z } from 'zod';
import type { InferenceParams } from './inferenceParams.js';

/**
 * Which cache a run reads model answers from: `run` keeps answers to the run itself (a
 * re-executed batch does not pay twice); `project` also reads and fills the project's
 * answer cache, so an identical request in a later run is not asked again.
 */
export const cacheModeSchema = z.enum(['run', 'project']);
export type CacheMode = z.infer<typeof cacheModeSchema>;
export const DEFAULT_CACHE_MODE: CacheMode = 'run';

/**
 * A request is deterministic by its own parameters when it asks for greedy decoding
 * (`temperature: 0`) or pins a `seed`. Anything else (no temperature, so the provider's default,
 * usually 1; a reasoning model, which samples) may legitimately answer differently each time,
 * so reusing one answer for it changes what the run measures: it is cached across runs only
 * when the run asks (`cache_nondeterministic: true`).
 */
export function isDeterministicRequest(params: InferenceParams | undefined): boolean {
  if (!params) return false;
  return params.temperature === 0 || params.seed !== undefined;
}

/** Whether a request may be answered from (and stored in) the project's answer cache. */
export function usesProjectCache(
  policy: { cache: CacheMode; cacheNondeterministic: boolean },
  params: InferenceParams | undefined,
): boolean {
  if (policy.cache !== 'project') return false;
  return policy.cacheNondeterministic || isDeterministicRequest(params);
}

/** How long a project answer cache keeps an answer (ASSAY_ANSWER_CACHE_DAYS), in seconds. */
export const answerCacheMaxAgeSeconds = (days: number) => days * 86_400;

/** The response cache scope of a project's shared answers (store scopes are `[A-Za-z0-9_-]`). */
export function projectCacheScope(projectId: string): string {
  return `project_${projectId}`;
}
