import http from 'node:http';
import https from 'node:https';
import { Readable } from 'node:stream';
import { BufferedResponse } from './bufferedResponse.js';

/**
 * The `fetch` the openai client calls providers with: one request over node:http on a keep-alive
 * agent, its reply read whole and handed back as what the client reads of a `Response`
 * (`BufferedResponse` below).
 *
 * Why not the global fetch: profiled under a 32-calls-at-a-time run, undici's fetch (its request
 * and response streams, header copies, and the headers and body written as separate chunks) was
 * the largest single share of the worker's CPU per model call. Model replies are small JSON
 * documents read whole by the client anyway, so none of that streaming is needed.
 *
 * Anything this does not cover goes to the global fetch unchanged: a body other than text or
 * bytes (multipart uploads, streams) and redirects; a streamed reply (`text/event-stream`) is
 * handed back as a stream.
 * Errors look like the global fetch's: an abort rejects with the signal's reason, a socket
 * failure with `TypeError('fetch failed')` whose `cause` carries the socket's code.
 */
export function keepAliveFetch(): typeof fetch {
  const agents: Record<string, http.Agent> = {
    'http:': new http.Agent({ keepAlive: true }),
    'https:': new https.Agent({ keepAlive: true }),
  };
  return (input, init = {}) => {
    const body = init.body;
    const plainBody =
      body === undefined || body === null || typeof body === 'string' || body instanceof Uint8Array;
    if (!plainBody || init.redirect === 'manual' || init.redirect === 'error') return fetch(input, init);
    const url = new URL(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url);
    const agent = agents[url.protocol];
    if (!agent) return fetch(input, init);
    return new Promise<Response>((resolve, reject) => {
      const signal = init.signal ?? undefined;
      if (signal?.aborted) return reject(signal.reason);
      const transport = url.protocol === 'https:' ? https : http;
      const request = transport.request(url, {
        method: init.method ?? 'GET',
        headers: headerRecord(init.headers),
        agent,
      });
      const onAbort = () => {
        request.destroy();
        reject(signal!.reason);
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      const done = () => signal?.removeEventListener('abort', onAbort);
      const failed = (cause: Error) => {
        done();
        reject(signal?.aborted ? signal.reason : new TypeError('fetch failed', { cause }));
      };
      request.on('error', failed);
      request.on('response', (reply) => {
        const status = reply.statusCode ?? 0;
        const headers = new Headers();
        const raw = reply.rawHeaders;
        for (let i = 0; i < raw.length; i += 2) headers.append(raw[i]!, raw[i + 1]!);
        if (headers.get('content-type')?.includes('text/event-stream')) {
          // A streamed reply is read as it arrives, not whole (the call is not sent again).
          done();
          resolve(new Response(Readable.toWeb(reply) as ReadableStream, { status, headers }));
          return;
        }
        if (status >= 300 && status < 400 && reply.headers.location) {
          // Redirects are the global fetch's to follow: drop this reply and let it make the call.
          reply.resume();
          done();
          fetch(input, init).then(resolve, reject);
          return;
        }
        const chunks: Buffer[] = [];
        reply.on('data', (chunk: Buffer) => chunks.push(chunk));
        reply.on('error', failed);
        // A reply cut short closes without completing (the global fetch's "terminated").
        reply.on('close', () => {
          if (!reply.complete)
            failed(Object.assign(new Error('the reply was cut short'), { code: 'ECONNRESET' }));
        });
        reply.on('end', () => {
          done();
          if (!reply.complete) return;
          const noBody = status === 204 || status === 304 || init.method === 'HEAD';
          resolve(
            new BufferedResponse(noBody ? null : Buffer.concat(chunks), {
              status,
              statusText: reply.statusMessage ?? '',
              headers,
              url: url.href,
            }) as unknown as Response,
          );
        });
      });
      request.end(body ?? undefined);
    });
  };
}

/** The request's headers as node:http takes them (the openai client passes a `Headers`). */
function headerRecord(headers: RequestInit['headers']): Record<string, string> {
  const record: Record<string, string> = {};
  if (!headers) return record;
  if (headers instanceof Headers) {
    headers.forEach((value, name) => (record[name] = value));
  } else if (Array.isArray(headers)) {
    for (const [name = '', value = ''] of headers) record[name.toLowerCase()] = value;
  } else {
    for (const [name, value] of Object.entries(headers)) record[name.toLowerCase()] = String(value);
  }
  return record;
}
