import type { Command } from 'commander';
import type { Evaluator } from '../../../client/index.js';
import { stableJson } from '../../../domain/stableJson.js';
import { unwrap } from '../api.js';
import { contextOf } from '../context.js';

/** Fields a new version may change (everything else is bookkeeping). */
const definitionFields = [
  'name',
  'description',
  'judge_model',
  'judge_prompt',
  'code',
  'requirements',
  'threshold',
  'mode',
  'api_type',
  'inference_params',
  'metadata',
] as const;

export function registerEvaluators(program: Command): void {
  const evaluators = program.command('evaluators').description('List evaluators and their versions');
  const lookup = (id: string, container?: string) => ({
    params: { path: { id }, query: container ? { container } : {} },
  });

  evaluators
    .command('list')
    .description('List evaluators')
    .option('--container <label>', 'only those of this container')
    .action(async (flags: { container?: string }, cmd: Command) => {
      const { out, client } = contextOf(cmd);
      const page = await unwrap(
        client().GET('/v1/evaluators', { params: { query: { limit: 100, container: flags.container } } }),
      );
      if (out.json) return out.data(page);
      out.table(
        ['id', 'name', 'type', 'version', 'threshold', 'container'],
        page.data.map((e) => [
          e.id,
          e.name,
          e.type,
          String(e.version),
          String(e.threshold ?? '-'),
          e.container_id ?? '-',
        ]),
      );
    });

  evaluators
    .command('get <name>')
    .description('Show an evaluator (by id or name)')
    .option('--container <label>', 'picks among evaluators of the same name')
    .action(async (name: string, flags: { container?: string }, cmd: Command) => {
      const { out, client } = contextOf(cmd);
      const evaluator = await unwrap(client().GET('/v1/evaluators/{id}', lookup(name, flags.container)));
      if (out.json) return out.data(evaluator);
      out.line(`${evaluator.name} (${evaluator.id}), ${evaluator.type}, version ${evaluator.version}`);
      for (const field of definitionFields) {
        const value = evaluator[field];
        if (value !== null && value !== undefined && !(Array.isArray(value) && value.length === 0))
          out.line(`${field}: ${typeof value === 'string' ? value : JSON.stringify(value)}`);
      }
    });

  evaluators
    .command('versions <name>')
    .description('List every version of an evaluator and the fields each changed')
    .option('--container <label>', 'picks among evaluators of the same name')
    .action(async (name: string, flags: { container?: string }, cmd: Command) => {
      const { out, client } = contextOf(cmd);
      const current = await unwrap(client().GET('/v1/evaluators/{id}', lookup(name, flags.container)));
      const versions: Evaluator[] = [];
      for (let version = 1; version <= current.version; version++) {
        versions.push(
          await unwrap(
            client().GET('/v1/evaluators/{id}/versions/{version}', {
              params: { path: { id: current.id, version } },
            } as never),
          ),
        );
      }
      const rows = versions.map((v, i) => ({
        version: v.version,
        updated_at: v.updated_at,
        changed:
          i === 0
            ? ['created']
            : definitionFields.filter((f) => stableJson(v[f]) !== stableJson(versions[i - 1]![f])),
      }));
      if (out.json) return out.data({ evaluator_id: current.id, versions: rows });
      out.table(
        ['version', 'updated', 'changed'],
        rows.map((r) => [
          String(r.version),
          new Date(r.updated_at * 1000).toISOString(),
          r.changed.join(', '),
        ]),
      );
    });
}
