import { readFileSync } from 'node:fs';
import cliProgress from 'cli-progress';
import type { Command } from 'commander';
import { describeApiError } from '../api.js';
import { contextOf } from '../context.js';
import { ServiceError, UsageError } from '../exitCodes.js';

/** Logs per request: well under the API's default ASSAY_MAX_LOG_BATCH. */
const batchSize = 500;

export function registerLogs(program: Command): void {
  const logs = program.command('logs').description("Send a container's task logs");
  logs
    .command('push <file>')
    .description('Send task logs from a JSONL file (one log per line), in batches; idempotent on log ids')
    .requiredOption('--container <label>', 'the container (id or label)')
    .action(async (file: string, flags: { container: string }, cmd: Command) => {
      const { out, client } = contextOf(cmd);
      let text: string;
      try {
        text = readFileSync(file, 'utf8');
      } catch (error) {
        throw new UsageError(`cannot read ${file}: ${(error as Error).message}`);
      }
      const entries: { line: number; value: unknown }[] = [];
      text.split('\n').forEach((raw, index) => {
        if (!raw.trim()) return;
        try {
          entries.push({ line: index + 1, value: JSON.parse(raw) });
        } catch (error) {
          throw new UsageError(`${file}:${index + 1}: not JSON: ${(error as Error).message}`);
        }
      });
      const bar = out.interactive
        ? new cliProgress.SingleBar({ stream: out.stderr, format: 'logs {bar} {value}/{total}' })
        : null;
      bar?.start(entries.length, 0);
      let inserted = 0;
      let duplicates = 0;
      try {
        for (let start = 0; start < entries.length; start += batchSize) {
          const batch = entries.slice(start, start + batchSize);
          const result = await client().POST('/v1/containers/{id}/logs', {
            params: { path: { id: flags.container } },
            body: { logs: batch.map((e) => e.value) as never },
          });
          if (!result.response.ok) {
            // The API names `logs.<index in batch>`; say which line of the file that is.
            const message = describeApiError(result.response.status, result.error).replace(
              /\blogs\.(\d+)/g,
              (_m, i: string) => `${file}:${batch[Number(i)]?.line ?? '?'}`,
            );
            throw new ServiceError(message);
          }
          inserted += result.data!.inserted;
          duplicates += result.data!.duplicates;
          bar?.update(start + batch.length);
        }
      } finally {
        bar?.stop();
      }
      if (out.json) return out.data({ container: flags.container, inserted, duplicates });
      out.line(`${inserted} logs stored, ${duplicates} already there`);
    });
}
