import { pino, type Logger } from 'pino';

export type { Logger };

/**
 * Keys and secrets never reach the logs: anything under these paths is censored,
 * whatever logged it (request headers, provider config, evaluator env).
 */
const redact = [
  'req.headers.authorization',
  'req.headers["x-api-key"]',
  'headers.authorization',
  '*.apiKey',
  '*.api_key',
  '*.key',
  '*.secret',
  '*.password',
  'config.providers.*.apiKey',
];

export function createLogger(level: string, name = 'assay'): Logger {
  return pino({ name, level, redact: { paths: redact, censor: '[redacted]' } });
}
