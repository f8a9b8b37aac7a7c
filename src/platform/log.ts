import { pino, type DestinationStream, type Logger } from 'pino';
import { traceFields } from './tracing.js';

export type { Logger };

/**
 * Keys and secrets never reach the logs: anything under these paths is censored,
 * whatever logged it (request headers, provider config, evaluator env).
 */
const redact = [
  'req.headers.authorization',
  'req.headers["x-api-key"]',
  'headers.authorization',
  'authorization',
  'apiKey',
  'api_key',
  '*.apiKey',
  '*.api_key',
  '*.key',
  '*.secret',
  '*.password',
  'config.providers.*.apiKey',
];

/** `destination` defaults to stdout; tests pass a stream to read what would be logged. */
export function createLogger(level: string, name = 'assay', destination?: DestinationStream): Logger {
  // A line written while a span is active carries its trace id, to find the trace from the log.
  const options = { name, level, redact: { paths: redact, censor: '[redacted]' }, mixin: traceFields };
  return destination ? pino(options, destination) : pino(options);
}
