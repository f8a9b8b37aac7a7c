import { createHash } from 'node:crypto';
import {
  type OpenAI,
  APIConnectionError,
  APIConnectionTimeoutError,
  BadRequestError,
  InternalServerError,
  NotFoundError,
  RateLimitError,
} from 'openai';
import { zodResponseFormat, zodTextFormat } from 'openai/helpers/zod';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { stableJson } from '../src/domain/stableJson.js';
import {
  DEFAULT_MODELS,
  defaultCompletionFor,
  defaultScoreFor,
  estimateTokens,
  FakeLlmServer,
  requestKeyFor,
} from './support/fake-llm/server.js';
import { FAKE_API_KEY, fakeLlmClient, rejectionOf, withFakeLlm } from './support/fake-llm/testing.js';
import { RequestLog } from './support/fake-llm/request-log.js';

const judgeSchema = z.object({ score: z.number(), reasoning: z.string() });

let server: FakeLlmServer;
let client: OpenAI;

function ask(prompt: string, model = 'gpt-4o-mini', target = client) {
  return target.chat.completions.create({ model, messages: [{ role: 'user', content: prompt }] });
}

async function askText(prompt: string, model?: string, target?: OpenAI): Promise<string | null | undefined> {
  return (await ask(prompt, model, target)).choices[0]?.message.content;
}

beforeAll(async () => {
  server = await FakeLlmServer.start();
  client = fakeLlmClient(server);
});

afterEach(() => {
  server.reset();
  server.setLatency(0);
});

afterAll(async () => {
  await server.close();
});

describe('chat completions', () => {
  it('answers with a deterministic echo, ids and realistic usage', async () => {
    const completion = await client.chat.completions.create({
      model: 'gpt-4o-mini',
      messages: [
        { role: 'system', content: 'You are terse.' },
        { role: 'user', content: 'Say hello to the evaluation harness, please.' },
      ],
    });

    const expected = defaultCompletionFor('gpt-4o-mini', 'Say hello to the evaluation harness, please.');
    expect(completion.choices[0]?.message.content).toBe(expected);
    expect(completion.choices[0]?.finish_reason).toBe('stop');
    expect(completion.id).toMatch(/^chatcmpl-/);
    expect(completion.model).toBe('gpt-4o-mini');
    expect(completion.created).toBeGreaterThan(1_600_000_000);
    const promptTokens = estimateTokens('You are terse.\nSay hello to the evaluation harness, please.');
    expect(completion.usage).toMatchObject({
      prompt_tokens: promptTokens,
      completion_tokens: estimateTokens(expected),
      total_tokens: promptTokens + estimateTokens(expected),
    });
  });

  it('gives a json_schema judge request a parseable, predictable score', async () => {
    const completion = await client.chat.completions.parse({
      model: 'judge-model',
      messages: [
        { role: 'system', content: 'Grade the answer.' },
        { role: 'user', content: 'Question: 2+2? Answer: 4' },
      ],
      response_format: zodResponseFormat(judgeSchema, 'verdict'),
    });

    const promptText = 'Grade the answer.\nQuestion: 2+2? Answer: 4';
    expect(server.requests[0]?.promptText).toBe(promptText);
    expect(completion.choices[0]?.message.parsed?.score).toBe(defaultScoreFor(promptText));
    expect(defaultScoreFor(promptText)).toBeGreaterThanOrEqual(0);
    expect(defaultScoreFor(promptText)).toBeLessThanOrEqual(1);
  });

  it('returns a JSON object in json_object mode', async () => {
    const completion = await client.chat.completions.create({
      model: 'judge-model',
      messages: [{ role: 'user', content: 'Score this as JSON.' }],
      response_format: { type: 'json_object' },
    });

    const verdict = judgeSchema.parse(JSON.parse(completion.choices[0]?.message.content ?? ''));
    expect(verdict.score).toBe(defaultScoreFor('Score this as JSON.'));
  });

  it('rejects a body without messages with a 400 in OpenAI error shape', async () => {
    const error = await rejectionOf(client.chat.completions.create({ model: 'gpt-4o', messages: [] }));
    expect(error).toBeInstanceOf(BadRequestError);
    expect((error as BadRequestError).type).toBe('invalid_request_error');
  });
});

describe('responses API', () => {
  it('answers input plus instructions, with output_text and Responses usage', async () => {
    const response = await client.responses.create({
      model: 'gpt-4o',
      instructions: 'Be brief.',
      input: 'What is the capital of France?',
    });

    expect(response.output_text).toBe(defaultCompletionFor('gpt-4o', 'What is the capital of France?'));
    expect(response.status).toBe('completed');
    const inputTokens = estimateTokens('Be brief.\nWhat is the capital of France?');
    expect(response.usage).toMatchObject({
      input_tokens: inputTokens,
      output_tokens: estimateTokens(response.output_text),
      total_tokens: inputTokens + estimateTokens(response.output_text),
    });
  });

  it('serves text.format json_schema judges from a message-array input', async () => {
    const response = await client.responses.parse({
      model: 'judge-model',
      input: [{ role: 'user', content: [{ type: 'input_text', text: 'Rate: the sky is green.' }] }],
      text: { format: zodTextFormat(judgeSchema, 'verdict') },
    });

    expect(response.output_parsed?.score).toBe(defaultScoreFor('Rate: the sky is green.'));
  });
});

describe('programmed rules', () => {
  it('matches by model and by prompt, and later rules win', async () => {
    server.on({ model: 'model-a' }, 'reply from model-a');
    server.on({ prompt: /capital/i }, { answer: 'Paris' });
    server.on({ model: 'model-a', prompt: 'capital' }, 'most recent rule');

    expect(await askText('hi', 'model-a')).toBe('reply from model-a');
    expect(await askText('The capital?', 'model-b')).toBe('{"answer":"Paris"}');
    expect(await askText('The capital?', 'model-a')).toBe('most recent rule');
  });

  it('passes the request to reply functions and honours usage and endpoint filters', async () => {
    server.on({ endpoint: 'responses' }, 'responses only');
    server.on({ endpoint: 'chat' }, (req) => ({
      content: `seq ${req.seq} for ${req.model}: ${req.lastUserText}`,
      usage: { promptTokens: 111, completionTokens: 22 },
    }));

    const completion = await ask('ping', 'llama3');
    expect(completion.choices[0]?.message.content).toBe('seq 1 for llama3: ping');
    expect(completion.usage).toMatchObject({ prompt_tokens: 111, completion_tokens: 22, total_tokens: 133 });
    const response = await client.responses.create({ model: 'llama3', input: 'ping' });
    expect(response.output_text).toBe('responses only');
  });

  it('turns a throwing reply function into a 500 that names the problem', async () => {
    server.on({}, () => {
      throw new Error('rule exploded');
    });
    const error = await rejectionOf(ask('anything'));
    expect(error).toBeInstanceOf(InternalServerError);
    expect((error as InternalServerError).message).toContain('rule exploded');
  });
});

describe('faults', () => {
  it('returns 429 with a Retry-After header the client can read', async () => {
    server.on({ prompt: 'busy' }, () => ({ fault: '429', retryAfterSeconds: 7 }));

    const error = await rejectionOf(ask('are you busy?'));
    expect(error).toBeInstanceOf(RateLimitError);
    expect((error as RateLimitError).headers.get('retry-after')).toBe('7');
    expect((error as RateLimitError).code).toBe('rate_limit_exceeded');
    expect(server.requests[0]).toMatchObject({ status: 429, faulted: '429', answered: false });
  });

  it('returns 503 as a server error', async () => {
    server.setFaults({ rate: 1, kinds: ['503'] });

    const error = await rejectionOf(ask('hello'));
    expect(error).toBeInstanceOf(InternalServerError);
    expect((error as InternalServerError).status).toBe(503);
  });

  it('never answers a hung request, so the client times out', async () => {
    server.on({}, () => ({ fault: 'hang' }));

    const error = await rejectionOf(ask('hello', 'gpt-4o', fakeLlmClient(server, { timeout: 300 })));
    expect(error).toBeInstanceOf(APIConnectionTimeoutError);
    expect(server.requests[0]).toMatchObject({ status: null, faulted: 'hang', answered: false });
  });

  it('destroys hung sockets on close instead of waiting for clients', async () => {
    await withFakeLlm({}, async (doomed) => {
      doomed.on({}, () => ({ fault: 'hang' }));
      const pending = rejectionOf(ask('hello', 'gpt-4o', fakeLlmClient(doomed, { timeout: 60_000 })));
      await doomed.waitForRequests(1);
      await doomed.close();
      expect(await pending).toBeInstanceOf(APIConnectionError);
    });
  }, 5_000);

  it('sends a 200 whose body is not JSON for malformed', async () => {
    server.on({}, () => ({ fault: 'malformed' }));

    // The SDK does not wrap a body it cannot parse: callers see the JSON parser's own error.
    const error = await rejectionOf(ask('hello'));
    expect(error).toBeInstanceOf(SyntaxError);
    expect(server.requests[0]).toMatchObject({ status: 200, faulted: 'malformed', answered: false });
  });

  it('reshapes judge verdicts as models get them wrong: prose, fenced, truncated; other replies untouched', async () => {
    const judged = (kind: 'prose' | 'fenced' | 'truncated_json') => {
      server.setFaults({ rate: 1, kinds: [kind] });
      return client.chat.completions.create({
        model: 'judge-model',
        messages: [{ role: 'user', content: 'Score this answer.' }],
        response_format: zodResponseFormat(judgeSchema, 'judgment'),
      });
    };
    const score = defaultScoreFor('Score this answer.');
    const text = async (kind: 'prose' | 'fenced' | 'truncated_json') =>
      (await judged(kind)).choices[0]!.message.content!;

    expect(await text('prose')).toContain(`a score of ${score}.`);
    const fenced = await text('fenced');
    expect(fenced).toMatch(/^Here is my verdict:\n```json\n/);
    expect(JSON.parse(fenced.slice(fenced.indexOf('{'), fenced.lastIndexOf('}') + 1))).toMatchObject({
      score,
    });
    const truncated = await text('truncated_json');
    expect(truncated.startsWith('{"reasoning":')).toBe(true);
    expect(() => JSON.parse(truncated)).toThrow();
    expect(truncated).not.toContain('"score"');

    // Plain completions are not judge verdicts: they come through as they are.
    server.setFaults({ rate: 1, kinds: ['prose'] });
    expect(await askText('hello')).toBe(defaultCompletionFor('gpt-4o-mini', 'hello'));
  });

  it('injects random faults reproducibly for a given seed', async () => {
    const statusesWithSeed = (seed: number) =>
      withFakeLlm({ seed, faults: { rate: 0.5, kinds: ['500', '503'] } }, async (faulty) => {
        const faultyClient = fakeLlmClient(faulty);
        for (let attempt = 0; attempt < 20; attempt++) {
          await ask(`question ${attempt}`, 'gpt-4o', faultyClient).catch(() => undefined);
        }
        return faulty.requests.map((entry) => entry.status);
      });

    const first = await statusesWithSeed(7);
    expect(await statusesWithSeed(7)).toEqual(first);
    expect(first).toContain(200);
    expect(first.some((status) => status === 500 || status === 503)).toBe(true);
  });
});

describe('request log and admin API', () => {
  it('flags answered requests, keys bodies stably and never records the API key', async () => {
    server.on({ prompt: 'fail' }, () => ({ fault: '500' }));
    const body = { model: 'gpt-4o', messages: [{ role: 'user' as const, content: 'succeed' }] };

    await client.chat.completions.create(body);
    await client.chat.completions.create(body);
    await rejectionOf(ask('fail'));

    expect(server.requests.map((entry) => [entry.seq, entry.status, entry.answered])).toEqual([
      [1, 200, true],
      [2, 200, true],
      [3, 500, false],
    ]);
    expect(server.answeredKeys()).toEqual([requestKeyFor(body), requestKeyFor(body)]);
    expect(server.requests.every((entry) => entry.hasAuthorization)).toBe(true);
    expect(JSON.stringify(server.requests)).not.toContain(FAKE_API_KEY);
  });

  it('keeps at most twice its limit of requests, the most recent, numbering every one', () => {
    const log = new RequestLog(3);
    for (let i = 0; i < 10; i++) {
      log.add({
        endpoint: 'chat',
        model: 'm',
        body: {},
        promptText: `p${i}`,
        requestKey: `k${i}`,
        receivedAt: 0,
        status: 200,
        answered: true,
        hasAuthorization: true,
      });
    }
    expect(log.entries.map((entry) => entry.seq)).toEqual([7, 8, 9, 10]);
  });

  it("keys a body by Assay's own stable serialisation: key order and undefined fields do not matter", () => {
    const body = { model: 'm', messages: [{ role: 'user', content: 'x' }], temperature: 0 };
    const reordered = {
      temperature: 0,
      seed: undefined,
      messages: [{ content: 'x', role: 'user' }],
      model: 'm',
    };
    expect(requestKeyFor(reordered)).toBe(requestKeyFor(body));
    expect(requestKeyFor(body)).toBe(createHash('sha256').update(stableJson(body)).digest('hex'));
  });

  it('serves the log and accepts faults, latency and reset through the admin API', async () => {
    const origin = server.baseUrl.replace(/\/v1$/, '');
    const post = (path: string, body: unknown = {}) =>
      fetch(`${origin}${path}`, { method: 'POST', body: JSON.stringify(body) });

    await fetch(`${server.baseUrl}/chat/completions`, {
      method: 'POST',
      body: JSON.stringify({ model: 'gpt-4o', messages: [{ role: 'user', content: 'no key' }] }),
    });
    const logged = (await (await fetch(`${origin}/_fake/requests`)).json()) as { requests: unknown[] };
    expect(logged.requests).toMatchObject([{ hasAuthorization: false, answered: true }]);

    expect((await post('/_fake/faults', { rate: 1, kinds: ['503'] })).status).toBe(200);
    expect(await rejectionOf(ask('hello'))).toBeInstanceOf(InternalServerError);
    expect((await post('/_fake/faults', { rate: 3 })).status).toBe(400);
    expect((await post('/_fake/latency', { latencyMs: { min: 0, max: 1 } })).status).toBe(200);
    expect((await post('/_fake/reset')).status).toBe(200);
    expect(server.requests).toHaveLength(0);
    expect(await askText('hello')).toBe(defaultCompletionFor('gpt-4o-mini', 'hello'));
  });

  it('delays replies by the configured latency', async () => {
    server.setLatency({ min: 80, max: 80 });
    const startedAt = performance.now();
    await ask('slow please');
    expect(performance.now() - startedAt).toBeGreaterThanOrEqual(75);
  });
});

describe('models', () => {
  it('lists the default models and models named by rules', async () => {
    server.on({ model: 'custom-model' }, 'custom');

    const ids = [];
    for await (const model of client.models.list()) ids.push(model.id);
    expect(DEFAULT_MODELS).toEqual(['gpt-4o-mini', 'gpt-4o', 'llama3', 'judge-model', 'model-a', 'model-b']);
    expect(ids).toEqual([...DEFAULT_MODELS, 'custom-model']);
  });

  it('404s unknown models when acceptAnyModel is false', async () => {
    await withFakeLlm({ acceptAnyModel: false, models: ['only-model'] }, async (strict) => {
      const strictClient = fakeLlmClient(strict);
      const error = await rejectionOf(ask('hello', 'gpt-4o', strictClient));
      expect(error).toBeInstanceOf(NotFoundError);
      expect((error as NotFoundError).code).toBe('model_not_found');
      expect(await askText('hello', 'only-model', strictClient)).toBe(
        defaultCompletionFor('only-model', 'hello'),
      );
    });
  });
});
