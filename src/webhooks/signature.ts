import { createHmac, randomBytes } from 'node:crypto';

/** A new signing secret: 32 random bytes, `whsec_` + base64, the form Standard Webhooks libraries and OpenAI's SDK decode. */
export const newSigningSecret = () => `whsec_${randomBytes(32).toString('base64')}`;

const secretBytes = (secret: string) =>
  secret.startsWith('whsec_') ? Buffer.from(secret.slice('whsec_'.length), 'base64') : Buffer.from(secret);

/**
 * The Standard Webhooks headers of one attempt: HMAC-SHA256 over `id.timestamp.body` with
 * each current secret (during a rotation's overlap both sign; a receiver needs either).
 */
export function signedHeaders(
  secrets: readonly string[],
  webhookId: string,
  timestampSeconds: number,
  body: string,
): Record<string, string> {
  const content = `${webhookId}.${timestampSeconds}.${body}`;
  const signatures = secrets.map(
    (secret) => `v1,${createHmac('sha256', secretBytes(secret)).update(content).digest('base64')}`,
  );
  return {
    'webhook-id': webhookId,
    'webhook-timestamp': String(timestampSeconds),
    'webhook-signature': signatures.join(' '),
  };
}
