import { setTimeout as delay } from 'node:timers/promises';
import { getEventListeners } from 'node:events';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { loadEnv } from '../../src/platform/config.js';
import type { InferenceParams } from '../../src/domain/inferenceParams.js';
import { ModelClient } from '../../src/models/modelClient.js';
import { ModelCallError } from '../../src/models/modelErrors.js';
import { ProviderRegistry } from '../../src/models/providers.js';
import { FakeLlmServer } from '../support/fake-llm/server.js';
import { fakeRegistry } from './fakeProvider.js';

const judgmentFormat: NonNullable<InferenceParams['response_format']> = {
  type: 'json_schema',
  json_schema: {
    name: 'verdict',
    description: 'A verdict',
    strict: true,
    schema: {
      type: 'object',
      properties: { score: { type: 'number' }, reasoning: { type: 'string' } },
      required: ['score', 'reasoning'],
      additionalProperties: false,
    },
  },
};

let server: FakeLlmServer;
let client: ModelClient;

beforeAll(async () => {
  server = await FakeLlmServer.start({ port: 0 });
  client = new ModelClient(fakeRegistry(server, { maxConcurrency: 2 }));
});
afterAll(() => server.close());
beforeEach(() => server.reset());

describe('ModelClient.complete on the chat completions API', () => {
  it('returns the text, the provider-reported usage, the model and the call latency', async () => {
    server.on({ model: 'gpt-4o-mini' }, () => ({
      content: 'Paris',
      usage: { promptTokens: 21, completionTokens: 3 },
    }));
    const reply = await client.complete({
      slug: 'fake/gpt-4o-mini',
      apiType: 'chat_completions',
      messages: [
        { role: 'system', content: 'Answer tersely.' },
        { role: 'user', content: 'Capital of France?' },
      ],
      inferenceParams: { temperature: 0, max_tokens: 20, seed: 7, stop: ['\n'] },
    });
    expect(reply).toMatchObject({
      text: 'Paris',
      usage: { input: 21, output: 3 },
      model: 'gpt-4o-mini',
      cached: false,
    });
    expect(reply.latencyMs).toBeGreaterThanOrEqual(0);

    expect(server.requests).toHaveLength(1);
    const [request] = server.requests;
    expect(request!.endpoint).toBe('chat');
    expect(request!.hasAuthorization).toBe(true);
    expect(request!.body).toMatchObject({
      model: 'gpt-4o-mini',
      messages: [
        { role: 'system', content: 'Answer tersely.' },
        { role: 'user', content: 'Capital of France?' },
      ],
      temperature: 0,
      max_tokens: 20,
      seed: 7,
      stop: ['\n'],
    });
  });

  it('passes a json_schema response_format through unchanged', async () => {
    server.on({}, { score: 0.5, reasoning: 'fine' });
    const reply = await client.complete({
      slug: 'fake/judge-model',
      apiType: 'chat_completions',
      messages: [{ role: 'user', content: 'Judge this.' }],
      inferenceParams: { response_format: judgmentFormat },
    });
    expect(JSON.parse(reply.text)).toEqual({ score: 0.5, reasoning: 'fine' });
    const body = server.requests[0]!.body as Record<string, unknown>;
    expect(body.response_format).toEqual(judgmentFormat);
  });

  it('maps max_output_tokens to max_completion_tokens', async () => {
    await client.complete({
      slug: 'fake/gpt-4o',
      apiType: 'chat_completions',
      messages: [{ role: 'user', content: 'hi' }],
      inferenceParams: { max_output_tokens: 64, reasoning_effort: 'low' },
    });
    const body = server.requests[0]!.body as Record<string, unknown>;
    expect(body).toMatchObject({ max_completion_tokens: 64, reasoning_effort: 'low' });
    expect(body).not.toHaveProperty('max_output_tokens');
  });
});

describe('ModelClient.complete on the Responses API', () => {
  it('sends the system message as instructions, the rest as input, and reads output_text and usage', async () => {
    server.on({ endpoint: 'responses' }, () => ({
      content: '{"score":1,"reasoning":"exact"}',
      usage: { promptTokens: 40, completionTokens: 9 },
    }));
    const reply = await client.complete({
      slug: 'fake/gpt-4o-mini',
      apiType: 'responses',
      messages: [
        { role: 'system', content: 'You grade answers.' },
        { role: 'user', content: 'Q: 2+2' },
        { role: 'assistant', content: '4' },
        { role: 'user', content: 'Grade it.' },
      ],
      inferenceParams: {
        temperature: 0.2,
        top_p: 0.9,
        max_tokens: 200,
        reasoning_effort: 'minimal',
        response_format: judgmentFormat,
      },
    });
    expect(reply).toMatchObject({
      text: '{"score":1,"reasoning":"exact"}',
      usage: { input: 40, output: 9 },
      model: 'gpt-4o-mini',
      cached: false,
    });

    const [request] = server.requests;
    expect(request!.endpoint).toBe('responses');
    expect(request!.body).toEqual({
      model: 'gpt-4o-mini',
      instructions: 'You grade answers.',
      input: [
        { role: 'user', content: 'Q: 2+2' },
        { role: 'assistant', content: '4' },
        { role: 'user', content: 'Grade it.' },
      ],
      temperature: 0.2,
      top_p: 0.9,
      max_output_tokens: 200,
      reasoning: { effort: 'minimal' },
      // The Responses API flattens json_schema: no nested `json_schema` object.
      text: {
        format: {
          type: 'json_schema',
          name: 'verdict',
          description: 'A verdict',
          strict: true,
          schema: judgmentFormat.type === 'json_schema' ? judgmentFormat.json_schema.schema : {},
        },
      },
    });
  });

  it('maps json_object to text.format and content parts to input parts', async () => {
    await client.complete({
      slug: 'fake/gpt-4o',
      apiType: 'responses',
      messages: [{ role: 'user', content: [{ type: 'text', text: 'Describe.' }] }],
      inferenceParams: { response_format: { type: 'json_object' } },
    });
    expect(server.requests[0]!.body).toMatchObject({
      input: [{ role: 'user', content: [{ type: 'input_text', text: 'Describe.' }] }],
      text: { format: { type: 'json_object' } },
    });
  });

  it('refuses chat-only parameters before calling, as a non-retryable bad request', async () => {
    const failure = await client
      .complete({
        slug: 'fake/gpt-4o',
        apiType: 'responses',
        messages: [{ role: 'user', content: 'hi' }],
        inferenceParams: { seed: 1 },
      })
      .catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ModelCallError);
    expect(failure).toMatchObject({ kind: 'bad_request', retryable: false });
    expect(server.requests).toHaveLength(0);
  });
});

describe('ModelClient resolution, cancellation and concurrency', () => {
  it('sends no Authorization header to a provider configured without a key', async () => {
    const keyless = ProviderRegistry.fromEnv(
      loadEnv({
        ASSAY_PROVIDERS: JSON.stringify({ local: { base_url: server.baseUrl } }),
        OPENAI_API_KEY: 'sk-must-not-leak-to-other-providers',
        OPENAI_BASE_URL: 'http://127.0.0.1:9/v1',
        OLLAMA_BASE_URL: 'http://127.0.0.1:9/v1',
      }),
    );
    await new ModelClient(keyless).complete({
      slug: 'local/llama3',
      apiType: 'chat_completions',
      messages: [{ role: 'user', content: 'hi' }],
    });
    expect(server.requests[0]).toMatchObject({ model: 'llama3', hasAuthorization: false });
  });

  it('rejects an unknown provider as not_found without a request', async () => {
    const failure = await client
      .complete({
        slug: 'nowhere/model',
        apiType: 'chat_completions',
        messages: [{ role: 'user', content: 'x' }],
      })
      .catch((error: unknown) => error);
    expect(failure).toMatchObject({ kind: 'not_found', retryable: false });
    expect((failure as Error).message).toContain("no provider 'nowhere'");
    expect(server.requests).toHaveLength(0);
  });

  it("rethrows the signal's reason when the caller aborts, rather than a model error", async () => {
    server.on({}, () => ({ fault: 'hang' }));
    const controller = new AbortController();
    const call = client
      .complete({
        slug: 'fake/gpt-4o',
        apiType: 'chat_completions',
        messages: [{ role: 'user', content: 'x' }],
        signal: controller.signal,
      })
      .catch((error: unknown) => error);
    await server.waitForRequests(1);
    const reason = new Error('activity cancelled');
    controller.abort(reason);
    expect(await call).toBe(reason);
  });

  it("leaves no listener on the caller's signal, however many calls share it", async () => {
    // A batch's calls share its signal: a listener left per call would pile up by the hundred.
    const batch = new AbortController();
    for (let i = 0; i < 3; i++) {
      await client.complete({
        slug: 'fake/gpt-4o',
        apiType: 'chat_completions',
        messages: [{ role: 'user', content: `call ${i}` }],
        signal: batch.signal,
      });
    }
    expect(getEventListeners(batch.signal, 'abort')).toHaveLength(0);
  });

  it('keeps at most max_concurrency calls in flight per provider', async () => {
    let inFlight = 0;
    let peak = 0;
    server.on({}, async () => {
      inFlight++;
      peak = Math.max(peak, inFlight);
      // The model's own work: long enough for queued calls to pile up if the limit leaked.
      await delay(40);
      inFlight--;
      return { content: 'ok' };
    });
    const replies = await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        client.complete({
          slug: 'fake/gpt-4o',
          apiType: 'chat_completions',
          messages: [{ role: 'user', content: `call ${i}` }],
        }),
      ),
    );
    expect(replies.map((r) => r.text)).toEqual(Array(6).fill('ok'));
    expect(server.requests).toHaveLength(6);
    expect(peak).toBe(2);
  });

  it('lets a call cancelled while waiting for a slot leave the queue at once, and serves the rest in order', async () => {
    let releaseModel!: () => void;
    const modelBusy = new Promise<void>((resolve) => (releaseModel = resolve));
    server.on({ prompt: 'hold' }, async () => {
      await modelBusy;
      return { content: 'held' };
    });
    const call = (content: string, signal?: AbortSignal) =>
      client.complete({
        slug: 'fake/gpt-4o',
        apiType: 'chat_completions',
        messages: [{ role: 'user', content }],
        signal,
      });
    // Both of the provider's two slots are taken by calls the model holds.
    const held = [call('hold'), call('hold')];
    await server.waitForRequests(2);
    const controller = new AbortController();
    const cancelled = call('cancelled', controller.signal).catch((error: unknown) => error);
    const order: string[] = [];
    const waiting = call('waiting').then((reply) => order.push(reply.text));
    const reason = new Error('activity cancelled');
    controller.abort(reason);
    expect(await cancelled).toBe(reason);
    releaseModel();
    await Promise.all([...held, waiting]);
    expect(order).toHaveLength(1);
    // The cancelled call never reached the provider.
    expect(server.requests.map((r) => r.promptText)).not.toContain('cancelled');
    expect(server.requests).toHaveLength(3);
  });
});
