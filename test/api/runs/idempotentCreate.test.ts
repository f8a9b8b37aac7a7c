import { beforeAll, describe, expect, it } from 'vitest';
import { runCreateSchema } from '../../../src/domain/runs.js';
import { createRun, type CreatedRun } from '../../../src/api/runs/createRun.js';
import type { ProjectStore } from '../../../src/store/index.js';
import { bootstrapProject } from '../../support/apiChecks.js';
import { useTestStack } from '../../support/testStack.js';
import { waitUntil } from '../../support/waitFor.js';
import { seedContainer, seedJudge } from '../../support/runKit.js';

/**
 * Idempotency-Key on run creation under concurrency: one request creates the run,
 * any other with the same key replays it — also while the first is still slow.
 * No worker: runs only need to be created here, not to run.
 */
describe('creating a run with an Idempotency-Key, concurrently', () => {
  const body = { container: 'bot', evaluators: ['quality'], sample: { type: 'container' } };

  const stack = useTestStack({ fakeLlm: true });
  beforeAll(async () => {
    await seedContainer(stack, 'bot', [{ input: 'q', output: 'a' }]);
    await seedJudge(stack, 'bot', 'quality');
  });

  /** The project's stores with their calls counted; `holdInserts` keeps run inserts waiting until released. */
  async function countingStore(holdInserts?: Promise<void>) {
    const store: ProjectStore = await bootstrapProject(stack);
    const calls = { inserts: 0, claims: 0 };
    const insert = store.runs.insert.bind(store.runs);
    store.runs.insert = async (doc) => {
      calls.inserts++;
      await holdInserts;
      return insert(doc);
    };
    const claim = store.runIdempotency.claim.bind(store.runIdempotency);
    store.runIdempotency.claim = (...args) => {
      calls.claims++;
      return claim(...args);
    };
    return { store, calls };
  }

  const create = (store: ProjectStore, key: string): Promise<CreatedRun> =>
    createRun(
      { store, env: stack.env, providers: stack.api.ctx.providers, temporal: stack.api.ctx.temporal },
      runCreateSchema.parse(body),
      key,
    );

  it('a second request waits for a slow first one and replays its run, never creating it beside it', async () => {
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const first = await countingStore(held);
    const second = await countingStore();

    const firstAnswer = create(first.store, 'slow-create');
    await waitUntil(async () => first.calls.inserts === 1, { what: 'the first request to reach its insert' });
    const secondAnswer = create(second.store, 'slow-create');
    // The second asks again and again while the first holds the key (or, wrongly, finishes on its own).
    let secondDone = false;
    void secondAnswer.then(() => (secondDone = true));
    await waitUntil(async () => second.calls.claims >= 3 || secondDone, { what: 'the second request' });
    release();

    const [a, b] = await Promise.all([firstAnswer, secondAnswer]);
    expect(second.calls.inserts).toBe(0);
    expect(b.run.id).toBe(a.run.id);
    expect({ first: a.replayed, second: b.replayed }).toEqual({ first: false, second: true });
  });

  it('over HTTP: the same request sent five times at once makes one run, answered as created once', async () => {
    const answers = await Promise.all(
      Array.from({ length: 5 }, () =>
        stack.call('POST', '/v1/evaluations/runs', { body, headers: { 'idempotency-key': 'burst-1' } }),
      ),
    );
    expect(answers.map((a) => a.status)).toEqual([201, 201, 201, 201, 201]);
    expect(new Set(answers.map((a) => a.body.id)).size).toBe(1);
    expect(answers.filter((a) => a.headers.get('idempotent-replayed') !== 'true')).toHaveLength(1);
  });
});
