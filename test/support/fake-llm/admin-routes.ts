import type { IncomingMessage, ServerResponse } from 'node:http';
import { z } from 'zod';
import { readBody, sendError, sendJson } from './http-io.js';
import { comparisonJudgeSchema, type ComparisonJudgeSettings } from './comparison-judge.js';
import { faultSettingsSchema, latencySchema } from './settings-schemas.js';
import type { FaultSettings, Latency, RequestLogEntry } from './types.js';

export interface AdminControls {
  readonly requests: readonly RequestLogEntry[];
  reset(): void;
  setFaults(settings: FaultSettings): void;
  setLatency(latency: Latency): void;
  setComparisonJudge(settings: ComparisonJudgeSettings): void;
}

const latencyBodySchema = z.object({ latencyMs: latencySchema });

/** Control surface for tests that run the fake in another process and cannot call its methods. */
export async function handleAdmin(
  controls: AdminControls,
  route: string,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  switch (route) {
    case 'GET /_fake/requests':
      await sendJson(res, 200, { requests: controls.requests });
      return;
    case 'POST /_fake/reset':
      controls.reset();
      await sendJson(res, 200, { ok: true });
      return;
    case 'POST /_fake/faults': {
      const settings = await parseBody(req, res, faultSettingsSchema);
      if (settings === undefined) return;
      controls.setFaults(settings);
      await sendJson(res, 200, { ok: true, faults: settings });
      return;
    }
    case 'POST /_fake/comparisons': {
      const settings = await parseBody(req, res, comparisonJudgeSchema);
      if (settings === undefined) return;
      controls.setComparisonJudge(settings);
      await sendJson(res, 200, { ok: true, comparisons: settings });
      return;
    }
    case 'POST /_fake/latency': {
      const body = await parseBody(req, res, latencyBodySchema);
      if (body === undefined) return;
      controls.setLatency(body.latencyMs);
      await sendJson(res, 200, { ok: true, latencyMs: body.latencyMs });
      return;
    }
    default:
      await sendError(res, 404, {
        message: `No admin route ${route}`,
        type: 'invalid_request_error',
        code: 'unknown_url',
      });
  }
}

/** Answers 400 itself and returns undefined when the body does not fit the schema. */
async function parseBody<T>(
  req: IncomingMessage,
  res: ServerResponse,
  schema: z.ZodType<T>,
): Promise<T | undefined> {
  const result = schema.safeParse(parseJsonOrUndefined(await readBody(req)));
  if (result.success) return result.data;
  await sendError(res, 400, {
    message: z.prettifyError(result.error),
    type: 'invalid_request_error',
    code: null,
  });
  return undefined;
}

function parseJsonOrUndefined(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
