import { loadEnv } from '../../src/platform/config.js';
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import type { Evaluator } from '../../src/domain/evaluators.js';
import { judgeItem, type JudgeArgs, UNPARSEABLE_JUDGE_REPLY } from '../../src/judge/scoreJudgment.js';
import { ModelClient } from '../../src/models/modelClient.js';
import { ModelCallError } from '../../src/models/modelErrors.js';
import { ProviderRegistry } from '../../src/models/providers.js';
import { MongoResponseCache } from '../../src/store/responseCache.js';
import { connectMongo } from '../../src/store/mongo.js';
import { FakeLlmServer, type FakeRequest } from '../support/fake-llm/server.js';
import { fakeRegistry } from '../models/fakeProvider.js';
import type { ModelReply } from '../../src/models/replies.js';
import { CachingModelClient } from '../../src/models/cachingModelClient.js';

let server: FakeLlmServer;
let client: ModelClient;

beforeAll(async () => {
  server = await FakeLlmServer.start({ port: 0 });
  client = new ModelClient(fakeRegistry(server));
});
afterAll(() => server.close());
beforeEach(() => server.reset());

function evaluator(overrides: Partial<Evaluator> = {}): Evaluator {
  return {
    object: 'evaluator',
    id: 'evl_test',
    version: 1,
    type: 'judge',
    container_id: 'ctr_test',
    name: 'correctness',
    description: null,
    judge_model: 'fake/judge-model',
    panel_models: null,
    panel_aggregate: null,
    position_swap: null,
    score_range: null,
    judge_prompt:
      'Question: {{input}}\nAnswer ({{model}}): {{output}}\nReference: {{ground_truth}}\nTopic: {{metadata.topic}}\nScore the answer.',
    code: null,
    requirements: [],
    threshold: null,
    mode: 'pointwise',
    api_type: 'chat_completions',
    inference_params: null,
    grader: null,
    metadata: {},
    created_at: 0,
    updated_at: 0,
    ...overrides,
  };
}

const args = (overrides: Partial<JudgeArgs> = {}): JudgeArgs => ({
  evaluator: evaluator(),
  sample: { input: 'Capital of France?', output: 'Paris', metadata: { topic: 'geography' }, model: 'gpt-x' },
  groundTruth: { input: 'Capital of France?', output: 'Paris, France' },
  ...overrides,
});

/** Replies in order, one per request, so a test states exactly what each call answers. */
function replySequence(...replies: string[]) {
  server.on({}, (req: FakeRequest) => ({ content: replies[Math.min(req.seq - 1, replies.length - 1)]! }));
}

describe('judgeItem', () => {
  it('scores a valid structured reply, asking with the rendered prompt and the default judgment schema', async () => {
    server.on({}, () => ({
      content: JSON.stringify({ reasoning: 'matches the reference', score: 0.9 }),
      usage: { promptTokens: 50, completionTokens: 12 },
    }));
    const outcome = await judgeItem({ client }, args());
    expect(outcome).toEqual({
      status: 'scored',
      score: 0.9,
      passed: null,
      reasoning: 'matches the reference',
      usage: { input: 50, output: 12 },
      latencyMs: expect.any(Number),
      modelCalls: 1,
      // Asked of the provider, not answered from a project answer cache.
      cacheHits: 0,
      savedUsage: { input: 0, output: 0 },
      parseFailures: 0,
      escalations: 0,
      unreadableReplies: [],
    });
    expect(server.requests).toHaveLength(1);
    const request = server.requests[0]!;
    expect(request.model).toBe('judge-model');
    expect(request.promptText).toBe(
      'Question: Capital of France?\nAnswer (gpt-x): Paris\nReference: Paris, France\nTopic: geography\nScore the answer.',
    );
    expect((request.body as { response_format: unknown }).response_format).toMatchObject({
      type: 'json_schema',
      json_schema: { name: 'judgment', strict: true },
    });
  });

  it('finds the JSON in a prose reply', async () => {
    replySequence('Sure. My verdict is {"score": 0.4, "reasoning": "vague"} as requested.');
    expect(await judgeItem({ client }, args())).toMatchObject({
      status: 'scored',
      score: 0.4,
      reasoning: 'vague',
      modelCalls: 1,
    });
  });

  it('escalates after garbage: corrected, then JSON mode afresh, then that corrected; then an error with the history', async () => {
    replySequence('I like it!', 'Still no JSON, sorry.', 'Really great work.', 'Nope.');
    const outcome = await judgeItem({ client }, args());
    expect(outcome).toMatchObject({
      status: 'error',
      error: UNPARSEABLE_JUDGE_REPLY,
      raw: 'Nope.',
      modelCalls: 4,
      parseFailures: 4,
      escalations: 2,
      unreadableReplies: ['I like it!', 'Still no JSON, sorry.', 'Really great work.', 'Nope.'],
    });
    expect(outcome.usage.input).toBeGreaterThan(0);
    expect(server.requests).toHaveLength(4);
    type Body = { messages: { role: string; content: string }[]; response_format?: { type: string } };
    const [, corrected, jsonMode, jsonModeCorrected] = server.requests.map((r) => r.body as Body);
    expect(corrected!.messages.map((m) => m.role)).toEqual(['user', 'assistant', 'user']);
    expect(corrected!.messages[1]!.content).toBe('I like it!');
    expect(corrected!.messages[2]!.content).toMatch(
      /could not be read \(the reply contains no JSON.*"score"/,
    );
    // A fresh conversation through the other structured-output path: not the same request again.
    expect(jsonMode!.messages.map((m) => m.role)).toEqual(['system', 'user']);
    expect(jsonMode!.response_format).toEqual({ type: 'json_object' });
    expect(jsonModeCorrected!.messages.map((m) => m.role)).toEqual(['system', 'user', 'assistant', 'user']);
    expect(jsonModeCorrected!.messages[2]!.content).toBe('Really great work.');
  });

  it('scores the JSON-mode reply when the correction did not help, counting the escalation', async () => {
    replySequence('Great.', 'Still great.', '{"reasoning": "fine", "score": 0.6}');
    expect(await judgeItem({ client }, args())).toMatchObject({
      status: 'scored',
      score: 0.6,
      modelCalls: 3,
      parseFailures: 2,
      escalations: 1,
      unreadableReplies: ['Great.', 'Still great.'],
    });
  });

  it('keeps correcting a custom response_format, which has no other path to escalate to', async () => {
    replySequence('no', 'no', 'no', 'no');
    const outcome = await judgeItem(
      { client },
      args({
        evaluator: evaluator({
          inference_params: { response_format: { type: 'json_object' } },
        }),
      }),
    );
    expect(outcome).toMatchObject({ status: 'error', modelCalls: 4, escalations: 0 });
    const last = server.requests[3]!.body as { messages: { role: string }[] };
    expect(last.messages).toHaveLength(7);
  });

  it('the parse error fed back names what was wrong with the reply', async () => {
    replySequence('{"verdict": "good"}', '{"score": 0.5, "reasoning": "ok"}');
    expect(await judgeItem({ client }, args())).toMatchObject({
      status: 'scored',
      score: 0.5,
      parseFailures: 1,
    });
    const retry = server.requests[1]!.body as { messages: { role: string; content: string }[] };
    expect(retry.messages[2]!.content).toContain('score: ');
  });

  it('reads a score stated in prose without a re-ask', async () => {
    replySequence('The answer matches the reference closely. Score: 0.85');
    expect(await judgeItem({ client }, args())).toMatchObject({
      status: 'scored',
      score: 0.85,
      reasoning: 'The answer matches the reference closely. Score: 0.85',
      modelCalls: 1,
      parseFailures: 0,
    });
  });

  it('scores the corrected reply when the re-ask succeeds', async () => {
    replySequence('Great answer.', '{"reasoning": "correct", "score": 1}');
    expect(await judgeItem({ client }, args())).toMatchObject({
      status: 'scored',
      score: 1,
      reasoning: 'correct',
      modelCalls: 2,
      parseFailures: 1,
    });
    expect(server.requests).toHaveLength(2);
  });

  it('decides pass or fail against the threshold', async () => {
    server.on({}, { score: 0.7, reasoning: 'ok' });
    expect(await judgeItem({ client }, args({ evaluator: evaluator({ threshold: 0.7 }) }))).toMatchObject({
      passed: true,
    });
    expect(await judgeItem({ client }, args({ evaluator: evaluator({ threshold: 0.71 }) }))).toMatchObject({
      passed: false,
    });
  });

  it("uses the evaluator's own response_format and parameters, and reads its score", async () => {
    const format = {
      type: 'json_schema' as const,
      json_schema: {
        name: 'grade',
        strict: true,
        schema: {
          type: 'object' as const,
          properties: { score: { type: 'integer' }, reason: { type: 'string' }, label: { type: 'string' } },
          required: ['score', 'reason', 'label'],
          additionalProperties: false,
        },
      },
    };
    server.on({}, { score: 8, reason: 'solid', label: 'good' });
    const outcome = await judgeItem(
      { client },
      args({
        evaluator: evaluator({ threshold: 7, inference_params: { temperature: 0, response_format: format } }),
      }),
    );
    expect(outcome).toMatchObject({ status: 'scored', score: 8, passed: true, reasoning: 'solid' });
    expect(server.requests[0]!.body).toMatchObject({ temperature: 0, response_format: format });
  });

  it('asks a tool_call provider for the judgment as a forced function call and reads its arguments', async () => {
    const toolClient = new ModelClient(
      ProviderRegistry.fromEnv(
        loadEnv({
          ASSAY_PROVIDERS: JSON.stringify({
            fake: { base_url: server.baseUrl, structured_output: 'tool_call' },
          }),
          OPENAI_BASE_URL: 'http://127.0.0.1:9/v1',
          OLLAMA_BASE_URL: 'http://127.0.0.1:9/v1',
        }),
      ),
    );
    const outcome = await judgeItem({ client: toolClient }, args());
    expect(outcome).toMatchObject({ status: 'scored', parseFailures: 0, modelCalls: 1 });
    const body = server.requests[0]!.body as Record<string, unknown>;
    expect(body.response_format).toBeUndefined();
    expect(body.tool_choice).toEqual({ type: 'function', function: { name: 'judgment' } });
    expect(body.tools).toMatchObject([
      {
        type: 'function',
        function: { name: 'judgment', strict: true, parameters: { required: ['reasoning', 'score'] } },
      },
    ]);
  });

  it('asks a json_object provider in JSON mode with the schema stated in a system message', async () => {
    const jsonClient = new ModelClient(
      ProviderRegistry.fromEnv(
        loadEnv({
          ASSAY_PROVIDERS: JSON.stringify({
            fake: { base_url: server.baseUrl, structured_output: 'json_object' },
          }),
          OPENAI_BASE_URL: 'http://127.0.0.1:9/v1',
          OLLAMA_BASE_URL: 'http://127.0.0.1:9/v1',
        }),
      ),
    );
    expect(await judgeItem({ client: jsonClient }, args())).toMatchObject({
      status: 'scored',
      modelCalls: 1,
    });
    const body = server.requests[0]!.body as {
      response_format: unknown;
      messages: { role: string; content: string }[];
    };
    expect(body.response_format).toEqual({ type: 'json_object' });
    expect(body.messages.at(-1)).toMatchObject({ role: 'system' });
    expect(body.messages.at(-1)!.content).toContain('"score"');
  });

  it('calls the Responses API when the evaluator says so', async () => {
    server.on({ endpoint: 'responses' }, { score: 0.3, reasoning: 'weak' });
    const outcome = await judgeItem({ client }, args({ evaluator: evaluator({ api_type: 'responses' }) }));
    expect(outcome).toMatchObject({ status: 'scored', score: 0.3 });
    expect(server.requests[0]).toMatchObject({ endpoint: 'responses' });
    expect(server.requests[0]!.body).toMatchObject({
      text: { format: { type: 'json_schema', name: 'judgment' } },
    });
  });

  it('throws retryable model failures for Temporal to retry', async () => {
    server.on({}, () => ({ fault: '503' }));
    const thrown = await judgeItem({ client }, args()).catch((error: unknown) => error);
    expect(thrown).toBeInstanceOf(ModelCallError);
    expect(thrown).toMatchObject({ kind: 'server_error', retryable: true });
  });

  it('throws a rejected key (401) instead of recording it on the item: the run pauses on it', async () => {
    server.on({}, () => ({ fault: 'status', status: 401, message: 'Incorrect API key provided' }));
    const thrown = await judgeItem({ client }, args()).catch((error: unknown) => error);
    expect(thrown).toMatchObject({ kind: 'auth', status: 401, retryable: false });
  });

  it('records non-retryable model failures as an item error', async () => {
    server.on({}, () => ({ fault: 'status', status: 400, message: 'Invalid schema for response_format' }));
    const outcome = await judgeItem({ client }, args());
    expect(outcome).toMatchObject({ status: 'error', modelCalls: 0 });
    expect(outcome.status === 'error' && outcome.error).toBe(
      'fake/judge-model: 400 the provider refused the request as invalid',
    );
  });

  it('leaves a sample without output unscored, without calling the judge', async () => {
    const outcome = await judgeItem({ client }, args({ sample: { input: 'q', output: null } }));
    expect(outcome).toMatchObject({ status: 'unscored', modelCalls: 0 });
    expect(server.requests).toHaveLength(0);
  });
});

describe('judgeItem with the response cache', () => {
  it('a re-executed batch reuses the answers already paid for, the re-ask included', async () => {
    const mongo = await connectMongo(
      inject('mongoUri'),
      `assay_test_judge_${randomBytes(4).toString('hex')}`,
    );
    try {
      const cache = new MongoResponseCache<ModelReply>(mongo.db);
      replySequence('no JSON here', '{"reasoning": "fine", "score": 0.6}');
      const cached = (scope: string) => new CachingModelClient(client, cache, scope);
      const first = await judgeItem({ client: cached('run_judge') }, args());
      expect(server.requests).toHaveLength(2);

      const again = await judgeItem({ client: cached('run_judge') }, args());
      expect(server.requests).toHaveLength(2);
      expect(again).toEqual(first);
      expect(again).toMatchObject({ status: 'scored', score: 0.6, modelCalls: 2 });

      // Another run (scope) asks the model afresh.
      await judgeItem({ client: cached('run_other') }, args());
      expect(server.requests).toHaveLength(3);
    } finally {
      await mongo.db.dropDatabase();
      await mongo.close();
    }
  });
});
