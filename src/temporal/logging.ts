import { IllegalStateError } from '@temporalio/common';
import {
  Runtime,
  type LogLevel,
  type LogMetadata,
  type Logger as TemporalLogger,
  type RuntimeOptions,
} from '@temporalio/worker';
import type { Logger } from '../platform/log.js';

/** Temporal's SDK logs through our pino logger, so LOG_LEVEL and redaction apply to it too. */
function pinoForTemporal(logger: Logger): TemporalLogger {
  const write = (level: LogLevel, message: string, meta?: LogMetadata) => {
    const method = ({ TRACE: 'trace', DEBUG: 'debug', INFO: 'info', WARN: 'warn', ERROR: 'error' } as const)[
      level
    ];
    logger[method](meta ?? {}, message);
  };
  return {
    log: write,
    trace: (message, meta) => write('TRACE', message, meta),
    debug: (message, meta) => write('DEBUG', message, meta),
    info: (message, meta) => write('INFO', message, meta),
    warn: (message, meta) => write('WARN', message, meta),
    error: (message, meta) => write('ERROR', message, meta),
  };
}

/**
 * The SDK's runtime is per process and can be installed once, before the first
 * connection; later calls (a second worker in one test process) keep the first.
 * Only that case is tolerated: any other failure (bad options, the native runtime
 * not starting) is thrown, because a worker must not start half-configured.
 *
 * `metricsBindAddress` (host:port) also has the runtime serve the SDK's own worker metrics
 * (`temporal_*`: slots, polls, schedule-to-start latency, sticky cache) on a Prometheus listener of
 * its own: they are made in the native core, not in Node, so they cannot join our registry.
 */
export function installTemporalLogging(
  logger: Logger,
  install: (options: RuntimeOptions) => unknown = (options) => Runtime.install(options),
  metricsBindAddress?: string,
): 'installed' | 'kept' {
  try {
    install({
      logger: pinoForTemporal(logger.child({ component: 'temporal' })),
      // Prometheus's conventions, as our own metrics follow them: `_total` counters, seconds, units in names.
      ...(metricsBindAddress && {
        telemetryOptions: {
          metrics: {
            prometheus: {
              bindAddress: metricsBindAddress,
              countersTotalSuffix: true,
              unitSuffix: true,
              useSecondsForDurations: true,
            },
          },
        },
      }),
    });
    return 'installed';
  } catch (error) {
    if (!(error instanceof IllegalStateError)) throw error;
    // Installed by an earlier call, or instantiated with defaults by a connection made before.
    logger.debug({ reason: error.message }, 'Temporal runtime already set up; keeping it');
    return 'kept';
  }
}
