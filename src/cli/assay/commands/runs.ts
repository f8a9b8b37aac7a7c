import { runStatuses, type RunStatus } from '../../../domain/runs.js';
import { choiceOption, wholeNumberOption } from '../options.js';
import { createWriteStream } from 'node:fs';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import cliProgress from 'cli-progress';
import type { Command } from 'commander';
import { unwrap } from '../api.js';
import { contextOf } from '../context.js';
import { exitCodes, ServiceError } from '../exitCodes.js';
import { finishRun } from '../finishRun.js';
import { registerRerun } from './rerun.js';
import { addVerdictOptions, finishOptions, type VerdictFlags } from './run.js';

const byId = (id: string) => ({ params: { path: { id } } });
const when = (seconds: number | null) =>
  seconds ? new Date(seconds * 1000).toISOString().slice(0, 19) + 'Z' : '-';

export function registerRuns(program: Command, setExit: (code: number) => void): void {
  const runs = program.command('runs').description('List, inspect, steer and export evaluation runs');

  runs
    .command('list')
    .description('List runs, newest first')
    .option('--container <label>', 'only runs of this container')
    .addOption(choiceOption('--status <status>', 'only runs with this status', runStatuses))
    .addOption(wholeNumberOption('--limit <n>', 'at most this many', { min: 1, max: 100 }, 20))
    .action(async (flags: { container?: string; status?: RunStatus; limit: number }, cmd: Command) => {
      const { out, client } = contextOf(cmd);
      const page = await unwrap(
        client().GET('/v1/evaluations/runs', {
          params: {
            query: {
              limit: flags.limit,
              container: flags.container,
              status: flags.status,
            },
          },
        }),
      );
      if (out.json) return out.data(page);
      out.table(
        ['id', 'status', 'container', 'progress', 'spend', 'created'],
        page.data.map((r) => [
          r.id,
          r.status,
          r.container_id,
          `${r.progress.done}/${r.progress.total ?? '?'}`,
          `$${r.estimated_spend.actual_usd.toFixed(4)}`,
          when(r.created_at),
        ]),
      );
      setExit(exitCodes.ok);
    });

  runs
    .command('get <id>')
    .description('Show a run: status, progress, metrics')
    .action(async (id: string, _flags: unknown, cmd: Command) => {
      const { out, client } = contextOf(cmd);
      const run = await unwrap(client().GET('/v1/evaluations/runs/{id}', byId(id)));
      if (out.json) return out.data(run);
      out.line(`${run.id} ${run.status}${run.status_reason ? ` (${run.status_reason})` : ''}`);
      if (run.parent_run_id) out.line(`rerun of ${run.parent_run_id}`);
      out.line(`progress ${run.progress.done}/${run.progress.total ?? '?'}, ${run.progress.failed} errors`);
      out.line(
        `spend $${run.estimated_spend.actual_usd.toFixed(4)} (estimated $${run.estimated_spend.estimated_usd.toFixed(4)})`,
      );
      const names = new Map(run.config.evaluators.map((e) => [e.id, e.name]));
      for (const s of run.metrics?.by_evaluator ?? []) {
        out.line(
          `  ${names.get(s.evaluator_id) ?? s.evaluator_id}${s.model ? ` [${s.model}]` : ''}: mean ${s.mean?.toFixed(3) ?? '-'}, pass rate ${s.pass_rate?.toFixed(3) ?? '-'}, ${s.scored} scored, ${s.errors} errors`,
        );
      }
    });

  for (const action of ['pause', 'resume', 'cancel'] as const) {
    runs
      .command(`${action} <id>`)
      .description(`${action[0]!.toUpperCase()}${action.slice(1)} a run`)
      .action(async (id: string, _flags: unknown, cmd: Command) => {
        const { out, client } = contextOf(cmd);
        const run = await unwrap(client().POST(`/v1/evaluations/runs/{id}/${action}`, byId(id)));
        if (out.json) return out.data(run);
        out.line(`${run.id}: ${action} sent (status now ${run.status})`);
      });
  }

  addVerdictOptions(
    runs
      .command('watch <id>')
      .description(
        'Reattach to a run: live progress until it ends, then the same checks as `assay run --wait`',
      ),
  ).action(async (id: string, flags: VerdictFlags, cmd: Command) => {
    const ctx = contextOf(cmd);
    setExit(await finishRun(ctx, id, finishOptions(flags)));
  });

  registerRerun(runs, setExit);

  runs
    .command('export <id>')
    .description("Stream a run's results to a file as JSON lines or CSV")
    .requiredOption('-o, --output <file>', 'where to write')
    .addOption(choiceOption('--format <format>', 'the file format', ['jsonl', 'csv'], 'jsonl'))
    .action(async (id: string, flags: { output: string; format: 'jsonl' | 'csv' }, cmd: Command) => {
      const { out, client } = contextOf(cmd);
      const run = await unwrap(client().GET('/v1/evaluations/runs/{id}', byId(id)));
      const response = await client().GET('/v1/evaluations/runs/{id}/results/export', {
        params: { path: { id }, query: { format: flags.format } },
        parseAs: 'stream',
      });
      if (!response.response.ok || !response.data) {
        await unwrap(Promise.resolve({ ...response, error: response.error ?? {} }));
        throw new ServiceError(`export answered ${response.response.status}`);
      }
      const total = run.results?.total ?? 0;
      const bar = out.interactive
        ? new cliProgress.SingleBar({ stream: out.stderr, format: 'export {bar} {value}/{total} results' })
        : null;
      bar?.start(total, 0);
      let lines = 0;
      const counter = new Transform({
        transform(chunk: Buffer, _encoding, done) {
          for (const byte of chunk) if (byte === 10) lines++;
          bar?.update(Math.min(lines, total));
          done(null, chunk);
        },
      });
      await pipeline(
        Readable.fromWeb(response.data as unknown as WebReadableStream),
        counter,
        createWriteStream(flags.output),
      );
      bar?.stop();
      const results = flags.format === 'csv' ? Math.max(0, lines - 1) : lines;
      if (out.json) out.data({ run_id: id, file: flags.output, format: flags.format, results });
      else out.line(`Wrote ${results} results to ${flags.output}`);
    });
}
