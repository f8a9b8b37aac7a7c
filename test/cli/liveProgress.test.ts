import { execFileSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../../src/stack/paths.js';
import {
  getRun,
  post,
  seedContainer,
  seedJudge,
  startRunKit,
  waitForRun,
  type RunKit,
} from '../support/runKit.js';
import { waitFor } from '../support/waitFor.js';
import { assayBin } from './cliHarness.js';

/**
 * The CLI in a real pseudo-terminal: tmux runs it in a detached session on a
 * private server socket, and the test reads the screen as a user would see it.
 */
describe('assay run --wait in a terminal', () => {
  let kit: RunKit;
  const socket = `assay-test-${process.pid}`;
  const tmux = (...args: string[]) => execFileSync('tmux', ['-L', socket, ...args], { encoding: 'utf8' });
  const screen = async (session: string) => tmux('capture-pane', '-p', '-t', session);

  /** Starts `assay ARGS` in a new tmux session; the shell prints EXIT=<code> when it ends. */
  const startInTerminal = (session: string, args: string[]) => {
    const env = {
      ASSAY_URL: kit.stack.api.url,
      ASSAY_KEY: kit.stack.adminKey,
      ASSAY_POLL_INTERVAL_MS: '200',
      TERM: 'xterm-256color',
    };
    const quoted = [process.execPath, assayBin, ...args]
      .map((a) => `'${a.replaceAll("'", "'\\''")}'`)
      .join(' ');
    const exports = Object.entries(env)
      .map(([k, v]) => `${k}='${v}'`)
      .join(' ');
    tmux(
      'new-session',
      '-d',
      '-s',
      session,
      '-x',
      '160',
      '-y',
      '40',
      '-c',
      repoRoot,
      `env ${exports} ${quoted}; echo EXIT=$?; sleep 600`,
    );
  };
  const runIdOn = (text: string) => /\b(run_[a-z0-9]+)\b/.exec(text)?.[1];

  beforeAll(async () => {
    kit = await startRunKit();
    await seedContainer(kit.stack, 'tty-bot', []);
    const items = Array.from({ length: 12 }, (_, i) => ({
      id: `t${i}`,
      input: `question ${i}`,
      output: `answer ${i}`,
    }));
    await post(kit.stack, '/v1/datasets', { name: 'tty-set', items });
    await seedJudge(kit.stack, 'tty-bot', 'quality');
    // Slow judge replies: the run lasts seconds, long enough to watch it move.
    kit.fake.setLatency(400);
  });
  afterAll(async () => {
    try {
      tmux('kill-server');
    } catch {
      // No session left: the server is already gone.
    }
    await kit?.close();
  });

  const runArgs = [
    'run',
    '--container',
    'tty-bot',
    '--evaluator',
    'quality',
    '--dataset',
    'tty-set',
    '--wait',
  ];

  it('draws a live bar (items done/total, pass rate, errors, spend, ETA) that moves, then exits 0', async () => {
    startInTerminal('live', [...runArgs, '--gate', 'quality.errors == 0']);
    const midway = await waitFor(
      () => screen('live'),
      (text) => /\b([1-9]|1[01])\/12 items \| pass [0-9.-]+ \| errors 0 \| \$[0-9.]+ \| ETA /.test(text),
      { timeoutMs: 60_000, what: 'a partly filled progress bar' },
    );
    expect(midway).toMatch(/[█░]/);
    const done = await waitFor(
      () => screen('live'),
      (text) => text.includes('EXIT='),
      { timeoutMs: 90_000, what: 'the end' },
    );
    expect(done).toContain('12/12 items');
    expect(done).toContain('✓ quality.errors == 0');
    expect(done).toContain('EXIT=0');
  });

  it('Ctrl-C asks to detach or cancel; "c" cancels the run and exits 3', async () => {
    startInTerminal('interrupt', runArgs);
    const started = await waitFor(
      () => screen('interrupt'),
      (text) => /\/12 items/.test(text),
      { timeoutMs: 60_000, what: 'the progress bar' },
    );
    const runId = runIdOn(started)!;
    expect(runId).toBeDefined();
    tmux('send-keys', '-t', 'interrupt', 'C-c');
    await waitFor(
      () => screen('interrupt'),
      (text) => text.includes('[d]etach'),
      { timeoutMs: 20_000, what: 'the question' },
    );
    tmux('send-keys', '-t', 'interrupt', 'c', 'Enter');
    const ended = await waitFor(
      () => screen('interrupt'),
      (text) => text.includes('EXIT='),
      { timeoutMs: 60_000, what: 'the end' },
    );
    expect(ended).toContain('EXIT=3');
    expect((await waitForRun(kit.stack, runId)).status).toBe('cancelled');
  });

  it('"d" detaches: the run goes on and `assay runs watch` reattaches to it', async () => {
    startInTerminal('detach', runArgs);
    const started = await waitFor(
      () => screen('detach'),
      (text) => /\/12 items/.test(text),
      {
        timeoutMs: 60_000,
        what: 'the progress bar',
      },
    );
    const runId = runIdOn(started)!;
    tmux('send-keys', '-t', 'detach', 'C-c');
    await waitFor(
      () => screen('detach'),
      (text) => text.includes('[d]etach'),
      { timeoutMs: 20_000, what: 'the question' },
    );
    tmux('send-keys', '-t', 'detach', 'd', 'Enter');
    const detached = await waitFor(
      () => screen('detach'),
      (text) => text.includes('EXIT='),
      { timeoutMs: 30_000, what: 'the end' },
    );
    expect(detached).toContain(`assay runs watch ${runId}`);
    expect(['queued', 'running']).toContain((await getRun(kit.stack, runId)).status);
    startInTerminal('watch', ['runs', 'watch', runId]);
    const watched = await waitFor(
      () => screen('watch'),
      (text) => text.includes('EXIT='),
      { timeoutMs: 90_000, what: 'the end' },
    );
    expect(watched).toContain(`${runId} completed`);
    expect(watched).toContain('EXIT=0');
  });
});
