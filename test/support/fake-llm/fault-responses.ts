import type { ServerResponse } from 'node:http';
import { DEFAULT_RETRY_AFTER_SECONDS } from './fault-injector.js';
import { sendError, sendRaw } from './http-io.js';
import type { FakeFault } from './types.js';

/** A 200 that breaks off mid-object, as when a proxy truncates an upstream reply. */
const MALFORMED_BODY =
  '{"id":"chatcmpl-malformed","object":"chat.completion","choices":[{"index":0,"message":{"rol';

/** Writes the fault's response; resolves immediately for 'hang', which deliberately never answers. */
export async function writeFault(res: ServerResponse, fault: FakeFault): Promise<number | null> {
  switch (fault.fault) {
    case '429': {
      const retryAfter = fault.retryAfterSeconds ?? DEFAULT_RETRY_AFTER_SECONDS;
      await sendError(
        res,
        429,
        {
          message: `Rate limit reached (fake-llm). Please try again in ${retryAfter}s.`,
          type: 'requests',
          code: 'rate_limit_exceeded',
        },
        { 'retry-after': String(retryAfter) },
      );
      return 429;
    }
    case '500':
      await sendError(res, 500, {
        message: 'The server had an error while processing your request (fake-llm).',
        type: 'server_error',
        code: 'internal_error',
      });
      return 500;
    case '503':
      await sendError(res, 503, {
        message: 'The engine is currently overloaded, please try again later (fake-llm).',
        type: 'server_error',
        code: 'service_unavailable',
      });
      return 503;
    case 'status':
      await sendError(res, fault.status, {
        message: fault.message ?? `fake-llm programmed status ${fault.status}`,
        type: fault.status < 500 ? 'invalid_request_error' : 'server_error',
        code: `status_${fault.status}`,
      });
      return fault.status;
    case 'malformed':
      await sendRaw(res, 200, MALFORMED_BODY);
      return 200;
    case 'hang':
      return null;
    case 'prose':
    case 'fenced':
    case 'truncated_json':
      // Reshaped into content replies before they get here (malformed-judge.ts).
      throw new Error(`${fault.fault} is a reply shape, not a fault to write`);
  }
}
