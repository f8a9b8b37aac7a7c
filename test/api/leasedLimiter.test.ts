import { RateLimiterMemory } from 'rate-limiter-flexible';
import { describe, expect, it } from 'vitest';
import { LeasedLimiter, leaseSize } from '../../src/api/leasedLimiter.js';

/**
 * The lease logic over rate-limiter-flexible's in-memory window, which counts as the store's does
 * (the service's RateLimiterMongo is the same library class over MongoDB): `commands` counts what
 * would be store commands.
 */
function sharedWindow(points: number) {
  const window = new RateLimiterMemory({ points, duration: 60 });
  let commands = 0;
  return {
    window,
    commands: () => commands,
    consume: (name: string, taken?: number) => {
      commands++;
      return window.consume(name, taken);
    },
  };
}

async function takeAll(limiter: LeasedLimiter, name: string, count: number) {
  const taken = [];
  for (let i = 0; i < count; i++) taken.push(await limiter.take(name));
  return taken;
}

describe('a rate limit taken a lease at a time', () => {
  it('sizes leases at a fiftieth of the limit, 1 to 20: small limits count one by one', () => {
    expect([3, 49, 50, 600, 3000, 1_000_000].map(leaseSize)).toEqual([1, 1, 1, 12, 20, 20]);
  });

  it('alone, counts exactly with one store command per lease, and refuses past the limit without one', async () => {
    const shared = sharedWindow(600);
    const limiter = new LeasedLimiter(shared, 600);
    const taken = await takeAll(limiter, 'key_a', 601);
    expect(taken.slice(0, 600).every((t) => !t.over)).toBe(true);
    expect(taken.slice(0, 600).map((t) => t.remaining)).toEqual(
      Array.from({ length: 600 }, (_, i) => 599 - i),
    );
    expect(taken[600]).toMatchObject({ over: true, remaining: 0 });
    expect(taken[600]!.msBeforeNext).toBeGreaterThan(0);
    expect(shared.commands()).toBe(50);
    // Another name has a window of its own.
    expect(await limiter.take('key_b')).toMatchObject({ over: false, remaining: 599 });
  });

  it('shared by two processes, never lets more than the limit through', async () => {
    // Leases of 2: the last one crosses the limit, and only its first point is spent.
    const shared = sharedWindow(111);
    const first = new LeasedLimiter(shared, 111);
    const second = new LeasedLimiter(shared, 111);
    let allowed = 0;
    for (let i = 0; i < 70; i++) {
      for (const process of [first, second]) if (!(await process.take('prj')).over) allowed++;
    }
    expect(allowed).toBe(111);
  });

  it('spends only the points below the limit of a lease that crosses it', async () => {
    const shared = sharedWindow(110); // leases of 2
    await shared.window.consume('prj', 109); // another process's requests
    const limiter = new LeasedLimiter(shared, 110);
    expect(await limiter.take('prj')).toMatchObject({ over: false, remaining: 0 });
    expect(await limiter.take('prj')).toMatchObject({ over: true, remaining: 0 });
  });

  it('has requests that arrive together share one command', async () => {
    const shared = sharedWindow(600);
    const limiter = new LeasedLimiter(shared, 600);
    const taken = await Promise.all(Array.from({ length: 12 }, () => limiter.take('key_a')));
    expect(taken.every((t) => !t.over)).toBe(true);
    expect(new Set(taken.map((t) => t.remaining)).size).toBe(12);
    expect(shared.commands()).toBe(1);
  });

  it('takes a new lease once its window has ended, whatever it has left', async () => {
    const shared = sharedWindow(600);
    let now = 1_000_000;
    const limiter = new LeasedLimiter(shared, 600, () => now);
    await limiter.take('key_a');
    await limiter.take('key_a');
    expect(shared.commands()).toBe(1);
    now += 61_000;
    await limiter.take('key_a');
    expect(shared.commands()).toBe(2);
  });

  it('passes a store failure on to the request', async () => {
    const failing = { consume: () => Promise.reject(new Error('store unreachable')) };
    await expect(new LeasedLimiter(failing, 600).take('key_a')).rejects.toThrow('store unreachable');
  });
});
