import { SeededRandom } from './seeded-random.js';
import type { Latency } from './types.js';

/** Has its own generator so that changing latency never shifts which requests get faults. */
export class LatencySchedule {
  private random: SeededRandom;

  constructor(
    private latency: Latency,
    seed: number,
  ) {
    assertValidLatency(latency);
    this.random = new SeededRandom(seed);
  }

  set(latency: Latency): void {
    assertValidLatency(latency);
    this.latency = latency;
  }

  current(): Latency {
    return this.latency;
  }

  sampleMs(): number {
    if (typeof this.latency === 'number') return this.latency;
    return Math.round(this.random.between(this.latency.min, this.latency.max));
  }
}

function assertValidLatency(latency: Latency): void {
  const [min, max] = typeof latency === 'number' ? [latency, latency] : [latency.min, latency.max];
  if (!(min >= 0 && max >= min && Number.isFinite(max))) {
    throw new RangeError(`invalid latency ${JSON.stringify(latency)}: need 0 <= min <= max`);
  }
}
