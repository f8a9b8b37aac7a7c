import http from 'node:http';
import { beforeAll, describe, expect, it } from 'vitest';
import { expectError, keyWithScopes, otherProjectKey } from '../support/apiChecks.js';
import { useTestStack } from '../support/testStack.js';

/**
 * What a hostile tenant (or an anonymous caller) can send, and what it must get: a clear 4xx
 * within a second, while /healthz stays fast for everyone else (issue 8).
 */

const codeEvaluator = (requirements: string[], name = 'code-eval') => ({
  type: 'code',
  container: 'bot',
  name,
  code: 'def evaluate(sample, ground_truth):\n    return 1.0\n',
  requirements,
});
const judge = (overrides: Record<string, unknown> = {}) => ({
  type: 'judge',
  container: 'bot',
  name: 'judge',
  judge_model: 'fake/judge-model',
  judge_prompt: 'Q: {{input}}\nA: {{output}}',
  ...overrides,
});

/** A raw request: headers, then as much of the body as `sendBytes`, then waits for the answer. */
function partialUpload(
  url: string,
  options: { path: string; headers: Record<string, string>; declaredBytes: number; sendBytes: number },
): Promise<{ status: number; body: string; ms: number; connection: string | undefined }> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const req = http.request(url + options.path, {
      method: 'POST',
      headers: { ...options.headers, 'content-length': String(options.declaredBytes) },
    });
    req.on('response', (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (piece: string) => (body += piece));
      res.on('end', () => {
        resolve({
          status: res.statusCode!,
          body,
          ms: performance.now() - started,
          connection: res.headers.connection,
        });
        req.destroy();
      });
    });
    req.on('error', reject);
    req.write(Buffer.alloc(options.sendBytes, 'a'));
    // The rest is never sent: an answer proves the server did not wait for (or parse) the body.
  });
}

async function timed<T>(work: Promise<T>): Promise<{ value: T; ms: number }> {
  const started = performance.now();
  const value = await work;
  return { value, ms: performance.now() - started };
}

describe('hostile requests', () => {
  const stack = useTestStack({
    env: {
      ASSAY_PROVIDERS: JSON.stringify({ fake: { base_url: 'http://127.0.0.1:9/v1' } }),
      ASSAY_SANDBOX_ALLOWED_PACKAGES: 'rapidfuzz, NumPy',
      ASSAY_MAX_UPLOAD_BYTES: String(64 * 1024),
      ASSAY_MAX_CONCURRENT_UPLOADS: '1',
      // Failed authentications are counted per client address, here the one X-Forwarded-For names.
      ASSAY_TRUST_PROXY_HOPS: '1',
      ASSAY_AUTH_FAILURES_PER_MINUTE: '3',
    },
  });
  beforeAll(async () => {
    expect((await stack.call('POST', '/v1/containers', { body: { label: 'bot' } })).status).toBe(201);
  });

  describe('requirements: one grammar, the sandbox installer’s', () => {
    it.each([
      ['rapidfuzz>=3,', 'after the comma'],
      ['foo_', 'package name'],
      ['foo==1==2', "expected ','"],
      ['pkg @ file:///etc/passwd', 'character 5'],
      ['--index-url=http://evil', 'package name'],
    ])('%j is a 422 naming requirements.1 and why', async (requirement, reason) => {
      const error = await expectError(
        stack.request('POST', '/v1/evaluators', { body: codeEvaluator(['rapidfuzz', requirement]) }),
        422,
        'validation_failed',
      );
      expect(error.details).toEqual([
        expect.objectContaining({ field: 'requirements.1', message: expect.stringContaining(reason) }),
      ]);
    });

    it('answers the backtracking input of issue 8 at once', async () => {
      const { value: response, ms } = await timed(
        stack.request('POST', '/v1/evaluators', {
          body: codeEvaluator(['a' + '==1 '.repeat(49) + '#']),
        }),
      );
      await expectError(response, 422, 'validation_failed');
      expect(ms).toBeLessThan(1000);
    });

    it('refuses packages outside ASSAY_SANDBOX_ALLOWED_PACKAGES, on create and on update', async () => {
      const error = await expectError(
        stack.request('POST', '/v1/evaluators', { body: codeEvaluator(['numpy>=1', 'requests==2.31']) }),
        422,
      );
      expect(error.details).toEqual([
        expect.objectContaining({
          field: 'requirements.1',
          message: expect.stringContaining('ASSAY_SANDBOX_ALLOWED_PACKAGES'),
        }),
      ]);
      const created = await stack.call('POST', '/v1/evaluators', { body: codeEvaluator(['RapidFuzz>=3']) });
      expect(created.status, JSON.stringify(created.body)).toBe(201);
      const patched = await expectError(
        stack.request('PATCH', `/v1/evaluators/${created.body.id}`, { body: { requirements: ['evil-pkg'] } }),
        422,
      );
      expect(patched.details).toEqual([expect.objectContaining({ field: 'requirements.0' })]);
    });
  });

  describe('templates', () => {
    it('answers adversarial judge prompts at once: too long, or full of unknown variables', async () => {
      const tooLong = await timed(
        stack.request('POST', '/v1/evaluators', {
          body: judge({ judge_prompt: '{{' + ' '.repeat(100_000) }),
        }),
      );
      const error = await expectError(tooLong.value, 422);
      expect(error.details).toEqual([
        expect.objectContaining({ field: 'judge_prompt', message: 'at most 100000 characters' }),
      ]);
      expect(tooLong.ms).toBeLessThan(1000);

      const unknown = await timed(
        stack.request('POST', '/v1/evaluators', {
          body: judge({ judge_prompt: '{{ a'.repeat(20_000) + '}}' + '{{' + ' '.repeat(10_000) }),
        }),
      );
      const unknownError = await expectError(unknown.value, 422);
      expect(unknownError.details[0]).toMatchObject({ field: 'judge_prompt', line: 1 });
      expect(unknown.ms).toBeLessThan(1000);
    });

    it("checks a generate source's prompt and messages at run creation", async () => {
      const run = (sample: Record<string, unknown>) =>
        stack.request('POST', '/v1/evaluations/runs', {
          body: {
            container: 'bot',
            evaluators: ['judge'],
            sample: { type: 'generate', models: ['fake/model-a'], ...sample },
          },
        });
      expect((await stack.call('POST', '/v1/evaluators', { body: judge() })).status).toBe(201);
      const unknown = await expectError(run({ prompt: 'Improve {{output}}: {{input}}' }), 422);
      expect(unknown.details).toEqual([
        expect.objectContaining({
          field: 'sample.prompt',
          line: 1,
          column: 9,
          message: expect.stringContaining('{{input}} or {{metadata.<key>}}'),
        }),
      ]);
      const huge = await timed(run({ prompt: '{{' + ' '.repeat(100_000) }));
      expect((await expectError(huge.value, 422)).details[0].field).toBe('sample.prompt');
      expect(huge.ms).toBeLessThan(1000);
      const longMessages = await expectError(
        run({
          messages: [
            { role: 'system', content: 'x'.repeat(60_000) },
            { role: 'user', content: 'y'.repeat(60_000) },
          ],
        }),
        422,
      );
      expect(longMessages.details[0].field).toBe('sample.messages');
    });
  });

  it("keeps a generate source's prompt out of the workflow's Temporal details", async () => {
    const prompt = `Answer briefly, as our support team would: {{input}}\n${'Our house style. '.repeat(5000)}`;
    expect((await stack.call('POST', '/v1/evaluators', { body: judge({ name: 'details' }) })).status).toBe(
      201,
    );
    const created = await stack.call('POST', '/v1/evaluations/runs', {
      body: {
        container: 'bot',
        evaluators: ['details'],
        sample: {
          type: 'generate',
          models: ['fake/model-a'],
          prompt,
          messages: [{ role: 'system', content: 'secret plan' }],
        },
      },
    });
    expect(created.status, JSON.stringify(created.body).slice(0, 300)).toBe(201);
    const description = await stack.api.ctx.temporal.workflow.getHandle(created.body.id).describe();
    const details = (await description.staticDetails()) ?? '';
    expect(details).toContain(`a prompt template of ${prompt.length} characters`);
    expect(details).not.toContain('house style');
    expect(details).not.toContain('secret plan');
    expect(details.length).toBeLessThan(2000);
    await stack.call('POST', `/v1/evaluations/runs/${created.body.id}/cancel`);
  });

  describe('Responses API parameters', () => {
    it('are checked when a judge is created or patched, naming the param', async () => {
      const error = await expectError(
        stack.request('POST', '/v1/evaluators', {
          body: judge({ name: 'resp', api_type: 'responses', inference_params: { seed: 7, temperature: 0 } }),
        }),
        422,
      );
      expect(error.details).toEqual([
        expect.objectContaining({
          field: 'inference_params.seed',
          message: expect.stringContaining('responses'),
        }),
      ]);
      const chat = await stack.call('POST', '/v1/evaluators', {
        body: judge({ name: 'chat', inference_params: { stop: ['END'], presence_penalty: 1 } }),
      });
      expect(chat.status).toBe(201);
      const patched = await expectError(
        stack.request('PATCH', `/v1/evaluators/${chat.body.id}`, { body: { api_type: 'responses' } }),
        422,
      );
      expect(patched.details.map((d: { field: string }) => d.field).sort()).toEqual([
        'inference_params.presence_penalty',
        'inference_params.stop',
      ]);
    });

    it('are checked again when a run uses an evaluator stored before the check existed', async () => {
      const created = await stack.call('POST', '/v1/evaluators', { body: judge({ name: 'legacy' }) });
      await stack.mongo.db
        .collection('evaluators')
        .updateOne(
          { id: created.body.id },
          { $set: { api_type: 'responses', inference_params: { frequency_penalty: 0.5 } } },
        );
      const error = await expectError(
        stack.request('POST', '/v1/evaluations/runs', {
          body: { container: 'bot', evaluators: ['legacy'], sample: { type: 'container' } },
        }),
        422,
      );
      expect(error.details).toEqual([
        expect.objectContaining({
          field: 'evaluators.0',
          message: expect.stringContaining('inference_params.frequency_penalty'),
        }),
      ]);
    });
  });

  describe('authentication comes before the body', () => {
    it('answers an anonymous 10 MB body with 401 without reading it, and closes the connection', async () => {
      const answer = await partialUpload(stack.api.url, {
        path: '/v1/evaluators',
        headers: { 'content-type': 'application/json' },
        declaredBytes: 10 * 1024 * 1024,
        sendBytes: 64 * 1024,
      });
      expect(answer.status).toBe(401);
      expect(JSON.parse(answer.body).error.code).toBe('missing_api_key');
      expect(answer.connection).toBe('close');
      expect(answer.ms).toBeLessThan(1000);
    });

    it('rate-limits failed authentications per client address, before any look-up', async () => {
      const from = (address: string, key: string) =>
        stack.request('GET', '/v1/containers', { key, headers: { 'x-forwarded-for': address } });
      const guess = () => `assay_sk_${Math.random().toString(36).slice(2).padEnd(30, 'x')}`;
      for (let i = 0; i < 3; i++) await expectError(from('203.0.113.7', guess()), 401, 'invalid_api_key');
      const limited = await from('203.0.113.7', guess());
      expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
      const error = await expectError(limited, 429, 'rate_limited');
      expect(error.message).toContain('failed authentications from this address');
      // Refused even with a good key until the minute ends; other addresses are unaffected.
      await expectError(from('203.0.113.7', stack.adminKey), 429, 'rate_limited');
      expect((await from('198.51.100.1', stack.adminKey)).status).toBe(200);
    });
  });

  describe('uploads', () => {
    it('refuses a JSONL upload beyond ASSAY_MAX_UPLOAD_BYTES with 413, keeping nothing', async () => {
      await stack.call('POST', '/v1/datasets', { body: { name: 'big' } });
      const line = JSON.stringify({ input: 'q'.repeat(900), output: 'a' }) + '\n';
      const error = await expectError(
        stack.request('POST', '/v1/datasets/big/items', {
          body: line.repeat(80), // ~73 KB, over the 64 KB cap
          headers: { 'content-type': 'application/x-ndjson' },
        }),
        413,
        'upload_too_large',
      );
      expect(error.message).toContain('ASSAY_MAX_UPLOAD_BYTES');
      expect((await stack.call('GET', '/v1/datasets/big')).body.item_count).toBe(0);
    });

    it('allows ASSAY_MAX_CONCURRENT_UPLOADS streamed uploads per project at once (429 beyond)', async () => {
      await stack.call('POST', '/v1/datasets', { body: { name: 'streamed' } });
      // The first upload declares more than it sends, so it stays open, holding its slot.
      const headers = { authorization: `Bearer ${stack.adminKey}`, 'content-type': 'application/x-ndjson' };
      const slow = http.request(`${stack.api.url}/v1/datasets/streamed/items`, {
        method: 'POST',
        headers: { ...headers, 'content-length': '1000' },
      });
      const slowAnswer = new Promise<number>((resolve, reject) => {
        slow.on('response', (res) => {
          res.resume();
          resolve(res.statusCode!);
        });
        slow.on('error', reject);
      });
      slow.write('{"input": "q1", "output": "a1"}\n');
      await new Promise((resolve) => setTimeout(resolve, 200)); // let the server take the slot
      const line = '{"input": "q2", "output": "a2"}\n';
      const second = await expectError(
        stack.request('POST', '/v1/datasets/streamed/items', {
          body: line,
          headers: { 'content-type': 'application/x-ndjson' },
        }),
        429,
        'rate_limited',
      );
      expect(second.message).toContain('ASSAY_MAX_CONCURRENT_UPLOADS');
      // Another project has its own slots.
      const other = await otherProjectKey(stack);
      await stack.call('POST', '/v1/datasets', { body: { name: 'theirs' }, key: other });
      const theirs = await stack.request('POST', '/v1/datasets/theirs/items', {
        key: other,
        body: line,
        headers: { 'content-type': 'application/x-ndjson' },
      });
      expect(theirs.status).toBe(200);
      // Finishing the first upload frees the slot.
      slow.end(' '.repeat(1000 - Buffer.byteLength('{"input": "q1", "output": "a1"}\n')));
      expect(await slowAnswer).toBe(200);
      const third = await stack.request('POST', '/v1/datasets/streamed/items', {
        body: line,
        headers: { 'content-type': 'application/x-ndjson' },
      });
      expect(third.status).toBe(200);
    });
  });

  it('keeps /healthz fast while hostile requests are answered', async () => {
    const healthz: number[] = [];
    let hostileDone = false;
    const probe = (async () => {
      while (!hostileDone) {
        const { value, ms } = await timed(fetch(`${stack.api.url}/healthz`));
        expect(value.status).toBe(200);
        healthz.push(ms);
      }
    })();
    const reader = await keyWithScopes(stack, ['write']);
    const hostile = await Promise.all([
      timed(
        stack.request('POST', '/v1/evaluators', {
          key: reader,
          body: codeEvaluator(['a' + '==1 '.repeat(49) + '#'], 'h1'),
        }),
      ),
      timed(
        stack.request('POST', '/v1/evaluators', {
          key: reader,
          body: judge({ name: 'h2', judge_prompt: '{{' + ' '.repeat(99_000) + '{{nope}}' }),
        }),
      ),
      timed(
        partialUpload(stack.api.url, {
          path: '/v1/datasets/big/items',
          headers: { 'content-type': 'application/x-ndjson' },
          declaredBytes: 10 * 1024 * 1024,
          sendBytes: 1024 * 1024,
        }),
      ),
    ]);
    hostileDone = true;
    await probe;
    const statuses = [hostile[0].value.status, hostile[1].value.status, hostile[2].value.status];
    expect(statuses).toEqual([422, 422, 401]);
    for (const { ms } of hostile) expect(ms).toBeLessThan(1000);
    expect(healthz.length).toBeGreaterThan(0);
    // Generous: this machine may be loaded; a blocked event loop would hold it for seconds or worse.
    expect(Math.max(...healthz)).toBeLessThan(1000);
  });
});
