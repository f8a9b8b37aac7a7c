import { parseArgs } from 'node:util';
import { z } from 'zod';
import { FakeLlmServer } from './server.js';
import { faultSettingsSchema, parseLatencyArg } from './settings-schemas.js';
import type { FakeLlmServerOptions } from './types.js';

const USAGE = `usage: tsx test/support/fake-llm/main.ts [--port 4010] [--host 127.0.0.1]
  [--latency-ms 20 | 5-40] [--fault-rate 0.1] [--fault-kinds 429,503] [--retry-after 1]
  [--seed 42] [--models a,b] [--strict-models] [--request-log-limit 1000]`;

function optionsFromArgs(argv: string[]): FakeLlmServerOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      port: { type: 'string', default: '4010' },
      host: { type: 'string' },
      'latency-ms': { type: 'string' },
      'fault-rate': { type: 'string' },
      'fault-kinds': { type: 'string' },
      'retry-after': { type: 'string' },
      seed: { type: 'string' },
      models: { type: 'string' },
      'strict-models': { type: 'boolean', default: false },
      'request-log-limit': { type: 'string' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  const faultRate = values['fault-rate'];
  return {
    port: z.coerce.number().int().min(0).max(65535).parse(values.port),
    host: values.host,
    latencyMs: values['latency-ms'] === undefined ? undefined : parseLatencyArg(values['latency-ms']),
    seed: values.seed === undefined ? undefined : z.coerce.number().int().parse(values.seed),
    models: values.models?.split(',').map((model) => model.trim()),
    acceptAnyModel: !values['strict-models'],
    requestLogLimit:
      values['request-log-limit'] === undefined
        ? undefined
        : z.coerce.number().int().min(0).parse(values['request-log-limit']),
    faults:
      faultRate === undefined
        ? undefined
        : faultSettingsSchema.parse({
            rate: Number(faultRate),
            kinds: values['fault-kinds']?.split(',').map((kind) => kind.trim()),
            retryAfterSeconds:
              values['retry-after'] === undefined ? undefined : Number(values['retry-after']),
          }),
  };
}

async function main(): Promise<void> {
  let options: FakeLlmServerOptions;
  try {
    options = optionsFromArgs(process.argv.slice(2));
  } catch (error) {
    console.error(error instanceof z.ZodError ? z.prettifyError(error) : String(error));
    console.error(USAGE);
    process.exit(2);
  }
  const server = await FakeLlmServer.start(options);
  // Only the URL goes to stdout, so a parent process can read it as the first line.
  console.log(server.baseUrl);
  const stop = (signal: NodeJS.Signals): void => {
    console.error(`fake-llm: ${signal}, closing`);
    server.close().catch((error: unknown) => {
      console.error('fake-llm: close failed', error);
      process.exitCode = 1;
    });
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

await main();
