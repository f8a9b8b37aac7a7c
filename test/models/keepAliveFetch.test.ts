import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { keepAliveFetch } from '../../src/models/keepAliveFetch.js';

/** A local HTTP server whose replies each test chooses by path. */
let server: http.Server;
let base: string;
const seen: { method?: string; headers: http.IncomingHttpHeaders; body: string }[] = [];

beforeAll(async () => {
  server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      seen.push({ method: req.method, headers: req.headers, body });
      if (req.url === '/json') {
        res.writeHead(201, { 'content-type': 'application/json', 'x-extra': 'a' });
        res.end(JSON.stringify({ echoed: body }));
      } else if (req.url === '/empty') {
        res.writeHead(204).end();
      } else if (req.url === '/cut') {
        res.writeHead(200, { 'content-type': 'application/json', 'content-length': '100' });
        res.write('{"partial":');
        setTimeout(() => res.destroy(), 10);
      } else if (req.url === '/redirect') {
        res.writeHead(307, { location: '/json' }).end();
      } else if (req.url === '/sse') {
        res.writeHead(200, { 'content-type': 'text/event-stream' });
        res.write('data: one\n\n');
        setTimeout(() => res.end('data: two\n\n'), 20);
      } else if (req.url === '/slow') {
        setTimeout(() => res.end('late'), 2000);
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('keepAliveFetch', () => {
  const fetchIt = keepAliveFetch();

  it('sends the method, headers and body, and returns status, headers and body as a Response', async () => {
    const headers = new Headers({ 'Content-Type': 'application/json', Authorization: 'Bearer k' });
    const reply = await fetchIt(`${base}/json`, { method: 'POST', headers, body: '{"a":1}' });
    expect(reply.status).toBe(201);
    expect(reply.headers.get('x-extra')).toBe('a');
    expect(await reply.json()).toEqual({ echoed: '{"a":1}' });
    const last = seen.at(-1)!;
    expect(last.method).toBe('POST');
    expect(last.headers.authorization).toBe('Bearer k');
  });

  it('reads a whole reply once, as a Response does: text, bytes, a stream or a clone', async () => {
    const call = () => fetchIt(`${base}/json`, { method: 'POST', body: 'x' });
    const reply = await call();
    expect(reply.ok).toBe(true);
    expect(reply.url).toBe(`${base}/json`);
    expect(reply.bodyUsed).toBe(false);
    const copy = reply.clone();
    expect(await reply.text()).toBe('{"echoed":"x"}');
    expect(reply.bodyUsed).toBe(true);
    await expect(reply.text()).rejects.toThrow(TypeError);
    expect(new TextDecoder().decode(await copy.arrayBuffer())).toBe('{"echoed":"x"}');
    const streamed = await call();
    expect(await new Response(streamed.body).json()).toEqual({ echoed: 'x' });
    expect((await (await call()).blob()).type).toBe('application/json');
  });

  it('returns a 204 with no body', async () => {
    const reply = await fetchIt(`${base}/empty`, { method: 'POST', body: '{}' });
    expect(reply.status).toBe(204);
    expect(reply.body).toBeNull();
  });

  it('hands a streamed reply back as a stream, sending the call once', async () => {
    const before = seen.length;
    const reply = await fetchIt(`${base}/sse`, { method: 'POST', body: '{}' });
    expect(await reply.text()).toBe('data: one\n\ndata: two\n\n');
    expect(seen.length).toBe(before + 1);
  });

  it('follows a redirect as the global fetch does', async () => {
    const reply = await fetchIt(`${base}/redirect`, { method: 'POST', body: 'x' });
    expect(reply.status).toBe(201);
    expect(await reply.json()).toEqual({ echoed: 'x' });
  });

  it('rejects a reply cut short as the global fetch does: a TypeError with the socket error as cause', async () => {
    const failure = await fetchIt(`${base}/cut`, { method: 'POST', body: '{}' }).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(TypeError);
    expect((failure as Error).cause).toBeInstanceOf(Error);
  });

  it('rejects a refused connection with the socket code in its cause', async () => {
    const closed = http.createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const failure = await fetchIt(`http://127.0.0.1:${port}/x`, { method: 'POST', body: '{}' }).catch(
      (e: unknown) => e,
    );
    expect(failure).toBeInstanceOf(TypeError);
    expect(((failure as Error).cause as { code?: string }).code).toBe('ECONNREFUSED');
  });

  it("rejects with the signal's reason when aborted, before or during the call", async () => {
    const before = new AbortController();
    before.abort(new Error('stopped early'));
    await expect(fetchIt(`${base}/json`, { signal: before.signal })).rejects.toThrow('stopped early');
    const during = new AbortController();
    setTimeout(() => during.abort(new Error('stopped')), 50);
    await expect(fetchIt(`${base}/slow`, { signal: during.signal })).rejects.toThrow('stopped');
  });
});
