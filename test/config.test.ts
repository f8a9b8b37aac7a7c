import { describe, expect, it } from 'vitest';
import { ConfigError, loadEnv } from '../src/config.js';

describe('the environment schema', () => {
  it.each([
    ['too short', 'assay_sk_short'],
    ['without the prefix', 'x'.repeat(40)],
    ['with spaces', 'assay_sk_ has spaces in it and is long'],
    ['too long', `assay_sk_${'a'.repeat(101)}`],
  ])('refuses a bootstrap admin key %s at start, saying what a key looks like', (_what, key) => {
    expect(() => loadEnv({ ASSAY_BOOTSTRAP_ADMIN_KEY: key })).toThrow(ConfigError);
    expect(() => loadEnv({ ASSAY_BOOTSTRAP_ADMIN_KEY: key })).toThrow(
      /ASSAY_BOOTSTRAP_ADMIN_KEY: must look like every Assay key: assay_sk_ then 20-100/,
    );
  });

  it('accepts a key of the shape the API authenticates', () => {
    const key = `assay_sk_${'A1_-'.repeat(10)}`;
    expect(loadEnv({ ASSAY_BOOTSTRAP_ADMIN_KEY: key }).ASSAY_BOOTSTRAP_ADMIN_KEY).toBe(key);
  });
});
