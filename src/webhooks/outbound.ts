import { lookup as dnsLookup } from 'node:dns/promises';
import http from 'node:http';
import https from 'node:https';
import { isIP } from 'node:net';
import { refusedRange } from './addressCheck.js';

/** Resolves a host name to every address it has (node's `dns.lookup`, or a stand-in in tests). */
export type Resolver = (host: string) => Promise<{ address: string; family: number }[]>;
export const systemResolver: Resolver = (host) => dnsLookup(host, { all: true, verbatim: true });

export interface OutboundPolicy {
  /** Host names or addresses admitted over http and in refused ranges (ASSAY_WEBHOOK_ALLOWED_HOSTS). */
  allowedHosts: readonly string[];
  resolve?: Resolver;
}

/** Where to connect: the checked address, never a second DNS answer. */
export type OutboundTarget =
  | { ok: true; url: URL; address: string; family: 4 | 6 }
  | { ok: false; reason: 'not_https' | 'unresolvable' | 'refused_address'; message: string };

const hostOf = (url: URL) => url.hostname.replace(/^\[|\]$/g, '').toLowerCase();

/** Only the URL's form: https (or an allowlisted host), no credentials in it. */
export function checkUrlForm(raw: string, policy: OutboundPolicy): string | null {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return 'is not a URL';
  }
  if (url.username || url.password) return 'must not carry credentials';
  const allowed = policy.allowedHosts.includes(hostOf(url));
  if (url.protocol === 'https:') return null;
  if (url.protocol === 'http:' && allowed) return null;
  return `must be https (the operator allowlist ASSAY_WEBHOOK_ALLOWED_HOSTS does not name '${hostOf(url)}')`;
}

/**
 * Resolves the URL's host and checks every address it resolves to: one refused address
 * refuses the URL (a name with a public and a private answer would otherwise be a coin
 * toss). Allowlisted hosts skip the range check.
 */
export async function resolveTarget(raw: string, policy: OutboundPolicy): Promise<OutboundTarget> {
  const form = checkUrlForm(raw, policy);
  if (form) return { ok: false, reason: 'not_https', message: `url ${form}` };
  const url = new URL(raw);
  const host = hostOf(url);
  let addresses: { address: string; family: number }[];
  if (isIP(host)) addresses = [{ address: host, family: isIP(host) }];
  else {
    try {
      addresses = await (policy.resolve ?? systemResolver)(host);
    } catch (error) {
      return {
        ok: false,
        reason: 'unresolvable',
        message: `host '${host}' does not resolve (${(error as Error).message})`,
      };
    }
  }
  if (addresses.length === 0)
    return { ok: false, reason: 'unresolvable', message: `host '${host}' has no address` };
  if (!policy.allowedHosts.includes(host)) {
    for (const { address } of addresses) {
      const range = refusedRange(address);
      if (range) {
        return {
          ok: false,
          reason: 'refused_address',
          message: `host '${host}' resolves to ${address}, in a refused range (${range})`,
        };
      }
    }
  }
  const first = addresses[0]!;
  return { ok: true, url, address: first.address, family: first.family === 6 ? 6 : 4 };
}

export interface OutboundResponse {
  status: number;
  /** The body's first bytes, at most `EXCERPT_BYTES`; the rest is never read. */
  excerpt: string;
}

/** Enough of a receiver's answer to see what went wrong; nothing more is kept. */
export const EXCERPT_BYTES = 512;

/**
 * POSTs `body` to the checked address (TLS still verifies the URL's host name), follows no
 * redirect (a 3xx is just a failed answer), and gives up after `timeoutMs` in all.
 */
export function postTo(
  target: Extract<OutboundTarget, { ok: true }>,
  headers: Record<string, string>,
  body: string,
  timeoutMs: number,
): Promise<OutboundResponse> {
  const { url } = target;
  const secure = url.protocol === 'https:';
  return new Promise((resolve, reject) => {
    const request = (secure ? https : http).request({
      host: target.address,
      family: target.family,
      port: url.port || (secure ? 443 : 80),
      path: `${url.pathname}${url.search}`,
      method: 'POST',
      servername: isIP(hostOf(url)) ? undefined : hostOf(url),
      headers: {
        ...headers,
        host: url.host,
        'content-type': 'application/json',
        'content-length': String(Buffer.byteLength(body)),
        'user-agent': 'Assay-Webhooks/1',
      },
      agent: false,
    });
    const deadline = setTimeout(() => request.destroy(new TimeoutError(timeoutMs)), timeoutMs);
    request.on('error', (error) => {
      clearTimeout(deadline);
      reject(error);
    });
    request.on('response', (response) => {
      const chunks: Buffer[] = [];
      let kept = 0;
      const finish = () => {
        clearTimeout(deadline);
        const excerpt = Buffer.concat(chunks).subarray(0, EXCERPT_BYTES).toString('utf8');
        resolve({ status: response.statusCode ?? 0, excerpt });
      };
      response.on('data', (chunk: Buffer) => {
        if (kept >= EXCERPT_BYTES) return;
        chunks.push(chunk);
        kept += chunk.length;
        // Enough read: the rest of a large (or endless) answer is not waited for.
        if (kept >= EXCERPT_BYTES) {
          finish();
          response.destroy();
        }
      });
      response.on('end', finish);
      response.on('error', finish);
    });
    request.end(body);
  });
}

export class TimeoutError extends Error {
  constructor(ms: number) {
    super(`no answer within ${ms} ms`);
    this.name = 'TimeoutError';
  }
}
