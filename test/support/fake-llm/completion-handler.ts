import type { IncomingMessage, ServerResponse } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import { isRecord, readCompletionRequest, validateCompletionBody } from './completion-request.js';
import type { ComparisonJudgeSettings } from './comparison-judge.js';
import { defaultReplyFor } from './default-reply.js';
import { requestKeyFor } from './deterministic.js';
import type { FaultInjector } from './fault-injector.js';
import { writeFault } from './fault-responses.js';
import { isMalformedJudgeKind, malformJudgeReply } from './malformed-judge.js';
import { readBody, sendError, sendJson } from './http-io.js';
import type { LatencySchedule } from './latency-schedule.js';
import { chatCompletionBody, responsesBody } from './reply-bodies.js';
import type { RequestLog } from './request-log.js';
import type { RequestsPerMinute } from './rate-limit.js';
import type { RuleBook } from './rule-book.js';
import type { Endpoint, FakeReply, FakeRequest, RequestLogEntry } from './types.js';

export interface CompletionDependencies {
  log: RequestLog;
  rules: RuleBook;
  /** How the default comparing judge decides (see comparison-judge.ts). */
  comparisons(): ComparisonJudgeSettings;
  faults: FaultInjector;
  /** The provider's requests-per-minute limit, when one is set. */
  rateLimit: RequestsPerMinute;
  latency: LatencySchedule;
  isKnownModel(model: string): boolean;
  /** Aborted on close, so pending latency delays stop holding the process open. */
  shutdown: AbortSignal;
}

/** One completion request, from raw body to logged outcome, for either endpoint. */
export async function handleCompletion(
  deps: CompletionDependencies,
  endpoint: Endpoint,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  const body = parseJsonObject(await readBody(req));
  if (!body) {
    await sendError(res, 400, {
      message: 'We could not parse the JSON body of your request; expected a JSON object.',
      type: 'invalid_request_error',
      code: 'invalid_json',
    });
    return;
  }
  const text = readCompletionRequest(endpoint, body);
  const hasAuthorization = req.headers.authorization !== undefined;
  const entry = deps.log.add({
    endpoint,
    model: text.model,
    body,
    promptText: text.promptText,
    requestKey: requestKeyFor(body),
    receivedAt: Date.now(),
    status: null,
    answered: false,
    hasAuthorization,
  });
  const admitted = deps.rateLimit.admit();
  if (!admitted.ok) {
    entry.status = 429;
    entry.faulted = '429';
    await sendError(
      res,
      429,
      {
        message: `Rate limit reached for requests (fake-llm). Please try again in ${admitted.retryAfterMs}ms.`,
        type: 'requests',
        code: 'rate_limit_exceeded',
      },
      {
        'retry-after-ms': String(admitted.retryAfterMs),
        'retry-after': String(Math.ceil(admitted.retryAfterMs / 1000)),
      },
    );
    return;
  }
  if (!(await simulateLatency(deps))) return;

  const rejection = rejectionFor(deps, endpoint, body, text.model);
  if (rejection) {
    entry.status = rejection.status;
    await sendError(res, rejection.status, rejection.error);
    return;
  }

  const fakeRequest: FakeRequest = { seq: entry.seq, endpoint, body, hasAuthorization, ...text };
  let reply: FakeReply;
  try {
    reply = await replyFor(deps, fakeRequest, entry);
  } catch (error) {
    // Surfacing a broken rule as a 500 makes it visible in the test that hit it.
    entry.status = 500;
    const message = error instanceof Error ? error.message : String(error);
    await sendError(res, 500, {
      message: `fake-llm rule failed: ${message}`,
      type: 'server_error',
      code: 'rule_error',
    });
    return;
  }
  await writeReply(res, entry, fakeRequest, reply);
}

async function writeReply(
  res: ServerResponse,
  entry: RequestLogEntry,
  req: FakeRequest,
  reply: FakeReply,
): Promise<void> {
  if ('fault' in reply) {
    entry.faulted = reply.fault;
    entry.status = await writeFault(res, reply);
    return;
  }
  const payload = req.endpoint === 'chat' ? chatCompletionBody(req, reply) : responsesBody(req, reply);
  entry.status = 200;
  entry.answered = await sendJson(res, 200, payload, { 'x-request-id': `req_fake_${entry.seq}` });
}

/** Random faults come first: they model an unreliable provider, whatever the test programmed. */
async function replyFor(
  deps: CompletionDependencies,
  req: FakeRequest,
  entry: RequestLogEntry,
): Promise<FakeReply> {
  const drawn = deps.faults.draw();
  const programmed = async () => (await deps.rules.replyFor(req)) ?? defaultReplyFor(req, deps.comparisons());
  // A malformed judge reply is the answer the fake would give, in a shape models get wrong.
  if (drawn && isMalformedJudgeKind(drawn.fault)) {
    const reshaped = malformJudgeReply(drawn.fault, await programmed());
    // Logged like a fault, so a benchmark can count the malformed replies it caused.
    if (!('fault' in reshaped)) entry.faulted = drawn.fault;
    return reshaped;
  }
  const reply = drawn ?? (await programmed());
  // Reply functions written in plain JS, or cast, can return anything.
  const unchecked: unknown = reply;
  if (
    !isRecord(unchecked) ||
    (typeof unchecked.content !== 'string' && typeof unchecked.fault !== 'string')
  ) {
    throw new Error(
      `a reply function must return { content } or { fault }, got ${JSON.stringify(unchecked)}`,
    );
  }
  return reply;
}

function rejectionFor(
  deps: CompletionDependencies,
  endpoint: Endpoint,
  body: Record<string, unknown>,
  model: string,
): { status: number; error: { message: string; type: string; code: string | null } } | undefined {
  const invalid = validateCompletionBody(endpoint, body);
  if (invalid) return { status: 400, error: { message: invalid, type: 'invalid_request_error', code: null } };
  if (deps.isKnownModel(model)) return undefined;
  return {
    status: 404,
    error: {
      message: `The model \`${model}\` does not exist or you do not have access to it.`,
      type: 'invalid_request_error',
      code: 'model_not_found',
    },
  };
}

/** Returns false when the server shut down while waiting, so nothing should be written. */
async function simulateLatency(deps: CompletionDependencies): Promise<boolean> {
  const delayMs = deps.latency.sampleMs();
  if (delayMs <= 0) return true;
  try {
    await sleep(delayMs, undefined, { signal: deps.shutdown });
    return true;
  } catch {
    return false;
  }
}

function parseJsonObject(text: string): Record<string, unknown> | undefined {
  try {
    const parsed: unknown = JSON.parse(text);
    return isRecord(parsed) ? parsed : undefined;
  } catch {
    return undefined;
  }
}
