import OpenAI from 'openai';
import { Webhook } from 'standardwebhooks';
import { describe, expect, it } from 'vitest';
import { newSigningSecret, signedHeaders } from '../../src/webhooks/signature.js';

describe('signedHeaders', () => {
  const body = JSON.stringify({
    id: 'evt_1',
    object: 'event',
    type: 'eval.run.succeeded',
    created_at: 1_700_000_000,
    data: { id: 'run_1' },
  });

  it('is verified by the openai SDK and by the standardwebhooks library', async () => {
    const secret = newSigningSecret();
    const now = Math.floor(Date.now() / 1000);
    const headers = signedHeaders([secret], 'evt_1', now, body);
    const client = new OpenAI({ apiKey: 'unused', webhookSecret: secret });
    const event = await client.webhooks.unwrap(body, headers);
    expect(event).toMatchObject({ type: 'eval.run.succeeded', data: { id: 'run_1' } });
    expect(new Webhook(secret).verify(body, headers)).toEqual(JSON.parse(body));
  });

  it('signs with every secret of a rotation overlap, so either verifies', () => {
    const [previous, next] = [newSigningSecret(), newSigningSecret()];
    const headers = signedHeaders([previous, next], 'evt_1', Math.floor(Date.now() / 1000), body);
    expect(headers['webhook-signature']!.split(' ')).toHaveLength(2);
    expect(() => new Webhook(previous).verify(body, headers)).not.toThrow();
    expect(() => new Webhook(next).verify(body, headers)).not.toThrow();
    expect(() => new Webhook(newSigningSecret()).verify(body, headers)).toThrow();
  });
});
