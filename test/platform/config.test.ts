import { describe, expect, it } from 'vitest';
import { ConfigError, envVariables, loadEnv } from '../../src/platform/config.js';

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

/** Pure: how the one env schema reads the environment at start-up. */
describe('loadEnv', () => {
  it('gives every default when nothing is set, with numbers and lists parsed', () => {
    const env = loadEnv({});
    expect(env).toMatchObject({
      MONGODB_DATABASE: 'assay',
      TEMPORAL_ADDRESS: '127.0.0.1:7233',
      ASSAY_TASK_QUEUE_PREFIX: 'assay',
      ASSAY_WORKER_ENVIRONMENTS: ['main'],
      ASSAY_RUN_BATCH_SIZE: 100,
      ASSAY_RUN_WINDOW: 4,
      PORT: 3000,
      LOG_LEVEL: 'info',
      ASSAY_MAX_LINE_BYTES: 1024 * 1024,
    });
    expect(env.MONGODB_URI).toBeUndefined();
    expect(env.ASSAY_PROJECT_BUDGET_USD).toBeUndefined();
  });

  it("reads python grader requirements space-separated, checked by the code evaluators' grammar", () => {
    expect(loadEnv({}).ASSAY_PYTHON_GRADER_REQUIREMENTS).toContain('numpy==2.4.6');
    expect(loadEnv({ ASSAY_PYTHON_GRADER_REQUIREMENTS: 'none' }).ASSAY_PYTHON_GRADER_REQUIREMENTS).toEqual(
      [],
    );
    expect(
      loadEnv({ ASSAY_PYTHON_GRADER_REQUIREMENTS: ' numpy>=2,<3  rapidfuzz ' })
        .ASSAY_PYTHON_GRADER_REQUIREMENTS,
    ).toEqual(['numpy>=2,<3', 'rapidfuzz']);
    expect(() => loadEnv({ ASSAY_PYTHON_GRADER_REQUIREMENTS: 'numpy --index-url=http://evil' })).toThrow(
      /ASSAY_PYTHON_GRADER_REQUIREMENTS/,
    );
  });

  it('reads only what it knows: unrelated variables (PATH, HOME) are ignored', () => {
    const env = loadEnv({ PATH: '/usr/bin', HOME: '/root', PORT: '8080' }) as Record<string, unknown>;
    expect(env.PORT).toBe(8080);
    expect(env.PATH).toBeUndefined();
  });

  it('coerces numbers and splits comma lists, trimming entries and dropping empty ones', () => {
    const env = loadEnv({
      ASSAY_RUN_BATCH_SIZE: ' 25 ',
      ASSAY_PROJECT_BUDGET_USD: '12.5',
      ASSAY_ENVIRONMENTS: ' main , gpu,, ',
      ASSAY_WORKER_ENVIRONMENTS: 'gpu',
    });
    expect(env.ASSAY_RUN_BATCH_SIZE).toBe(25);
    expect(env.ASSAY_PROJECT_BUDGET_USD).toBe(12.5);
    expect(env.ASSAY_ENVIRONMENTS).toEqual(['main', 'gpu']);
    expect(env.ASSAY_WORKER_ENVIRONMENTS).toEqual(['gpu']);
  });

  it('treats an empty value as unset (docker-compose writes blanks), so the default applies', () => {
    const env = loadEnv({ PORT: '', LOG_LEVEL: '', ASSAY_PROJECT_BUDGET_USD: '' });
    expect(env.PORT).toBe(3000);
    expect(env.LOG_LEVEL).toBe('info');
    expect(env.ASSAY_PROJECT_BUDGET_USD).toBeUndefined();
  });

  it.each([
    ['PORT', 'eighty'],
    ['PORT', '70000'],
    ['ASSAY_RUN_BATCH_SIZE', '0'],
    ['ASSAY_RUN_BATCH_SIZE', '2.5'],
    ['ASSAY_RUN_WINDOW', '501'],
    ['ASSAY_PROJECT_BUDGET_USD', '-1'],
    ['LOG_LEVEL', 'loud'],
    ['ASSAY_TASK_QUEUE_PREFIX', 'Has Spaces'],
    ['OPENAI_BASE_URL', 'not a url'],
    ['ASSAY_SANDBOX_CGROUPS', 'on'],
  ])('refuses %s=%j with a ConfigError naming the variable', (name, value) => {
    const error = (() => {
      try {
        loadEnv({ [name]: value });
      } catch (e) {
        return e;
      }
      throw new Error(`${name}=${value} was accepted`);
    })();
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as Error).message).toMatch(new RegExp(`^  ${name}: `, 'm'));
  });

  it('lists every invalid variable at once, not only the first', () => {
    expect(() => loadEnv({ PORT: '-1', LOG_LEVEL: 'loud', ASSAY_RUN_WINDOW: 'x' })).toThrow(
      /invalid configuration:\n(?=[\s\S]*^ {2}PORT: )(?=[\s\S]*^ {2}LOG_LEVEL: )(?=[\s\S]*^ {2}ASSAY_RUN_WINDOW: )/m,
    );
  });

  it('never echoes the rejected value: a mistyped secret must not reach the logs', () => {
    const secret = 'assay_sk_short!';
    expect(() => loadEnv({ ASSAY_BOOTSTRAP_ADMIN_KEY: secret })).toThrow(ConfigError);
    try {
      loadEnv({ ASSAY_BOOTSTRAP_ADMIN_KEY: secret });
    } catch (error) {
      expect((error as Error).message).not.toContain(secret);
    }
  });
});

describe('ASSAY_PROVIDERS in the environment schema', () => {
  const providers = (value: unknown) => ({ ASSAY_PROVIDERS: JSON.stringify(value) });

  it('refuses a value that is not JSON, naming the variable', () => {
    expect(() => loadEnv({ ASSAY_PROVIDERS: '{fake: 1}' })).toThrow(/ASSAY_PROVIDERS: is not valid JSON/);
  });

  it.each([
    [
      'a base_url that is not a URL',
      { fake: { base_url: 'localhost:8000' } },
      /ASSAY_PROVIDERS\.fake\.base_url/,
    ],
    ['an unknown field', { fake: { base_url: 'http://x/v1', api_key: 'sk-1' } }, /ASSAY_PROVIDERS\.fake/],
    [
      'an upper-case provider name',
      { Fake: { base_url: 'http://x/v1' } },
      /ASSAY_PROVIDERS\.Fake: Invalid key/,
    ],
    [
      'a price of a model the provider does not serve',
      { fake: { base_url: 'http://x/v1', models: ['a'], prices: { b: { input: 1, output: 1 } } } },
      /ASSAY_PROVIDERS\.fake\.prices\.b: names a model that is not in this provider's models \(a\)/,
    ],
    [
      'a limit of a model the provider does not serve',
      { fake: { base_url: 'http://x/v1', models: ['a'], model_limits: { b: { requests_per_minute: 60 } } } },
      /ASSAY_PROVIDERS\.fake\.model_limits\.b: names a model/,
    ],
    [
      'a limit that is not a positive integer',
      { fake: { base_url: 'http://x/v1', requests_per_minute: 0.5 } },
      /ASSAY_PROVIDERS\.fake\.requests_per_minute/,
    ],
  ])('refuses %s at start', (_what, value, message) => {
    expect(() => loadEnv(providers(value))).toThrow(ConfigError);
    expect(() => loadEnv(providers(value))).toThrow(message);
  });

  it('refuses an api_key_env naming a variable that is not set, and reads the key when it is', () => {
    const value = { fake: { base_url: 'http://127.0.0.1:9/v1', api_key_env: 'FAKE_KEY' } };
    expect(() => loadEnv(providers(value))).toThrow(
      /ASSAY_PROVIDERS\.fake\.api_key_env: names FAKE_KEY, which is not set/,
    );
    const env = loadEnv({ ...providers(value), FAKE_KEY: 'sk-fake' });
    expect(env.ASSAY_PROVIDERS?.fake).toMatchObject({
      base_url: 'http://127.0.0.1:9/v1',
      api_key: 'sk-fake',
    });
    // Only Assay's own variables are kept: the key travels with its provider, nowhere else.
    expect(env).not.toHaveProperty('FAKE_KEY');
  });

  it('refuses an embeddings model of a provider that is not configured or does not serve it', () => {
    expect(() => loadEnv({ ASSAY_EMBEDDING_MODEL: 'nowhere/embed' })).toThrow(
      /ASSAY_EMBEDDING_MODEL: names provider 'nowhere', which is not configured \(known: openai, ollama\)/,
    );
    const local = providers({ local: { base_url: 'http://127.0.0.1:9/v1', models: ['embed'] } });
    expect(() => loadEnv({ ...local, ASSAY_EMBEDDING_MODEL: 'local/other' })).toThrow(
      /ASSAY_EMBEDDING_MODEL: provider 'local' does not serve 'other'/,
    );
    expect(loadEnv({ ...local, ASSAY_EMBEDDING_MODEL: 'local/embed' }).ASSAY_EMBEDDING_MODEL).toBe(
      'local/embed',
    );
    expect(loadEnv({ ASSAY_EMBEDDING_MODEL: 'text-embedding-3-small' }).ASSAY_EMBEDDING_MODEL).toBe(
      'text-embedding-3-small',
    );
  });
});

describe('envVariables', () => {
  it('gives back variables that parse to the same configuration, providers and their keys included', () => {
    const env = loadEnv({
      ASSAY_PROVIDERS: JSON.stringify({
        fake: { base_url: 'http://127.0.0.1:9/v1', api_key_env: 'FAKE_KEY', models: ['m'] },
        open: { base_url: 'http://127.0.0.1:10/v1' },
      }),
      FAKE_KEY: 'sk-fake',
      ASSAY_SANDBOX_ALLOWED_PACKAGES: 'numpy,rapidfuzz',
      ASSAY_RUN_ITEM_CONCURRENCY: '7',
    });
    const vars = envVariables(env);
    // A child process reads the key where api_key_env says, never from the providers' JSON.
    expect(vars.FAKE_KEY).toBe('sk-fake');
    expect(vars.ASSAY_PROVIDERS).not.toContain('sk-fake');
    expect(loadEnv(vars)).toEqual(env);
  });
});

describe('the dev stack ports in the environment schema', () => {
  it('defaults them and reads them as numbers', () => {
    expect(loadEnv({})).toMatchObject({
      ASSAY_DEV_TEMPORAL_PORT: 7233,
      ASSAY_DEV_TEMPORAL_UI_PORT: 8233,
      ASSAY_DEV_MONGO_PORT: 27018,
    });
    expect(loadEnv({ ASSAY_DEV_MONGO_PORT: '27100' }).ASSAY_DEV_MONGO_PORT).toBe(27100);
  });

  it.each(['abc', '0', '70000'])('refuses %s as a port, naming the variable', (value) => {
    expect(() => loadEnv({ ASSAY_DEV_TEMPORAL_PORT: value })).toThrow(/ASSAY_DEV_TEMPORAL_PORT: /);
  });

  it('refuses two dev services on one port', () => {
    expect(() => loadEnv({ ASSAY_DEV_MONGO_PORT: '7233' })).toThrow(
      /ASSAY_DEV_MONGO_PORT: is the same port as ASSAY_DEV_TEMPORAL_PORT/,
    );
  });
});
