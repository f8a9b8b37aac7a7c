import type { InProcessStack } from '../test/support/inProcessStack.js';
import { rate, round, median, type Measurement } from './report.js';

export interface LogIngestionOptions {
  /** Batches of `batchSize` logs per repetition, sent one after another. */
  batches: number;
  batchSize: number;
  repetitions: number;
}

export interface UploadOptions {
  items: number;
  repetitions: number;
  /** Also time rejected uploads: a bad last line (the 422 undoes what was stored) and a bad first line. */
  rejected: boolean;
}

const seconds = (started: number) => (performance.now() - started) / 1000;

async function expectStatus(
  response: Promise<{ status: number; body: unknown }>,
  status: number,
  what: string,
): Promise<void> {
  const answer = await response;
  if (answer.status !== status) {
    throw new Error(`${what}: HTTP ${answer.status} ${JSON.stringify(answer.body).slice(0, 300)}`);
  }
}

/** A task log the size of a typical chat call: a prompt, an answer, a model and two metadata keys. */
const taskLog = (id: string, i: number) => ({
  id,
  input: `Customer question ${i}: how do I rotate my API key without downtime? `.repeat(2),
  output: `Create a second key, deploy it, then revoke the first (answer ${i}).`,
  model: 'openai/gpt-4o-mini',
  metadata: { env: 'prod', tier: i % 2 ? 'free' : 'paid' },
});

/**
 * `POST /v1/containers/:id/logs` with full batches of new logs; then one batch sent
 * again (every log a duplicate: the idempotent retry path).
 */
export async function benchLogIngestion(stack: InProcessStack, options: LogIngestionOptions) {
  const { batches, batchSize, repetitions } = options;
  const runs: number[] = [];
  const resends: number[] = [];
  for (let rep = 0; rep < repetitions; rep++) {
    const label = `bench-logs-${rep}`;
    await expectStatus(stack.call('POST', '/v1/containers', { body: { label } }), 201, 'create container');
    const bodies = Array.from({ length: batches }, (_, b) => ({
      logs: Array.from({ length: batchSize }, (_, i) => taskLog(`r${rep}-b${b}-${i}`, b * batchSize + i)),
    }));
    const started = performance.now();
    for (const body of bodies) {
      await expectStatus(stack.call('POST', `/v1/containers/${label}/logs`, { body }), 200, 'ingest logs');
    }
    runs.push(seconds(started));
    const resent = performance.now();
    await expectStatus(
      stack.call('POST', `/v1/containers/${label}/logs`, { body: bodies[0] }),
      200,
      're-send',
    );
    resends.push(seconds(resent));
  }
  const stored = batches * batchSize * repetitions;
  return [
    rate('logs', `ingest ${batchSize}-log batches`, 'logs/s', batches * batchSize, runs),
    rate(
      'logs',
      `re-send a ${batchSize}-log batch (all duplicates)`,
      'logs/s',
      batchSize,
      resends,
      `${stored} logs stored by the end`,
    ),
  ] satisfies Measurement[];
}

const jsonl = (items: object[]) => items.map((item) => JSON.stringify(item)).join('\n') + '\n';

const datasetItem = (id: string, i: number) => ({
  id,
  input: `Reference question ${i}: what does the retry policy do on a 429? `.repeat(2),
  output: `It waits for Retry-After, then retries with backoff (reference ${i}).`,
  metadata: { source: 'bench' },
});

/** A streamed JSONL upload of `items` items into a new dataset, all or nothing. */
export async function benchDatasetUpload(stack: InProcessStack, options: UploadOptions) {
  const { items, repetitions } = options;
  const upload = async (name: string, body: string, status: number) => {
    await expectStatus(stack.call('POST', '/v1/datasets', { body: { name } }), 201, 'create dataset');
    const started = performance.now();
    await expectStatus(
      stack.call('POST', `/v1/datasets/${name}/items`, {
        body,
        headers: { 'content-type': 'application/x-ndjson' },
      }),
      status,
      'upload',
    );
    return seconds(started);
  };
  const runs: number[] = [];
  for (let rep = 0; rep < repetitions; rep++) {
    const lines = Array.from({ length: items }, (_, i) => datasetItem(`r${rep}-${i}`, i));
    runs.push(await upload(`bench-upload-${rep}`, jsonl(lines), 200));
  }
  const measurements: Measurement[] = [
    rate('datasets', `JSONL upload of ${items} items`, 'items/s', items, runs),
  ];
  if (options.rejected) {
    // A bad last line: everything before it was stored and must be undone. A bad first
    // line: nothing was stored, so there is nothing to undo.
    const lines = jsonl(Array.from({ length: items }, (_, i) => datasetItem(`bad-${i}`, i)));
    const cases = [
      { where: 'last', body: `${lines}{"input": 7}\n` },
      { where: 'first', body: `{"input": 7}\n${lines}` },
    ];
    for (const { where, body } of cases) {
      measurements.push({
        bench: 'datasets',
        metric: `rejected upload (422): ${items} good lines, the ${where} line bad`,
        value: round((await upload(`bench-upload-bad-${where}`, body, 422)) * 1000),
        unit: 'ms',
        runs: [],
        note: where === 'last' ? `${round(median(runs) * 1000)} ms for an accepted upload` : undefined,
      });
    }
  }
  return measurements;
}
