import type { InProcessStack } from '../test/support/inProcessStack.js';
import { median, percentile, round, type Measurement } from './report.js';

export interface ApiLatencyOptions {
  /** Clients sending requests at once, each one after another. */
  clients: number;
  /** Requests per endpoint, over all clients (after a warm-up of one per client). */
  requests: number;
  /** Containers in the project when its list is read. */
  containers: number;
}

/** Latencies (ms) of `requests` GETs of `path` by `clients` concurrent clients. */
async function latencies(stack: InProcessStack, path: string, clients: number, requests: number) {
  const timings: number[] = [];
  const get = async () => {
    const started = performance.now();
    const response = await stack.request('GET', path);
    await response.arrayBuffer();
    if (response.status !== 200) throw new Error(`GET ${path}: HTTP ${response.status}`);
    return performance.now() - started;
  };
  await Promise.all(Array.from({ length: clients }, get));
  let left = requests;
  await Promise.all(
    Array.from({ length: clients }, async () => {
      while (left-- > 0) timings.push(await get());
    }),
  );
  return timings;
}

/** p50 and p95 of the run the API serves most (`GET run`) and of a list, under light concurrent load. */
export async function benchApiLatency(
  stack: InProcessStack,
  runId: string,
  options: ApiLatencyOptions,
): Promise<Measurement[]> {
  for (let i = 0; i < options.containers; i++) {
    const answer = await stack.call('POST', '/v1/containers', { body: { label: `bench-list-${i}` } });
    if (answer.status !== 201) throw new Error(`create container: HTTP ${answer.status}`);
  }
  const endpoints = [
    { metric: 'GET /v1/evaluations/runs/:id', path: `/v1/evaluations/runs/${runId}` },
    { metric: 'GET /v1/containers?limit=20', path: '/v1/containers?limit=20' },
  ];
  const load = `${options.clients} concurrent clients, ${options.requests} requests`;
  const measurements: Measurement[] = [];
  for (const { metric, path } of endpoints) {
    const timings = await latencies(stack, path, options.clients, options.requests);
    measurements.push(
      {
        bench: 'api',
        metric: `${metric} p50`,
        value: round(median(timings)),
        unit: 'ms',
        runs: [],
        note: load,
      },
      { bench: 'api', metric: `${metric} p95`, value: round(percentile(timings, 95)), unit: 'ms', runs: [] },
    );
  }
  return measurements;
}
