import path from 'node:path';
import { parseArgs } from 'node:util';
import { createLogger } from '../src/platform/log.js';
import { onShutdownSignal } from '../src/platform/shutdown.js';
import { FERRETDB_BUILD } from '../src/stack/mongo.js';
import { localDataDir } from '../src/stack/paths.js';
import { stderrProgress } from '../src/stack/progress.js';
import { FakeLlmProcess } from '../test/support/fake-llm/process.js';
import { fakeProviderEnv, startServices, withTimeout } from './services.js';
import type { InProcessStack } from '../test/support/inProcessStack.js';
import { benchApiLatency } from './api.js';
import { benchApiLoad } from './apiLoad.js';
import {
  benchGrowth,
  benchLatencyBound,
  growthEnv,
  measuredRun,
  runTimeoutMs as runTimeoutFor,
  seed,
  type GrowthOptions,
} from './growth.js';
import { benchDatasetUpload, benchLogIngestion } from './ingestion.js';
import {
  formatReport,
  loadAverage,
  machineInfo,
  round,
  writeReport,
  type BenchReport,
  type Measurement,
} from './report.js';
import { benchConsole } from './console.js';
import { evaluateGoals, formatGoals } from './goals.js';
import { benchMonitors } from './monitors.js';
import { benchJudgeRobustness } from './judgeRobustness.js';
import { benchRuns, runToCompletion, seedRunData } from './runs.js';
import { benchCodeEvaluator } from './sandbox.js';
import { benchWebhooks } from './webhooks.js';
import { webhookReceiverEnv } from './webhookReceiver.js';
import { benchPairwise } from './pairwise.js';
import { benchRerun } from './rerun.js';
import { benchCodeRun, codeRunMeasurements } from './codeRun.js';
import { fullPlan, quickPlan, type Plan } from './plans.js';
import { benchPageLatency } from './pageLatency.js';
import { benchProviderLimits, limitsBenchEnv } from './providerLimits.js';
import { benchPeer, findPromptfoo, peerDir, provisionPromptfoo } from './peer.js';
import { benchMillion, sealed } from './million.js';
import { benchUnitTier } from './unitTier.js';
import { WARM_UP_ITEMS, warmUpMeasurements, warmUpStack } from './warmUp.js';
import { readCpuTimes, stolenPercent } from '../test/support/cpuSteal.js';

/**
 * `npm run bench [-- --quick] [-- --only run,code] [-- --out dir]`: provisions its own
 * local stack (FerretDB and a non-persistent Temporal in a temp dir), the fake OpenAI
 * server, and the API and a worker in this process; measures; prints a table, then each
 * goal of issue 26 with its figure and verdict, and writes the report to
 * `.assay/bench/latest.json`. All traffic stays on 127.0.0.1. `--provision-peer` installs
 * the CLI peer the `peer` bench runs beside Assay (bench/peer.ts).
 */

const benchNames = [
  'logs',
  'datasets',
  'run',
  'judge',
  'api',
  'load',
  'code',
  'code-run',
  'growth',
  'throughput',
  'console',
  'webhooks',
  'pairwise',
  'monitors',
  'rerun',
  'pages',
  'limits',
  'peer',
  'million',
  'unit',
] as const;
type BenchName = (typeof benchNames)[number];
/** Benches that start no run (and `code` and `unit`, no stack at all): every other one needs the worker. */
const benchesWithoutWorker: readonly BenchName[] = ['logs', 'datasets', 'load', 'code', 'unit', 'limits'];
const benchesWithoutStack: readonly BenchName[] = ['code', 'unit'];
/**
 * Run only when `--only` names them: the 1,000,000-item run takes most of an hour, the unit tier both
 * cores, limits 15 minutes (and its quick size starts three worker processes, as
 * test/operations/providerLimits.test.ts does).
 */
const optInBenches: readonly BenchName[] = ['million', 'unit', 'limits'];
/** A bench's time limit in multiples of `benchTimeoutMs` (full plan): the big runs need longer. */
const longBenches: Partial<Record<BenchName, number>> = { growth: 3, million: 8 };

/** `--growth-scale 0.1`: the growth bench's loaded sizes (and its largest run) times this. */
function scaledGrowth(growth: GrowthOptions, scale: number): GrowthOptions {
  if (scale === 1) return growth;
  const times = (n: number) => Math.max(1, Math.round(n * scale));
  return {
    ...growth,
    logs: times(growth.logs),
    results: times(growth.results),
    datasetItems: times(growth.datasetItems),
    rssItems: growth.rssItems.map((n, i) => (i === 0 ? n : Math.max(growth.rssItems[0]!, times(n)))),
  };
}

function parseFlags(argv: string[]) {
  const { values } = parseArgs({
    args: argv,
    options: {
      quick: { type: 'boolean', default: false },
      only: { type: 'string' },
      out: { type: 'string' },
      'growth-scale': { type: 'string', default: '1' },
      'rerun-items': { type: 'string' },
      'code-run-items': { type: 'string' },
      'code-run-repetitions': { type: 'string' },
      'page-items': { type: 'string' },
      'page-seeded': { type: 'string' },
      'limits-big-items': { type: 'string' },
      'limits-small-items': { type: 'string' },
      'million-items': { type: 'string' },
      'provision-peer': { type: 'boolean', default: false },
    },
  });
  const only =
    values.only?.split(',').map((name) => name.trim()) ??
    benchNames.filter((name) => !optInBenches.includes(name));
  const unknown = only.filter((name) => !benchNames.includes(name as BenchName));
  if (unknown.length > 0) {
    throw new Error(`unknown bench '${unknown.join(', ')}' in --only; choose from ${benchNames.join(', ')}`);
  }
  return {
    quick: values.quick,
    selected: benchNames.filter((name) => only.includes(name)),
    outDir: values.out ?? path.join(localDataDir(), 'bench'),
    growthScale: Number(values['growth-scale']),
    rerunItems: values['rerun-items'] === undefined ? undefined : Number(values['rerun-items']),
    codeRunItems: values['code-run-items'] === undefined ? undefined : Number(values['code-run-items']),
    codeRunRepetitions:
      values['code-run-repetitions'] === undefined ? undefined : Number(values['code-run-repetitions']),
    pageItems: values['page-items'] === undefined ? undefined : Number(values['page-items']),
    pageSeeded: values['page-seeded']?.split(',').map(Number),
    limitsItems: [values['limits-big-items'], values['limits-small-items']].map((v) =>
      v === undefined ? undefined : Number(v),
    ),
    provisionPeer: values['provision-peer'],
    millionItems: values['million-items']?.split(',').map(Number),
  };
}

async function codeBench(plan: Plan['code']): Promise<Measurement[]> {
  const result = await benchCodeEvaluator({ items: plan.items, repetitions: plan.repetitions });
  return [
    {
      bench: 'code',
      metric: `trivial code evaluator, ${result.items} items in batches of ${result.batchSize}`,
      value: result.itemsPerSecond,
      unit: 'items/s',
      runs: result.runsItemsPerSecond,
      note: `${result.concurrency} sandboxes at once (one worker's slots); the sandbox alone: goal 5 is code-run's figure`,
    },
    {
      bench: 'code',
      metric: 'sandbox start (one-item batch)',
      value: round(result.sandboxStartMs),
      unit: 'ms',
      runs: [],
    },
  ];
}

async function main(): Promise<number> {
  const {
    quick,
    selected,
    outDir,
    growthScale,
    rerunItems,
    codeRunItems,
    codeRunRepetitions,
    limitsItems,
    pageItems,
    pageSeeded,
    provisionPeer,
    millionItems,
  } = parseFlags(process.argv.slice(2));
  if (provisionPeer) {
    await provisionPromptfoo(peerDir(), stderrProgress);
    console.log('the peer is installed: npm run bench -- --only peer');
    return 0;
  }
  const peer = findPromptfoo();
  const basePlan = quick ? quickPlan : fullPlan;
  const plan = {
    ...basePlan,
    growth: scaledGrowth(basePlan.growth, growthScale),
    rerun: { ...basePlan.rerun, items: rerunItems ?? basePlan.rerun.items },
    'code-run': {
      ...basePlan['code-run'],
      items: codeRunItems ?? basePlan['code-run'].items,
      repetitions: codeRunRepetitions ?? basePlan['code-run'].repetitions,
    },
    pages: {
      ...basePlan.pages,
      items: pageItems ?? basePlan.pages.items,
      seededSizes: pageSeeded ?? basePlan.pages.seededSizes,
    },
    million: {
      ...basePlan.million,
      items: (millionItems ?? basePlan.million.items) as [number, number],
    },
    limits: {
      ...basePlan.limits,
      bigItems: limitsItems[0] ?? basePlan.limits.bigItems,
      smallItems: limitsItems[1] ?? basePlan.limits.smallItems,
    },
  };
  const report: BenchReport = {
    startedAt: new Date().toISOString(),
    finishedAt: '',
    mode: quick ? 'quick' : 'full',
    machine: machineInfo(null),
    loadAverage: { before: loadAverage(), after: [] },
    measurements: [],
    failures: [],
  };
  const needsStack = selected.some((name) => !benchesWithoutStack.includes(name));
  const services = needsStack
    ? await startServices(
        selected.some((name) => !benchesWithoutWorker.includes(name)),
        quick,
      )
    : undefined;
  onShutdownSignal(createLogger('info', 'assay-bench'), async () => services?.stop());
  if (services) {
    const { kind } = services.local.mongo;
    report.machine.mongo = kind === 'ferretdb' ? `FerretDB ${FERRETDB_BUILD} (SQLite)` : kind;
  }
  const onStack = (worker: boolean, work: (stack: InProcessStack) => Promise<Measurement[]>) => () =>
    services!.withStack(worker, work);
  const progress = quick ? () => {} : stderrProgress;
  /** Each growth stack's warm-up run: stack CPU per item, in order (see warmUpMeasurements). */
  const warmUps: number[] = [];
  /**
   * The growth bench's stack: model calls capped at its concurrency, batches as wide, and the
   * fake provider in a process of its own, so the stack's CPU is the stack's alone. Warmed up
   * first by one unmeasured run (WARM_UP_ITEMS), except in a quick bench.
   */
  const onGrowthStack =
    <T>(work: (stack: InProcessStack, fake: FakeLlmProcess) => Promise<T>) =>
    async () => {
      const fake = await FakeLlmProcess.start();
      try {
        return await services!.withStack(
          true,
          async (stack) => {
            if (!quick) {
              progress(
                `warm-up: a generate + judge run of ${WARM_UP_ITEMS} items on the fresh stack (not measured)`,
              );
              const warmUp = await warmUpStack(stack, services!.local, fake, runTimeoutMs(WARM_UP_ITEMS));
              warmUps.push(warmUp.cpuMsPerItem);
            }
            return work(stack, fake);
          },
          {
            ...growthEnv(plan.growth.concurrency),
            ...fakeProviderEnv(fake.baseUrl, plan.growth.concurrency),
          },
        );
      } finally {
        await fake.close();
      }
    };
  /** A generate + judge run of `items` at `latencyMs` on a fresh store (the peer's and the big run's). */
  const freshRun = (items: number, latencyMs: number) =>
    onGrowthStack(async (stack, fake) => {
      await fake.setLatency(latencyMs);
      return measuredRun(stack, services!.local, await seed(stack), items, runTimeoutMs(items));
    })();
  /** The growth plan's limit suits its 50,000 items; a 1,000,000-item run takes most of an hour. */
  const runTimeoutMs = (items: number) => runTimeoutFor(items, plan.growth.runTimeoutMs);
  /** The same, with a line of progress every minute, and then the wait for the run's seal. */
  const millionRun = (items: number, latencyMs: number, sealWaitMs: number) =>
    onGrowthStack(async (stack, fake) => {
      await fake.setLatency(latencyMs);
      const seeded = await seed(stack);
      const run = await measuredRun(stack, services!.local, seeded, items, runTimeoutMs(items), progress);
      progress(
        `million: ${items} items completed in ${round(run.seconds)} s, peak RSS ${run.peakApiWorkerMb} MB`,
      );
      return { ...run, sealSeconds: await sealed(stack, run.runId, sealWaitMs) };
    })();
  const benches: Record<BenchName, () => Promise<Measurement[]>> = {
    logs: onStack(false, (stack) => benchLogIngestion(stack, plan.logs)),
    datasets: onStack(false, (stack) => benchDatasetUpload(stack, plan.datasets)),
    run: onStack(true, (stack) => benchRuns(stack, services!.fake, plan.run)),
    judge: onStack(true, (stack) => benchJudgeRobustness(stack, services!.fake, plan.judge)),
    api: onStack(true, async (stack) => {
      // A finished run to read: a small one, the reads do not depend on its size.
      const { judgeId } = await seedRunData(stack, 20);
      const { run } = await runToCompletion(stack, judgeId, plan.run.runTimeoutMs);
      return benchApiLatency(stack, run.id as string, plan.api);
    }),
    load: onStack(false, (stack) => benchApiLoad(stack, plan.load)),
    code: () => codeBench(plan.code),
    'code-run': onStack(true, async (stack) =>
      codeRunMeasurements(await benchCodeRun(stack, services!.local, plan['code-run'])),
    ),
    growth: onGrowthStack((stack, fake) => benchGrowth(stack, services!.local, fake, plan.growth, progress)),
    throughput: onGrowthStack((stack, fake) =>
      benchLatencyBound(stack, services!.local, fake, null, plan.growth, progress),
    ),
    console: onStack(true, (stack) => benchConsole(stack, plan.console)),
    webhooks: () =>
      services!.withStack(true, (stack) => benchWebhooks(stack, plan.webhooks), webhookReceiverEnv),
    pairwise: onStack(true, (stack) => benchPairwise(stack, services!.local, services!.fake, plan.pairwise)),
    monitors: onStack(true, (stack) => benchMonitors(stack, services!.local, plan.monitors)),
    rerun: onStack(true, (stack) => benchRerun(stack, services!.local, services!.fake, plan.rerun)),
    pages: () => benchPageLatency(services!, plan.pages, progress),
    // Worker processes of its own: the allowance is shared between processes through the store.
    limits: () =>
      services!.withStack(
        false,
        (stack) =>
          benchProviderLimits(stack, services!.fake, { ...plan.limits, runTimeoutMs: plan.benchTimeoutMs }),
        limitsBenchEnv(services!.fake, plan.limits.requestsPerMinute),
      ),
    peer: () =>
      benchPeer(
        { ...plan.peer, concurrency: plan.growth.concurrency },
        freshRun,
        peer.ok ? peer.install : null,
        progress,
      ),
    million: () => benchMillion(plan.million, millionRun, progress),
    unit: () => benchUnitTier(),
  };
  /** Runs one bench within its time limit; a failure is reported, and the benches after it still run. */
  const measure = async (bench: string, work: () => Promise<Measurement[]>, timeoutMs: number) => {
    const cpuBefore = readCpuTimes();
    try {
      report.measurements.push(...(await withTimeout(work(), timeoutMs, bench)));
    } catch (error) {
      report.failures.push({ bench, error: error instanceof Error ? error.message : String(error) });
    }
    const stolen = stolenPercent(cpuBefore, readCpuTimes());
    if (stolen !== null) report.cpuStolenPercent = { ...report.cpuStolenPercent, [bench]: stolen };
  };
  try {
    for (const name of selected) {
      if (!quick) stderrProgress(`bench: ${name}`);
      // limits first starts worker processes, each bundling its workflows (a minute on a busy machine).
      const timeoutMs =
        (quick ? 1 : (longBenches[name] ?? 1)) * plan.benchTimeoutMs + (name === 'limits' ? 5 * 60_000 : 0);
      await measure(name, benches[name], timeoutMs);
    }
  } finally {
    await services?.stop();
  }
  report.measurements.push(...warmUpMeasurements(warmUps));
  report.finishedAt = new Date().toISOString();
  report.loadAverage.after = loadAverage();
  const unavailable = { 'peer.speedup': peer.ok ? undefined : peer.why };
  report.goals = evaluateGoals({ ...report, selected, unavailable });
  console.log(formatReport(report));
  console.log(`\n${formatGoals(report.goals, quick)}`);
  console.log(`\nreport: ${writeReport(report, outDir)}`);
  return report.failures.length > 0 ? 1 : 0;
}

process.exit(await main());
