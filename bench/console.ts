/// <reference lib="dom" />
import type { Page } from 'playwright-core';
import { ensureConsoleBuilt } from '../src/stack/consoleBuild.js';
import { ResultIndex } from '../src/store/resultIndex.js';
import { launchBrowser } from '../test/support/browser.js';
import { cloneRunWithResults } from '../test/support/bulkResults.js';
import type { InProcessStack } from '../test/support/inProcessStack.js';
import { median, round, type Measurement } from './report.js';
import { runToCompletion, seedRunData } from './runs.js';

export interface ConsoleBenchOptions {
  /** Results of the run the pages show (written straight into the store). */
  results: number;
  /** Page loads measured per page, after one cold load. */
  repetitions: number;
  runTimeoutMs: number;
}

/**
 * Milliseconds from the start of the navigation (the page's time origin) until
 * `selector` is in the DOM, read in the browser at the animation frame it appears.
 */
async function msUntil(page: Page, url: string, selector: string): Promise<number> {
  await page.goto(url, { waitUntil: 'commit' });
  const handle = await page.waitForFunction(
    (sel) => (document.querySelector(sel) ? performance.now() : false),
    selector,
    { polling: 'raf', timeout: 600_000 },
  );
  return (await handle.jsonValue()) as number;
}

/**
 * The page's last request whose path and query match `pattern` (a RegExp source): when it was
 * sent and when its answer ended (ms since the time origin). Anchored, so the run's own GET is
 * not confused with the calibration and comparisons requests the run page sends after it.
 */
async function requestSpan(page: Page, pattern: string): Promise<{ start: number; end: number }> {
  const span = await page.evaluate((source) => {
    const matches = new RegExp(source);
    const entry = performance
      .getEntriesByType('resource')
      .filter((e) => {
        const url = new URL(e.name);
        return matches.test(url.pathname + url.search);
      })
      .at(-1) as PerformanceResourceTiming | undefined;
    return entry ? { start: entry.startTime, end: entry.responseEnd } : null;
  }, pattern);
  if (!span) throw new Error(`the page sent no request matching ${pattern}`);
  return span;
}

async function firstContentfulPaint(page: Page): Promise<number> {
  return page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? 0);
}

/**
 * First paint of the console's run page and of a results page on a run of
 * `results` results, in Debian's chromium (the browser tests' setup). "Shown"
 * means the run's metrics table, or the first row of results, is in the page:
 * the API's answer included, which is most of the time on a large run.
 */
export async function benchConsole(
  stack: InProcessStack,
  options: ConsoleBenchOptions,
): Promise<Measurement[]> {
  await ensureConsoleBuilt();
  const { judgeId } = await seedRunData(stack, 20);
  const { run } = await runToCompletion(stack, judgeId, options.runTimeoutMs);
  const bulkId = await cloneRunWithResults(stack.mongo.db, run.id as string, options.results);
  // The figures are about a run as the engine leaves it: paged from its results index.
  if (!(await new ResultIndex(stack.mongo.db).page(bulkId, {}, { limit: 1 }))) {
    throw new Error(`run ${bulkId} has no results index: the results page would measure a scan`);
  }

  const browser = await launchBrowser();
  try {
    const page = await browser.newPage({ width: 1280, height: 800 });
    // The key as the console keeps it: in this tab's session storage, set before the app starts.
    await page.addInitScript((key) => sessionStorage.setItem('assay.apiKey', key), stack.adminKey);
    const pages = [
      {
        name: 'run page',
        url: `${stack.api.url}/console/runs/${bulkId}`,
        selector: 'table[aria-label="Metrics per evaluator and model"] tbody tr',
        waitsFor: `^/v1/evaluations/runs/${bulkId}$`,
      },
      {
        name: 'results page',
        url: `${stack.api.url}/console/runs/${bulkId}/results`,
        selector: 'tbody tr[data-result-id]',
        waitsFor: `^/v1/evaluations/runs/${bulkId}/results\\?`,
      },
    ];
    const measurements: Measurement[] = [];
    const size = `${options.results.toLocaleString('en-US')}-result run`;
    // What the pages wait for from the API, timed on its own first (`times` answers each).
    for (const [what, path, times] of [
      ['GET run', `/v1/evaluations/runs/${bulkId}`, options.repetitions],
      [
        "GET results?limit=40 (the results page's first page)",
        `/v1/evaluations/runs/${bulkId}/results?limit=40`,
        options.repetitions,
      ],
      ['GET results?limit=100', `/v1/evaluations/runs/${bulkId}/results?limit=100`, options.repetitions],
      // What the item drawer asks (not a first-paint target; a scan on FerretDB, so once).
      ['GET results?item= (one item)', `/v1/evaluations/runs/${bulkId}/results?item=item-000000`, 1],
    ] as const) {
      const runs: number[] = [];
      for (let i = 0; i < times; i++) {
        const started = performance.now();
        const answer = await stack.request('GET', path);
        await answer.arrayBuffer();
        if (answer.status !== 200) throw new Error(`${what}: HTTP ${answer.status}`);
        runs.push(performance.now() - started);
      }
      measurements.push({
        bench: 'console',
        metric: `API ${what} of the ${size}`,
        value: round(median(runs)),
        unit: 'ms',
        runs: runs.map(round),
      });
    }
    for (const { name, url, selector, waitsFor } of pages) {
      const cold = await msUntil(page, url, selector);
      const shown: number[] = [];
      const paints: number[] = [];
      const beforeRequest: number[] = [];
      const waiting: number[] = [];
      const afterAnswer: number[] = [];
      for (let i = 0; i < options.repetitions; i++) {
        const at = await msUntil(page, url, selector);
        const span = await requestSpan(page, waitsFor);
        shown.push(at);
        paints.push(await firstContentfulPaint(page));
        beforeRequest.push(span.start);
        waiting.push(span.end - span.start);
        afterAnswer.push(at - span.end);
      }
      measurements.push(
        {
          bench: 'console',
          metric: `${name}: data shown, ${size}`,
          value: round(median(shown)),
          unit: 'ms',
          runs: shown.map(round),
          note: `median of ${options.repetitions} loads with cached assets; cold load ${round(cold)} ms; target < 1000`,
        },
        {
          bench: 'console',
          metric: `${name}: first contentful paint`,
          value: round(median(paints)),
          unit: 'ms',
          runs: paints.map(round),
        },
        {
          bench: 'console',
          metric: `${name}: until its data request was sent`,
          value: round(median(beforeRequest)),
          unit: 'ms',
          runs: beforeRequest.map(round),
          note: 'page, scripts, the key check and any request the data request waits for',
        },
        {
          bench: 'console',
          metric: `${name}: waiting for the API's answer`,
          value: round(median(waiting)),
          unit: 'ms',
          runs: waiting.map(round),
          note: 'the data request, sent to the end of its response, as the browser saw it',
        },
        {
          bench: 'console',
          metric: `${name}: rendered after the API answered`,
          value: round(median(afterAnswer)),
          unit: 'ms',
          runs: afterAnswer.map(round),
          note: "the console's own share: data shown minus the end of the API response it waits for",
        },
      );
    }
    return measurements;
  } finally {
    await browser.close();
  }
}
