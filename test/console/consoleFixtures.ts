/// <reference lib="dom" />
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { ensureConsoleBuilt } from '../../src/stack/consoleBuild.js';
import { keyWithScopes } from '../support/apiChecks.js';
import { axeViolations, launchBrowser, type Browser } from '../support/browser.js';
import {
  post,
  seedContainer,
  seedDataset,
  seedJudge,
  startRunKit,
  waitForRun,
  type RunKit,
} from '../support/runKit.js';

export type Json = any; // eslint-disable-line @typescript-eslint/no-explicit-any

export const TEMPORAL_UI = 'http://127.0.0.1:8233';
export const rows = Array.from({ length: 12 }, (_, i) => ({
  input: `question ${i}: how do I reset my password?`,
  output: `answer ${i}: Settings, then Security.`,
}));
/** The judge cannot be read on this item: it becomes an item error with the raw reply. */
export const unreadable = 'I would rather not give a score.';
const runRequest = {
  container: 'support-bot',
  evaluators: ['helpfulness'],
  sample: { type: 'generate', models: ['fake/model-a', 'fake/model-b'] },
  ground_truth: { type: 'dataset', dataset: 'golden' },
};

/** What the console's browser tests share once `beforeAll` has run. */
export interface ConsoleStack {
  kit: RunKit;
  browser: Browser;
  base: string;
  runA: Json;
  runB: Json;
  readKey: string;
}

/**
 * A stack and a browser for the console's browser tests: two finished runs over the same items
 * (the judge's second version makes run B a regression for model A and an improvement for model B
 * against run A), a read-only key, and every request the browser sends elsewhere than the server.
 * The fields of `ready` are set in `beforeAll`.
 */
export function useConsoleStack() {
  const ready = {} as ConsoleStack;
  const foreignRequests: string[] = [];
  /** Pages poll and fetch as they go: wait for what they show, up to a generous deadline. */
  const eventually = <T>(read: () => Promise<T> | T) => expect.poll(read, { timeout: 20_000, interval: 100 });

  const api = async (path: string) => {
    const response = await ready.kit.stack.call('GET', path);
    expect(response.status, path).toBe(200);
    return response.body as Json;
  };

  async function expectAccessible(page: Page, where: string) {
    const violations = await axeViolations(page);
    expect(violations, `${where}: ${JSON.stringify(violations, null, 1)}`).toEqual([]);
  }

  async function signIn(key: string, path = '/console/'): Promise<Page> {
    const page = await ready.browser.newPage();
    await page.goto(ready.base + path);
    await page.getByLabel('API key').fill(key);
    await page.getByRole('button', { name: 'Open the console' }).click();
    await page.getByRole('navigation', { name: 'Sections' }).waitFor();
    return page;
  }

  beforeAll(async () => {
    await ensureConsoleBuilt();
    // One batch at a time, so a slowed-down run stays live long enough to steer.
    const kit = (ready.kit = await startRunKit({
      ASSAY_TEMPORAL_UI_URL: TEMPORAL_UI,
      ASSAY_RUN_BATCH_SIZE: '4',
      ASSAY_RUN_WINDOW: '1',
    }));
    const base = (ready.base = kit.stack.api.url);
    await seedContainer(kit.stack, 'support-bot', rows);
    await seedDataset(kit.stack, 'golden', rows);
    await seedJudge(kit.stack, 'support-bot', 'helpfulness', { threshold: 0.5 });
    kit.fake.on({ model: 'judge-model', prompt: /question 3:/ }, unreadable);
    const runA = await post(kit.stack, '/v1/evaluations/runs', runRequest);
    ready.runA = await waitForRun(kit.stack, runA.id);
    // A second version of the judge scores model A's answers low and model B's high: against
    // run A, run B has a regression (model A) and an improvement (model B). (The fake's last
    // matching rule answers, so question 3 stays unreadable only in run A.)
    kit.fake.on(
      { model: 'judge-model', prompt: /Rate the answer\.[\s\S]*echo\(model-a\)/ },
      {
        score: 0.05,
        reasoning: 'Does not follow the reference.',
      },
    );
    kit.fake.on(
      { model: 'judge-model', prompt: /Rate the answer\.[\s\S]*echo\(model-b\)/ },
      {
        score: 0.95,
        reasoning: 'Matches the reference.',
      },
    );
    const patch = await kit.stack.call('PATCH', '/v1/evaluators/helpfulness', {
      body: {
        judge_prompt:
          'Rate the answer.\nQuestion: {{input}}\nAnswer: {{output}}\nReference: {{ground_truth}}',
      },
    });
    expect(patch.status).toBe(200);
    const runB = await post(kit.stack, '/v1/evaluations/runs', runRequest);
    ready.runB = await waitForRun(kit.stack, runB.id);
    ready.readKey = await keyWithScopes(kit.stack, ['read']);
    ready.browser = await launchBrowser();
    ready.browser.context.on('request', (request) => {
      if (!request.url().startsWith(base) && !request.url().startsWith('data:')) {
        foreignRequests.push(request.url());
      }
    });
  });
  afterAll(async () => {
    await ready.browser?.close();
    await ready.kit?.close();
  });

  return { ready, foreignRequests, eventually, api, expectAccessible, signIn };
}
