import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http';

const MAX_BODY_BYTES = 20 * 1024 * 1024;

export class BodyTooLargeError extends Error {}

export async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) throw new BodyTooLargeError(`request body exceeds ${MAX_BODY_BYTES} bytes`);
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * Resolves true once the whole body has been handed to the socket, false if the connection
 * closed first; settling on 'close' keeps a vanished client from leaving the promise pending.
 */
export function sendRaw(
  res: ServerResponse,
  status: number,
  body: string,
  headers: OutgoingHttpHeaders = {},
): Promise<boolean> {
  // A client that left during the latency delay has already fired 'close'.
  if (res.destroyed) return Promise.resolve(false);
  return new Promise((resolve) => {
    res.once('close', () => resolve(res.writableFinished));
    res.writeHead(status, {
      'content-type': 'application/json',
      'content-length': Buffer.byteLength(body),
      ...headers,
    });
    res.end(body);
  });
}

export function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: OutgoingHttpHeaders = {},
): Promise<boolean> {
  return sendRaw(res, status, JSON.stringify(body), headers);
}

/** The error envelope the openai client parses into APIError fields. */
export function sendError(
  res: ServerResponse,
  status: number,
  error: { message: string; type: string; code: string | null },
  headers: OutgoingHttpHeaders = {},
): Promise<boolean> {
  return sendJson(res, status, { error: { ...error, param: null } }, headers);
}
