import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { parseArgs } from 'node:util';
import { FakeLlmProcess } from '../test/support/fake-llm/process.js';
import { growthEnv, measuredRun, runTimeoutMs as runTimeoutFor, seed, type RunFigures } from './growth.js';
import { fakeProviderEnv, startServices } from './services.js';
import { threadCpuMs } from './stackCpu.js';
import { warmUpStack } from './warmUp.js';

/**
 * The profiling harness: generate + judge runs in a row on one stack (warmed up first, as the
 * benches' are), each with its stack CPU per item by process and this process's CPU by thread,
 * and a CPU profile of the last run if asked. For A/B comparisons that the bench's one run per
 * figure is too noisy for: run it twice per build, alternating.
 *
 *   npm run bench:profile -- --items 1000 --latency 20 --runs 3 [--stacks 2] [--cpu-profile last.cpuprofile]
 *
 * Figures go to stdout, one line per run; the stack's own progress to stderr.
 */
const { values } = parseArgs({
  options: {
    items: { type: 'string', default: '1000' },
    latency: { type: 'string', default: '20' },
    runs: { type: 'string', default: '3' },
    stacks: { type: 'string', default: '1' },
    concurrency: { type: 'string', default: '32' },
    'cpu-profile': { type: 'string' },
  },
});
const count = (name: keyof typeof values, least = 1) => {
  const value = Number(values[name]);
  if (!Number.isInteger(value) || value < least)
    throw new Error(`--${name}: a whole number from ${least}, not ${values[name]}`);
  return value;
};
const items = count('items');
const latencyMs = count('latency', 0);
const runs = count('runs');
const stacks = count('stacks');
const concurrency = count('concurrency');
const profilePath = values['cpu-profile'];
/** At least 10 minutes a run, longer for a big one (the bench's rule per item). */
const runTimeoutMs = runTimeoutFor(items, 10 * 60_000);

/** The threads that took CPU between two readings, busiest first. */
function threadDelta(before: Map<string, number>, after: Map<string, number>): string {
  return [...after]
    .map(([thread, ms]) => [thread, ms - (before.get(thread) ?? 0)] as const)
    .filter(([, ms]) => ms > 0)
    .sort((a, b) => b[1] - a[1])
    .map(([thread, ms]) => `${thread} ${ms}`)
    .join(', ');
}

const figures = (run: RunFigures) => {
  const by = run.cpuMsPerItemBy;
  return (
    `${run.seconds.toFixed(2)} s, stack CPU ${run.cpuMsPerItem.toFixed(2)} ms per item ` +
    `(API + worker ${by.apiWorker.toFixed(2)}, store ${by.store.toFixed(2)}, Temporal ${by.temporal.toFixed(2)})`
  );
};

const services = await startServices(true, true);
const fake = await FakeLlmProcess.start();
const session = new Session();
session.connect();
try {
  for (let stackIndex = 1; stackIndex <= stacks; stackIndex++) {
    await services.withStack(
      true,
      async (stack) => {
        const warmUp = await warmUpStack(stack, services.local, fake, runTimeoutMs);
        console.log(`stack ${stackIndex} warm-up: ${figures(warmUp)}`);
        const seeded = await seed(stack);
        await fake.setLatency(latencyMs);
        for (let runIndex = 1; runIndex <= runs; runIndex++) {
          const profiled = profilePath !== undefined && stackIndex === stacks && runIndex === runs;
          if (profiled) {
            await session.post('Profiler.enable');
            await session.post('Profiler.start');
          }
          const before = threadCpuMs();
          const run = await measuredRun(stack, services.local, seeded, items, runTimeoutMs);
          const threads = threadDelta(before, threadCpuMs());
          if (profiled) {
            const { profile } = await session.post('Profiler.stop');
            writeFileSync(profilePath, JSON.stringify(profile));
          }
          console.log(
            `stack ${stackIndex} run ${runIndex}: ${items} items at ${latencyMs} ms, ${figures(run)}`,
          );
          console.log(`  this process by thread (ms): ${threads}`);
        }
      },
      { ...growthEnv(concurrency), ...fakeProviderEnv(fake.baseUrl, concurrency) },
    );
  }
  if (profilePath) console.log(`CPU profile of the last run: ${profilePath}`);
} finally {
  session.disconnect();
  await fake.close();
  await services.stop();
}
process.exit(0);
