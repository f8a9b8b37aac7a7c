import { spawn } from 'node:child_process';
import {
  createWriteStream,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { toolCacheDir } from '../src/stack/paths.js';
import { FakeLlmProcess } from '../test/support/fake-llm/process.js';
import { cpuSecondsOfStat, JUDGE_PROMPT, JUDGE_THRESHOLD, questionItem, type RunFigures } from './growth.js';
import { round, type Measurement } from './report.js';

/**
 * The CLI peer side by side (goal 1 of issue 26): promptfoo runs the same CPU-bound workload as
 * Assay's generate + judge run (one generation and one LLM judge per item, 32 calls at a time,
 * against the fake OpenAI-compatible server in a process of its own), and the bench reports
 * promptfoo's wall time over Assay's. promptfoo is not a dependency of the project: it is
 * installed on demand into the tool cache (`npm run bench -- --provision-peer`).
 */
export const PROMPTFOO_VERSION = '0.123.1';
/**
 * promptfoo 0.123.1 refuses Node < 22.22; the peer gets a Node of its own, from the npm
 * registry's `node-<platform>-<arch>` package (a binary in a package), so the bench stays on the
 * project's Node 20 and the peer's runtime is pinned.
 */
export const PEER_NODE_VERSION = '24.22.3';

const nodePackage = `node-${process.platform}-${process.arch}`;

export const peerDir = (env: NodeJS.ProcessEnv = process.env) =>
  path.join(toolCacheDir(env), 'peers', 'promptfoo');

export interface PromptfooInstall {
  node: string;
  entrypoint: string;
}

export const PROVISION_HINT = 'npm run bench -- --provision-peer';

/** The installed peer, or why there is none. */
export function findPromptfoo(
  dir: string = peerDir(),
): { ok: true; install: PromptfooInstall } | { ok: false; why: string } {
  const modules = path.join(dir, 'node_modules');
  const node = path.join(modules, nodePackage, 'bin', 'node');
  const packageJson = path.join(modules, 'promptfoo', 'package.json');
  if (!existsSync(packageJson) || !existsSync(node)) {
    return { ok: false, why: `promptfoo not installed (run ${PROVISION_HINT})` };
  }
  const { version } = JSON.parse(readFileSync(packageJson, 'utf8')) as { version: string };
  if (version !== PROMPTFOO_VERSION) {
    return {
      ok: false,
      why: `promptfoo ${version} installed, not ${PROMPTFOO_VERSION} (run ${PROVISION_HINT})`,
    };
  }
  return {
    ok: true,
    install: { node, entrypoint: path.join(modules, 'promptfoo', 'dist', 'src', 'entrypoint.js') },
  };
}

/** Installs promptfoo and its Node into `dir` with npm (a few minutes; npm prints its progress). */
export async function provisionPromptfoo(
  dir: string,
  progress: (line: string) => void,
): Promise<PromptfooInstall> {
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    path.join(dir, 'package.json'),
    `${JSON.stringify({ name: 'assay-bench-peer', private: true, description: 'npm run bench -- --provision-peer' }, null, 2)}\n`,
  );
  const packages = [`promptfoo@${PROMPTFOO_VERSION}`, `${nodePackage}@${PEER_NODE_VERSION}`];
  progress(`peer: npm install ${packages.join(' ')} into ${dir} (about 3 minutes, ~700 packages)`);
  const code = await new Promise<number | null>((resolve, reject) => {
    const npm = spawn('npm', ['install', '--no-audit', '--no-fund', '--save-exact', ...packages], {
      cwd: dir,
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    npm.once('error', reject);
    npm.once('exit', resolve);
  });
  if (code !== 0) throw new Error(`npm install in ${dir} exited ${code}`);
  const found = findPromptfoo(dir);
  if (!found.ok) throw new Error(found.why);
  progress(`peer: promptfoo ${PROMPTFOO_VERSION} on Node ${PEER_NODE_VERSION} ready`);
  return found.install;
}

/**
 * promptfoo's configuration for `items` items: the generating model and the judge both at the
 * fake server, the judge asked for a JSON object (the fake answers a score) with the prompt and
 * threshold Assay's judge has.
 */
export function promptfooConfig(baseUrl: string, items: number) {
  const openai = (model: string, config: Record<string, unknown> = {}) => ({
    id: `openai:chat:${model}`,
    config: { apiBaseUrl: baseUrl, apiKey: 'fake', ...config },
  });
  return {
    description: 'Assay bench: the CLI peer on the generate + judge workload',
    prompts: ['{{input}}'],
    providers: [openai('gen-model')],
    defaultTest: {
      options: {
        provider: openai('judge-model', { response_format: { type: 'json_object' } }),
        rubricPrompt: JUDGE_PROMPT,
      },
    },
    tests: Array.from({ length: items }, (_, i) => {
      const item = questionItem(i);
      return {
        vars: { input: item.input, ground_truth: item.output },
        assert: [{ type: 'llm-rubric', value: 'Score the answer.', threshold: JUDGE_THRESHOLD }],
      };
    }),
  };
}

export interface PeerRunFigures {
  seconds: number;
  cpuMsPerItem: number;
}

/** promptfoo's exit code when the eval ran and some assertions failed (a judge scored below 0.5). */
const SOME_TESTS_FAILED = 100;

/**
 * One `promptfoo eval` of `items` items at `concurrency`, from process start to exit (what its
 * user waits for). Its CPU is read from the shell that waits for it: a reaped child's CPU is in
 * its parent's `cutime`/`cstime`.
 */
export async function runPromptfoo(
  install: PromptfooInstall,
  baseUrl: string,
  items: number,
  concurrency: number,
): Promise<PeerRunFigures> {
  const work = mkdtempSync(path.join(os.tmpdir(), 'assay-bench-peer-'));
  try {
    const config = path.join(work, 'promptfooconfig.json');
    writeFileSync(config, JSON.stringify(promptfooConfig(baseUrl, items)));
    const output = path.join(work, 'output.json');
    const statFile = path.join(work, 'stat');
    const logFile = path.join(work, 'promptfoo.log');
    const { NODE_OPTIONS: _tsxHooks, ...env } = process.env;
    const args = [install.entrypoint, 'eval', '-c', config, '-j', String(concurrency)];
    args.push('--no-cache', '--no-progress-bar', '--no-table', '-o', output);
    const started = performance.now();
    const code = await new Promise<number | null>((resolve, reject) => {
      const shell = spawn(
        '/bin/sh',
        ['-c', '"$@"; s=$?; cat /proc/$$/stat > "$0"; exit $s', statFile, install.node, ...args],
        {
          cwd: work,
          env: {
            ...env,
            // Its own settings, database and logs, in the temp dir: nothing of a user's promptfoo.
            PROMPTFOO_CONFIG_DIR: path.join(work, 'home'),
            PROMPTFOO_DISABLE_TELEMETRY: '1',
            PROMPTFOO_DISABLE_UPDATE: '1',
            PROMPTFOO_DISABLE_SHARING: '1',
          },
          stdio: ['ignore', 'pipe', 'pipe'],
        },
      );
      const log = createWriteStream(logFile);
      shell.stdout.pipe(log);
      shell.stderr.pipe(log);
      shell.once('error', reject);
      shell.once('close', resolve);
    });
    const seconds = (performance.now() - started) / 1000;
    const tail = () => readFileSync(logFile, 'utf8').split('\n').slice(-15).join('\n');
    if (code !== 0 && code !== SOME_TESTS_FAILED) throw new Error(`promptfoo exited ${code}:\n${tail()}`);
    const { results } = JSON.parse(readFileSync(output, 'utf8')) as {
      results: { stats: { successes: number; failures: number; errors: number } };
    };
    const { successes, failures, errors } = results.stats;
    if (errors > 0 || successes + failures !== items) {
      throw new Error(
        `promptfoo judged ${successes + failures} of ${items} items, ${errors} errors:\n${tail()}`,
      );
    }
    return { seconds, cpuMsPerItem: (cpuSecondsOfStat(readFileSync(statFile, 'utf8')) * 1000) / items };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

export interface PeerBenchOptions {
  /** Run sizes; each is run by Assay (on a fresh store) and then by the peer. */
  items: number[];
  latencyMs: number;
  concurrency: number;
}

/**
 * Assay's generate + judge run and promptfoo's, size by size. `assayRun` runs Assay's on a fresh
 * store; without the peer installed only Assay's figures are reported.
 */
export async function benchPeer(
  options: PeerBenchOptions,
  assayRun: (items: number, latencyMs: number) => Promise<RunFigures>,
  peer: PromptfooInstall | null,
  progress: (line: string) => void,
): Promise<Measurement[]> {
  const measurements: Measurement[] = [];
  const push = (m: Omit<Measurement, 'bench' | 'runs'>) =>
    measurements.push({ bench: 'peer', runs: [], ...m, value: round(m.value) });
  const workload = `generate + judge, ${options.latencyMs} ms, C=${options.concurrency}`;
  for (const items of options.items) {
    progress(`peer: Assay, ${items} items`);
    const assay = await assayRun(items, options.latencyMs);
    push({ metric: `Assay, ${items} items (${workload}): wall time`, value: assay.seconds, unit: 's' });
    push({
      metric: `Assay, ${items} items: stack CPU per item`,
      value: assay.cpuMsPerItem,
      unit: 'ms',
      note: 'API + worker + MongoDB-compatible server + Temporal; goal 2: ≤ 3 ms',
      goal: 'stack.cpuPerItem.cpuBound',
    });
    if (!peer) continue;
    progress(`peer: promptfoo ${PROMPTFOO_VERSION}, ${items} items`);
    const fake = await FakeLlmProcess.start();
    try {
      await fake.setLatency(options.latencyMs);
      const theirs = await runPromptfoo(peer, fake.baseUrl, items, options.concurrency);
      push({
        metric: `promptfoo ${PROMPTFOO_VERSION}, ${items} items: wall time`,
        value: theirs.seconds,
        unit: 's',
        note: `Node ${PEER_NODE_VERSION}; process start to exit`,
      });
      push({
        metric: `promptfoo, ${items} items: process CPU per item`,
        value: theirs.cpuMsPerItem,
        unit: 'ms',
      });
      push({
        metric: `promptfoo wall time ÷ Assay wall time, ${items} items`,
        value: theirs.seconds / assay.seconds,
        unit: '×',
        note: 'goal 1: ≥ 4',
        goal: 'peer.speedup',
      });
    } finally {
      await fake.close();
    }
  }
  return measurements;
}
