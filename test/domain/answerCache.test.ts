import { describe, expect, it } from 'vitest';
import {
  cacheModeSchema,
  DEFAULT_CACHE_MODE,
  isDeterministicRequest,
  projectCacheScope,
  usesProjectCache,
} from '../../src/domain/answerCache.js';
import { responseCacheKey, type ResponseCacheKeyParts } from '../../src/models/responseCache.js';
import { responseCacheCollection } from '../../src/store/responseCache.js';

describe('the project answer cache policy', () => {
  it('reads only the run cache unless a run asks for the project’s', () => {
    expect(DEFAULT_CACHE_MODE).toBe('run');
    expect(cacheModeSchema.safeParse('project').success).toBe(true);
    expect(cacheModeSchema.safeParse('global').success).toBe(false);
    expect(usesProjectCache({ cache: 'run', cacheNondeterministic: true }, { temperature: 0 })).toBe(false);
  });

  it('counts greedy or seeded requests as deterministic, and nothing else', () => {
    expect(isDeterministicRequest({ temperature: 0 })).toBe(true);
    expect(isDeterministicRequest({ temperature: 0.7, seed: 3 })).toBe(true);
    expect(isDeterministicRequest({ temperature: 0.7 })).toBe(false);
    expect(isDeterministicRequest({})).toBe(false);
    expect(isDeterministicRequest(undefined)).toBe(false);
    expect(isDeterministicRequest({ reasoning_effort: 'low' })).toBe(false);
  });

  it('caches a sampled request across runs only when the run asks', () => {
    const project = { cache: 'project' as const, cacheNondeterministic: false };
    expect(usesProjectCache(project, { temperature: 0 })).toBe(true);
    expect(usesProjectCache(project, { temperature: 1 })).toBe(false);
    expect(usesProjectCache({ ...project, cacheNondeterministic: true }, { temperature: 1 })).toBe(true);
  });

  it('keys a project’s answers alike across runs and apart from other projects', () => {
    const request: Omit<ResponseCacheKeyParts, 'scope'> = {
      baseURL: 'http://llm.test/v1',
      model: 'm',
      apiType: 'chat',
      messages: [{ role: 'user', content: 'hi' }],
      params: { temperature: 0 },
    };
    const scope = projectCacheScope('p1');
    expect(() => responseCacheCollection(scope)).not.toThrow();
    expect(responseCacheKey({ ...request, scope })).toBe(responseCacheKey({ ...request, scope }));
    expect(responseCacheKey({ ...request, scope })).not.toBe(
      responseCacheKey({ ...request, scope: projectCacheScope('p2') }),
    );
    expect(responseCacheKey({ ...request, scope })).not.toBe(
      responseCacheKey({ ...request, params: { temperature: 0, seed: 1 }, scope }),
    );
  });
});
