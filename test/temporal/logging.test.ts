import { IllegalStateError } from '@temporalio/common';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../../src/platform/log.js';
import { installTemporalLogging } from '../../src/temporal/logging.js';

describe('installTemporalLogging', () => {
  const logger = createLogger('silent', 'test');

  it('installs the runtime with our logger', () => {
    let installed: unknown;
    expect(installTemporalLogging(logger, (options) => (installed = options))).toBe('installed');
    expect(installed).toHaveProperty('logger');
  });

  it('keeps a runtime that is already installed (a second worker in one process)', () => {
    const already = () => {
      throw new IllegalStateError('Runtime singleton has already been installed');
    };
    expect(installTemporalLogging(logger, already)).toBe('kept');
  });

  it('does not swallow any other failure: the worker must not start half-configured', () => {
    const broken = () => {
      throw new TypeError('invalid telemetry options');
    };
    expect(() => installTemporalLogging(logger, broken)).toThrow('invalid telemetry options');
  });
});
