import { beforeAll, describe, expect, it } from 'vitest';
import { answerCacheMaxAgeSeconds } from '../../../src/domain/answerCache.js';
import { forgetStaleProjectAnswers } from '../../../src/store/projectAnswers.js';
import { copiesOf } from '../../support/leftovers.js';
import { judgePrompt, post, seedContainer, seedJudge, useRunKit, waitForRun } from '../../support/runKit.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

/**
 * The project answer cache: a run started with `cache: "project"` reads the answers earlier
 * runs of the project paid for, so the same run started twice asks the model nothing the
 * second time. The judge here sets no temperature or seed (a sampled request), so it is
 * shared only with `cache_nondeterministic: true`; the default (`cache: "run"`) shares nothing.
 */
const logs = Array.from({ length: 4 }, (_, i) => ({ input: `question ${i}`, output: `answer ${i}` }));

describe('the project answer cache', () => {
  const kit = useRunKit();
  beforeAll(async () => {
    await seedContainer(kit.stack, 'pc', logs);
    await seedJudge(kit.stack, 'pc', 'pc-judge');
  });

  const runToEnd = async (body: Json) =>
    waitForRun(kit.stack, (await post(kit.stack, '/v1/evaluations/runs', body)).id);
  const run = { container: 'pc', evaluators: ['pc-judge'], sample: { type: 'container' } };

  it('the same run started twice with the project cache makes no model call the second time', async () => {
    kit.fake.reset();
    const first = await runToEnd({ ...run, cache: 'project', cache_nondeterministic: true });
    expect(first.status).toBe('completed');
    expect(kit.fake.requests).toHaveLength(logs.length);
    expect(first.config.request.cache).toBe('project');

    kit.fake.reset();
    const second = await runToEnd({ ...run, cache: 'project', cache_nondeterministic: true });
    expect(second.status).toBe('completed');
    expect(kit.fake.requests).toHaveLength(0);
    expect(second.metrics.by_evaluator[0]).toMatchObject({
      count: logs.length,
      scored: logs.length,
      errors: 0,
    });
    expect(second.metrics.by_evaluator[0].mean).toBe(first.metrics.by_evaluator[0].mean);
    // Paid for once: the second run spent nothing and reports what the cache saved it.
    expect(first.estimated_spend.actual_usd).toBeGreaterThan(0);
    expect(first.estimated_spend).toMatchObject({ cache_hits: 0, saved_usd: 0 });
    expect(second.estimated_spend.actual_usd).toBe(0);
    expect(second.estimated_spend.cache_hits).toBe(logs.length);
    expect(second.estimated_spend.saved_usd).toBeCloseTo(first.estimated_spend.actual_usd, 12);
    const results = (await kit.stack.call('GET', `/v1/evaluations/runs/${second.id}/results`)).body.data;
    expect(results.map((r: Json) => [r.cache_hits, r.spend_usd, r.tokens.input])).toEqual(
      logs.map(() => [1, 0, 0]),
    );
  });

  it('counts a generation the cache answered once per item and model, whatever the evaluators', async () => {
    // A prompt of its own: two identical requests would share one answer within the first run.
    await seedJudge(kit.stack, 'pc', 'pc-judge-2', { prompt: `Second opinion.\n${judgePrompt}` });
    const generate = {
      container: 'pc',
      evaluators: ['pc-judge', 'pc-judge-2'],
      sample: { type: 'generate', models: ['fake/model-a'] },
      ground_truth: { type: 'container' },
      cache: 'project',
      cache_nondeterministic: true,
    };
    const first = await runToEnd(generate);
    expect(first.status).toBe('completed');
    kit.fake.reset();
    const second = await runToEnd(generate);
    expect(kit.fake.requests).toHaveLength(0);
    // 4 generations (counted once, though both evaluators' results carry them) + 4 × 2 judgments.
    expect(second.estimated_spend.cache_hits).toBe(logs.length * 3);
    expect(second.estimated_spend.actual_usd).toBe(0);
    expect(second.estimated_spend.saved_usd).toBeCloseTo(first.estimated_spend.actual_usd, 12);
  });

  it('reuses no answer older than ASSAY_ANSWER_CACHE_DAYS, and the sweep deletes those', async () => {
    const body = { ...run, cache: 'project', cache_nondeterministic: true };
    await runToEnd(body);
    const db = kit.stack.mongo.db;
    const caches = (await db.listCollections({}, { nameOnly: true }).toArray())
      .map(({ name }) => name)
      .filter((name) => name.startsWith('model_responses_project_'));
    expect(caches).toHaveLength(1);
    const keepSeconds = answerCacheMaxAgeSeconds(30); // the default
    const aged = Math.floor(Date.now() / 1000) - keepSeconds - 60;
    await db.collection(caches[0]!).updateMany({}, { $set: { created_at: aged } });

    kit.fake.reset();
    const again = await runToEnd(body);
    expect(again.status).toBe('completed');
    expect(kit.fake.requests).toHaveLength(logs.length);
    expect(again.estimated_spend.cache_hits).toBe(0);

    // The fresh answers the run just paid for replaced none of the aged ones (first write wins),
    // so the sweep finds every aged answer and nothing else.
    const stored = await db.collection(caches[0]!).countDocuments({});
    const stale = await db.collection(caches[0]!).countDocuments({ created_at: aged });
    expect(stale).toBeGreaterThanOrEqual(logs.length);
    expect(await forgetStaleProjectAnswers(db, keepSeconds)).toBe(stale);
    expect(await db.collection(caches[0]!).countDocuments({})).toBe(stored - stale);
  });

  it('shares no sampled answer unless the run asks, and a run-cache run shares nothing', async () => {
    kit.fake.reset();
    const sampled = await runToEnd({ ...run, cache: 'project' });
    expect(sampled.status).toBe('completed');
    expect(kit.fake.requests).toHaveLength(logs.length);

    kit.fake.reset();
    const own = await runToEnd(run);
    expect(own.status).toBe('completed');
    expect(kit.fake.requests).toHaveLength(logs.length);
  });

  it('keeps no cached answer quoting data the user deleted', async () => {
    await seedContainer(kit.stack, 'pc-doomed', [
      { input: 'doomed secret question', output: 'doomed answer' },
    ]);
    await seedJudge(kit.stack, 'pc-doomed', 'pc-doomed-judge');
    kit.fake.reset();
    const done = await runToEnd({
      container: 'pc-doomed',
      evaluators: ['pc-doomed-judge'],
      sample: { type: 'generate', models: ['fake/model-a'] },
      ground_truth: { type: 'container' },
      cache: 'project',
      cache_nondeterministic: true,
    });
    expect(done.status).toBe('completed');
    // The generated answer (the fake echoes its prompt) quotes the task log.
    const cached = (await copiesOf(kit.stack.mongo.db, 'doomed secret question')).filter((where) =>
      where.startsWith('model_responses_project_'),
    );
    expect(cached.length).toBeGreaterThan(0);
    await kit.stack.request('DELETE', '/v1/evaluators/pc-doomed-judge');
    const deleted = await kit.stack.call('DELETE', '/v1/containers/pc-doomed');
    expect(deleted.status).toBe(200);
    const left = (await copiesOf(kit.stack.mongo.db, 'doomed secret question')).filter((where) =>
      where.startsWith('model_responses_project_'),
    );
    expect(left).toEqual([]);
  });

  it('refuses an unknown cache mode naming the field', async () => {
    const response = await kit.stack.call('POST', '/v1/evaluations/runs', {
      body: { ...run, cache: 'global' },
    });
    expect(response.status).toBe(422);
    expect(JSON.stringify(response.body)).toContain('cache');
  });
});
