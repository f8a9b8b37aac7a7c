import { createInterface } from 'node:readline/promises';
import type { Command } from 'commander';
import { createClient } from '../../../client/index.js';
import { unwrap } from '../api.js';
import { contextOf } from '../context.js';
import { saveCredentials } from '../credentials.js';
import { UsageError } from '../exitCodes.js';

async function readKey(): Promise<string> {
  if (process.stdin.isTTY) {
    const rl = createInterface({ input: process.stdin, output: process.stderr });
    try {
      return (await rl.question('API key: ')).trim();
    } finally {
      rl.close();
    }
  }
  let text = '';
  for await (const chunk of process.stdin) text += chunk;
  return text.trim();
}

export function registerLogin(program: Command): void {
  program
    .command('login')
    .description(
      'Check an API key against the server and save it with the URL (0600 file in ~/.config/assay). ' +
        'The key is read from stdin, never from the command line (shell history keeps that).',
    )
    .requiredOption('--url <url>', 'the Assay API, e.g. http://127.0.0.1:3000')
    .action(async (flags: { url: string }, cmd: Command) => {
      const { out } = contextOf(cmd);
      const key = await readKey();
      if (!key) throw new UsageError('no key on stdin');
      try {
        new URL(flags.url);
      } catch {
        throw new UsageError(`--url "${flags.url}" is not a URL`);
      }
      // A read on the key's own project proves URL and key before anything is saved.
      await unwrap(
        createClient({ baseUrl: flags.url, apiKey: key }).GET('/v1/containers', {
          params: { query: { limit: 1 } },
        }),
      );
      const file = saveCredentials({ url: flags.url, key });
      if (out.json) return out.data({ url: flags.url, saved_to: file });
      out.line(`Logged in to ${flags.url}; saved to ${file}`);
    });
}
