import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CallLimiter, LIMIT_REFRESH_MS } from '../../src/models/limits/callLimiter.js';
import { FairQueue } from '../../src/models/limits/fairQueue.js';
import type { LimitBoard, WorkerPresence } from '../../src/models/limits/limitBoard.js';
import { LimitGate, type Backoff, type GateLease } from '../../src/models/limits/limitGate.js';
import type { Provider, ResolvedModel } from '../../src/models/providers.js';

/**
 * The provider allowance, server-free: one gate's pacing, turns and backoff on a fake clock, and
 * workers splitting an allowance through a board held in memory (the store's is tested with the
 * worker processes in test/operations/providerLimits.test.ts).
 */

beforeEach(() => vi.useFakeTimers({ now: 1_000_000 }));
afterEach(() => vi.useRealTimers());

/** Takes a turn for each scope in order; resolves the grants' scopes in the order granted. */
function queueCalls(gate: LimitGate, scopes: string[], tokens = 0) {
  const granted: string[] = [];
  const leases: GateLease[] = [];
  const waits = scopes.map((scope) =>
    gate.acquire(scope, tokens).then(({ lease }) => {
      granted.push(scope);
      leases.push(lease);
    }),
  );
  return { granted, leases, waits };
}

describe('FairQueue', () => {
  it('serves scopes in turn, each in arrival order', () => {
    const queue = new FairQueue<string>();
    for (const waiter of ['a1', 'a2', 'a3', 'a4']) queue.push('a', waiter);
    queue.push('b', 'b1');
    queue.push('b', 'b2');
    queue.push('c', 'c1');
    const order = Array.from({ length: 7 }, () => queue.shift());
    expect(order).toEqual(['a1', 'b1', 'c1', 'a2', 'b2', 'a3', 'a4']);
    expect(queue.size).toBe(0);
    expect(queue.shift()).toBeUndefined();
  });

  it("serves a scope's lower orders first, arrival order within one, and still takes turns by scope", () => {
    const queue = new FairQueue<string>();
    // Batches 0 and 1 of run a, their calls interleaved as their items come; run b beside them.
    queue.push('a', 'a1-first', 1);
    queue.push('a', 'a0-first', 0);
    queue.push('b', 'b0', 0);
    queue.push('a', 'a1-second', 1);
    queue.push('a', 'a0-second', 0);
    queue.push('a', 'a2', 2);
    const order = Array.from({ length: 6 }, () => queue.shift());
    expect(order).toEqual(['a0-first', 'b0', 'a0-second', 'a1-first', 'a1-second', 'a2']);
    expect(queue.remove('a', 'a2')).toBe(false);
  });

  it('takes a cancelled waiter out of its turn', () => {
    const queue = new FairQueue<string>();
    queue.push('a', 'a1');
    queue.push('b', 'b1');
    expect(queue.remove('a', 'a1')).toBe(true);
    expect(queue.remove('a', 'a1')).toBe(false);
    queue.push('b', 'b2', 2);
    expect(queue.remove('b', 'b2')).toBe(true);
    expect(queue.shift()).toBe('b1');
    expect(queue.size).toBe(0);
  });
});

describe('LimitGate', () => {
  it('lets max_concurrency calls run at once, the next when one ends', async () => {
    const gate = new LimitGate('p', { concurrency: 2 });
    const { granted, leases } = queueCalls(gate, ['r', 'r', 'r']);
    await vi.advanceTimersByTimeAsync(0);
    expect(granted).toHaveLength(2);
    leases[0]!.release();
    await vi.advanceTimersByTimeAsync(0);
    expect(granted).toHaveLength(3);
  });

  it('alternates runs: a small run waits behind no more than its own turns', async () => {
    const gate = new LimitGate('p', { concurrency: 1 });
    const { granted, leases } = queueCalls(gate, [...Array(6).fill('big'), 'small', 'small']);
    for (let i = 0; i < 8; i++) {
      await vi.advanceTimersByTimeAsync(0);
      leases[i]?.release();
    }
    await vi.advanceTimersByTimeAsync(0);
    // The first big call went at once, the second had the first turn; then turns alternate.
    expect(granted).toEqual(['big', 'big', 'small', 'big', 'small', 'big', 'big', 'big']);
  });

  it("gives a freed slot to the run's earliest batch waiting, whatever came first", async () => {
    const gate = new LimitGate('p', { concurrency: 1 });
    const granted: string[] = [];
    const leases: GateLease[] = [];
    const call = (name: string, order: number) =>
      void gate.acquire('r', 0, undefined, order).then(({ lease }) => {
        granted.push(name);
        leases.push(lease);
      });
    call('batch 3', 3);
    call('batch 5', 5);
    call('batch 4', 4);
    call('batch 3 again', 3);
    for (let i = 0; i < 4; i++) {
      await vi.advanceTimersByTimeAsync(0);
      leases[i]?.release();
    }
    expect(granted).toEqual(['batch 3', 'batch 3 again', 'batch 4', 'batch 5']);
  });

  it('paces requests_per_minute under the allowance over any minute, making up a quarter second of unused pace', async () => {
    const gate = new LimitGate('p', { concurrency: 1000, requestsPerMinute: 600 });
    const { granted, leases } = queueCalls(gate, Array(2_000).fill('r'));
    await vi.advanceTimersByTimeAsync(0);
    // A quarter second's worth at once (the pace nobody used before the calls came), then evenly.
    expect(granted).toHaveLength(3);
    await vi.advanceTimersByTimeAsync(60_000 - 1);
    for (const lease of leases) lease.release();
    // 96% of 600 plus the made-up quarter second: a provider counting over the minute never refuses.
    expect(granted.length).toBeGreaterThanOrEqual(576);
    expect(granted.length).toBeLessThanOrEqual(600);
  });

  it('spends tokens_per_minute, settling each call at what it used', async () => {
    // 6,000 a minute: 100 a second.
    const gate = new LimitGate('p', { concurrency: 1000, tokensPerMinute: 6_000 });
    const first = await gate.acquire('r', 50);
    // The bucket still has tokens: the next call goes, and the first one turns out to have used 1,000.
    const second = await gate.acquire('r', 10);
    first.lease.release(1_000);
    second.lease.release(10);
    let third = false;
    void gate.acquire('r', 10).then(() => (third = true));
    // About 960 tokens owed at 99 a second: nearly ten seconds.
    await vi.advanceTimersByTimeAsync(9_000);
    expect(third).toBe(false);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(third).toBe(true);
  });

  it('on a 429 holds every call for Retry-After, cuts the allowance by a quarter, and grows it back', async () => {
    const gate = new LimitGate('p', { concurrency: 8 });
    const backoff = gate.rateLimited(2_000)!;
    expect(backoff).toEqual({ factor: 0.75, cutAt: Date.now(), pausedUntil: Date.now() + 2_000 });
    // The 429s of calls already in flight answer the same overload: no second cut at once.
    expect(gate.rateLimited(undefined)!.factor).toBe(0.75);
    const { granted } = queueCalls(gate, Array(8).fill('r'));
    await vi.advanceTimersByTimeAsync(1_999);
    expect(granted).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(granted).toHaveLength(6); // three quarters of 8, the allowance grown back by a hair only
    await vi.advanceTimersByTimeAsync(60_000);
    expect(gate.factor()).toBe(1);
  });

  it('adopts a newer cut from another worker, and keeps the later pause', () => {
    const gate = new LimitGate('p', { concurrency: 8 });
    const now = Date.now();
    gate.adopt({ factor: 0.25, cutAt: now, pausedUntil: now + 5_000 });
    expect(gate.factor()).toBe(0.25);
    gate.adopt({ factor: 0.5, cutAt: now - 1_000, pausedUntil: now + 1_000 });
    expect(gate.factor()).toBe(0.25);
  });

  it('drops a cancelled call from the queue with its reason', async () => {
    const gate = new LimitGate('p', { concurrency: 1 });
    const first = await gate.acquire('r', 0);
    const cancel = new AbortController();
    const waiting = gate.acquire('r', 0, cancel.signal);
    cancel.abort(new Error('batch cancelled'));
    await expect(waiting).rejects.toThrow('batch cancelled');
    expect(gate.waiting).toBe(0);
    first.lease.release();
  });
});

/** The store's board, in memory. */
class MemoryBoard implements LimitBoard {
  readonly presence = new Map<string, WorkerPresence>();
  readonly cuts = new Map<string, Backoff>();
  async beat(p: WorkerPresence) {
    this.presence.set(p.workerId, p);
  }
  async presences() {
    return [...this.presence.values()];
  }
  async leave(workerId: string) {
    this.presence.delete(workerId);
  }
  async sweep(before: number) {
    for (const [id, p] of this.presence) if (p.seenAt < before) this.presence.delete(id);
  }
  async publishBackoff(key: string, backoff: Backoff) {
    this.cuts.set(key, backoff);
  }
  async backoffs() {
    return new Map(this.cuts);
  }
}

const provider = (overrides: Partial<Provider> = {}): Provider => ({
  name: 'fake',
  baseURL: 'http://127.0.0.1:1/v1',
  apiKey: undefined,
  headers: {},
  maxConcurrency: 6,
  modelLimits: {},
  timeoutMs: 1_000,
  prices: {},
  models: undefined,
  ...overrides,
});
const resolved = (p: Provider, model = 'm'): ResolvedModel => ({
  slug: `${p.name}/${model}`,
  provider: p,
  model,
});

describe('CallLimiter across workers', () => {
  it('splits an allowance among the workers using it, and gives it back when one leaves', async () => {
    const board = new MemoryBoard();
    const fake = resolved(provider());
    const [a, b] = [new CallLimiter({ board }), new CallLimiter({ board })];
    const grants = { a: 0, b: 0 };
    const call = (limiter: CallLimiter, counter: 'a' | 'b') =>
      void limiter.acquire(fake, { scope: 'r', tokens: 0 }).then((permit) => {
        grants[counter]++;
        return permit;
      });
    // Worker a alone: all 6 at once.
    for (let n = 0; n < 6; n++) call(a, 'a');
    a.start();
    await vi.advanceTimersByTimeAsync(LIMIT_REFRESH_MS);
    expect(grants.a).toBe(6);
    // Worker b joins with calls of its own; after a beat each has half the allowance.
    b.start();
    for (let n = 0; n < 6; n++) call(b, 'b');
    await vi.advanceTimersByTimeAsync(LIMIT_REFRESH_MS);
    // b counted a from its first beat: it took 3, not 6.
    expect(grants.b).toBe(3);
    // a's calls are still running: a new one of a's waits (its part is 3 now, 6 in flight).
    call(a, 'a');
    await vi.advanceTimersByTimeAsync(LIMIT_REFRESH_MS);
    expect(grants.a).toBe(6);
    // a leaves the board: b gets the whole allowance at its next beat.
    await a.stop();
    await vi.advanceTimersByTimeAsync(LIMIT_REFRESH_MS);
    expect(grants.b).toBe(6);
    await b.stop();
    expect(board.presence.size).toBe(0);
  });

  it("publishes a 429's cut so the other workers back off too", async () => {
    const board = new MemoryBoard();
    const fake = resolved(provider());
    const [a, b] = [new CallLimiter({ board }), new CallLimiter({ board })];
    a.start();
    b.start();
    a.rateLimited(fake, 3_000);
    await vi.advanceTimersByTimeAsync(LIMIT_REFRESH_MS);
    let granted = false;
    void b.acquire(fake, { scope: 'r', tokens: 0 }).then(() => (granted = true));
    await vi.advanceTimersByTimeAsync(2_000);
    expect(granted).toBe(false); // b holds its calls for a's Retry-After
    await vi.advanceTimersByTimeAsync(1_000);
    expect(granted).toBe(true);
    await Promise.all([a.stop(), b.stop()]);
  });

  it("holds a call to both its model's allowance and its provider's", async () => {
    const p = provider({ maxConcurrency: 4, modelLimits: { slow: { max_concurrency: 1 } } });
    const limiter = new CallLimiter();
    const first = await limiter.acquire(resolved(p, 'slow'), { scope: 'r', tokens: 0 });
    let second = false;
    void limiter.acquire(resolved(p, 'slow'), { scope: 'r', tokens: 0 }).then(() => (second = true));
    // Another model of the provider is not held by the slow model's limit.
    await limiter.acquire(resolved(p, 'fast'), { scope: 'r', tokens: 0 });
    await vi.advanceTimersByTimeAsync(0);
    expect(second).toBe(false);
    first.release();
    await vi.advanceTimersByTimeAsync(0);
    expect(second).toBe(true);
  });
});
