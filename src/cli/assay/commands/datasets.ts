import { createReadStream, statSync } from 'node:fs';
import { Readable, Transform } from 'node:stream';
import cliProgress from 'cli-progress';
import type { Command } from 'commander';
import { unwrap } from '../api.js';
import { contextOf } from '../context.js';
import { UsageError } from '../exitCodes.js';

interface DatasetUpload {
  dataset_id: string;
  inserted: number;
  duplicates: number;
  item_count: number;
}

export function registerDatasets(program: Command): void {
  const datasets = program.command('datasets').description('List datasets and upload JSONL items');

  datasets
    .command('list')
    .description('List datasets')
    .action(async (_flags: unknown, cmd: Command) => {
      const { out, client } = contextOf(cmd);
      const page = await unwrap(client().GET('/v1/datasets', { params: { query: { limit: 100 } } }));
      if (out.json) return out.data(page);
      out.table(
        ['id', 'name', 'items', 'container'],
        page.data.map((d) => [d.id, d.name, String(d.item_count), d.container_id ?? '-']),
      );
    });

  datasets
    .command('push <file>')
    .description(
      'Stream a JSONL file (one item per line) into a dataset. All or nothing: the API names every bad line.',
    )
    .requiredOption('--dataset <name>', 'the dataset (id or name)')
    .option('--create', 'create the dataset first when it does not exist')
    .option('--container <label>', 'with --create: the container the dataset belongs to')
    .action(
      async (
        file: string,
        flags: { dataset: string; create?: boolean; container?: string },
        cmd: Command,
      ) => {
        const { out, client } = contextOf(cmd);
        let size: number;
        try {
          size = statSync(file).size;
        } catch (error) {
          throw new UsageError(`cannot read ${file}: ${(error as Error).message}`);
        }
        if (flags.create) {
          const existing = await client().GET('/v1/datasets/{id}', {
            params: { path: { id: flags.dataset } },
          });
          if (existing.response.status === 404) {
            await unwrap(
              client().POST('/v1/datasets', { body: { name: flags.dataset, container: flags.container } }),
            );
          } else await unwrap(Promise.resolve(existing));
        }
        const bar = out.interactive
          ? new cliProgress.SingleBar({
              stream: out.stderr,
              format: 'upload {bar} {percentage}% {value}/{total} bytes',
            })
          : null;
        bar?.start(size, 0);
        let sent = 0;
        // The file is streamed as the request body: memory stays flat whatever its size.
        const progress = new Transform({
          transform(chunk: Buffer, _encoding, done) {
            sent += chunk.length;
            bar?.update(sent);
            done(null, chunk);
          },
        });
        const body = Readable.toWeb(createReadStream(file).pipe(progress));
        try {
          // A stream body is beyond the generated types (they describe the JSON form): hence the casts.
          const upload = (await unwrap(
            client().POST('/v1/datasets/{id}/items', {
              params: { path: { id: flags.dataset } },
              body: body as never,
              bodySerializer: (b: unknown) => b as string,
              headers: { 'content-type': 'application/x-ndjson' },
              duplex: 'half',
            } as never),
          )) as DatasetUpload;
          bar?.stop();
          if (out.json) return out.data(upload);
          out.line(
            `${upload.inserted} items added to ${upload.dataset_id} (${upload.duplicates} already there); ${upload.item_count} in all`,
          );
        } finally {
          bar?.stop();
        }
      },
    );
}
