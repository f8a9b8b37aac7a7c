import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import express, { type ErrorRequestHandler } from 'express';
import { beforeAll, describe, expect, it } from 'vitest';
import { errorHandler } from '../../src/api/errorHandler.js';
import { createLogger } from '../../src/platform/log.js';
import { bootstrapProject, insertLiveRun } from '../support/apiChecks.js';
import { useTestStack } from '../support/testStack.js';
import { ResultIndex } from '../../src/store/resultIndex.js';
import type { RunResultDoc } from '../../src/store/runResults.js';

/** Reads a response body to its end; a connection cut mid-body rejects. */
const readAll = async (response: Response) => {
  let text = '';
  const decoder = new TextDecoder();
  const reader = response.body!.getReader();
  try {
    for (let read = await reader.read(); !read.done; read = await reader.read()) {
      text += decoder.decode(read.value, { stream: true });
    }
    return { text, complete: true };
  } catch {
    return { text, complete: false };
  }
};

describe('an error while a response is streaming', () => {
  it('cuts the connection and logs it, instead of trying to write a JSON error into the stream', async () => {
    const logged: string[] = [];
    const logger = createLogger(
      'error',
      'test',
      new Writable({
        write(chunk, _encoding, done) {
          logged.push(String(chunk));
          done();
        },
      }),
    );
    const escaped: unknown[] = [];
    const app = express();
    app.get('/export', async (_req, res) => {
      res.setHeader('x-request-id', 'req-1');
      await new Promise((flushed) => res.write('row 1\n', flushed));
      throw new Error('cursor died');
    });
    app.use(errorHandler(logger));
    // Whatever the error handler itself throws lands here: it must stay empty.
    app.use(((error, _req, res, _next) => {
      escaped.push(error);
      res.destroy();
    }) as ErrorRequestHandler);
    const server = app.listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    try {
      const response = await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}/export`);
      expect(response.status).toBe(200);
      const body = await readAll(response);
      expect(body).toEqual({ text: 'row 1\n', complete: false });
      expect(escaped).toEqual([]);
      expect(logged.join('')).toContain('response failed mid-stream');
      expect(logged.join('')).toContain('cursor died');
    } finally {
      server.close();
    }
  });

  describe('GET /v1/evaluations/runs/{id}/results/export', () => {
    let runId: string;
    const stack = useTestStack();
    beforeAll(async () => {
      runId = await insertLiveRun(stack, {}, 'completed');
      const { projectId } = await bootstrapProject(stack);
      const result = (i: number) => ({
        _id: `${runId}/item-${String(i).padStart(4, '0')}/evl_x/-`,
        project_id: projectId,
        batch: 0,
        run_id: runId,
        item_id: `item-${i}`,
        evaluator_id: 'evl_x',
        evaluator_version: 1,
        model: null,
        status: 'scored',
        score: 1,
        passed: true,
        reason: null,
        error: null,
        raw_reply: null,
        input: `q${i}`,
        output: `a${i}`,
        ground_truth: null,
        latency_ms: 5,
        tokens: { input: 1, output: 1 },
        spend_usd: 0,
        generation: null,
      });
      const docs: Record<string, unknown>[] = Array.from({ length: 300 }, (_, i) => result(i));
      // A document the CSV writer cannot read, past the first cursor batch: the export fails half-way.
      docs.push({ ...result(300), tokens: null });
      await stack.mongo.db.collection<{ _id: string }>('run_results').insertMany(docs as { _id: string }[]);
      // Listed in the run's results index, as a run's batches leave it (exports read through it).
      const index = new ResultIndex(stack.mongo.db);
      await index.writePlan(projectId, runId, 1);
      await index.writeBatch(projectId, runId, 0, docs as unknown as RunResultDoc[]);
    });

    it('ends a failed CSV export as a broken transfer, never as a short file that looks complete', async () => {
      const response = await stack.request('GET', `/v1/evaluations/runs/${runId}/results/export?format=csv`);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/^text\/csv/);
      const body = await readAll(response);
      expect(body.complete).toBe(false);
      expect(body.text.startsWith('id,item_id,')).toBe(true);
      expect(body.text).not.toContain('"error"');
      // The API is fine afterwards, and the same export as JSON lines (which reads no tokens) completes.
      const jsonl = await readAll(
        await stack.request('GET', `/v1/evaluations/runs/${runId}/results/export?format=jsonl`),
      );
      expect(jsonl.complete).toBe(true);
      expect(jsonl.text.trim().split('\n')).toHaveLength(301);
    });
  });
});
