import { SeededRandom } from './seeded-random.js';
import type { FakeFault, FaultSettings, RandomFaultKind } from './types.js';

const DEFAULT_KINDS: RandomFaultKind[] = ['429', '500', '503'];
export const DEFAULT_RETRY_AFTER_SECONDS = 1;

/** Decides, reproducibly for a given seed and arrival order, which requests fail. */
export class FaultInjector {
  private settings: FaultSettings | undefined;
  private random: SeededRandom;

  constructor(private readonly initialSeed: number) {
    this.random = new SeededRandom(initialSeed);
  }

  configure(settings: FaultSettings): void {
    if (!(settings.rate >= 0 && settings.rate <= 1)) throw new RangeError('fault rate must be within [0, 1]');
    if (settings.kinds?.length === 0) throw new RangeError('fault kinds must not be empty');
    this.settings = settings;
    if (settings.seed !== undefined) this.random = new SeededRandom(settings.seed);
  }

  /** Also restores the initial seed, so a reset server replays the same fault sequence. */
  reset(): void {
    this.settings = undefined;
    this.random = new SeededRandom(this.initialSeed);
  }

  current(): FaultSettings | undefined {
    return this.settings;
  }

  draw(): FakeFault | undefined {
    if (!this.settings || this.settings.rate === 0) return undefined;
    if (this.random.next() >= this.settings.rate) return undefined;
    const kind = this.random.pick(this.settings.kinds ?? DEFAULT_KINDS) ?? '500';
    if (kind === '429') {
      return {
        fault: '429',
        retryAfterSeconds: this.settings.retryAfterSeconds ?? DEFAULT_RETRY_AFTER_SECONDS,
      };
    }
    return { fault: kind };
  }
}
