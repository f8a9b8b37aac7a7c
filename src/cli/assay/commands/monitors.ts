import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { parse as parseYaml } from 'yaml';
import type { Monitor } from '../../../client/index.js';
import {
  alertRuleSchema,
  monitorCreateSchema,
  monitorMetrics,
  type AlertRule,
} from '../../../domain/monitors.js';
import { unwrap } from '../api.js';
import { contextOf } from '../context.js';
import { UsageError } from '../exitCodes.js';
import { choiceOption, rateOption, timeOption, usdOption } from '../options.js';

const byId = (id: string) => ({ params: { path: { id } } });
const when = (seconds: number | null) => (seconds === null ? '-' : new Date(seconds * 1000).toISOString());
const percent = (value: number | null) => (value === null ? '-' : `${(value * 100).toFixed(1)}%`);
const band = (interval: { low: number; high: number } | null | undefined) =>
  interval ? `[${interval.low.toFixed(3)}, ${interval.high.toFixed(3)}]` : '-';

interface CreateFlags {
  file?: string;
  container?: string;
  name?: string;
  evaluators?: string;
  samplingRate?: number;
  model?: string;
  metadata?: string[];
  dailyBudget?: number;
  alert?: string[];
}

/** `polite.pass_rate<0.9`: a rule's metric, side and value (window and minimum items take their defaults). */
function parseAlertFlag(text: string): AlertRule {
  const at = [...text].findIndex((c) => c === '<' || c === '>');
  const metric = text.slice(0, at).trim();
  const value = text.slice(at + 1).trim();
  const parsed =
    at > 0 &&
    value !== '' &&
    (monitorMetrics as readonly string[]).includes(metric.slice(metric.lastIndexOf('.') + 1)) &&
    alertRuleSchema.safeParse({ metric, op: text[at], value: Number(value) });
  if (!parsed || !parsed.success) {
    throw new UsageError(
      `--alert ${text}: write it as <evaluator>.<${monitorMetrics.join('|')}><op><value>, e.g. polite.pass_rate<0.9`,
    );
  }
  return parsed.data;
}

function parseMetadataFlag(pairs: string[]): Record<string, string> {
  return Object.fromEntries(
    pairs.map((pair) => {
      const eq = pair.indexOf('=');
      if (eq < 1) throw new UsageError(`--metadata ${pair}: write it as key=value`);
      return [pair.slice(0, eq), pair.slice(eq + 1)];
    }),
  );
}

/** The create body: the file's fields (YAML or JSON), each flag given replacing its field; checked with the API's schema. */
export function monitorBodyOf(flags: CreateFlags) {
  let base: Record<string, unknown> = {};
  if (flags.file) {
    try {
      base = (parseYaml(readFileSync(flags.file, 'utf8')) as Record<string, unknown> | null) ?? {};
    } catch (error) {
      throw new UsageError(`cannot read ${flags.file}: ${(error as Error).message}`);
    }
  }
  const filters = { ...((base.filters as Record<string, unknown> | undefined) ?? {}) };
  if (flags.model) filters.model = flags.model;
  if (flags.metadata?.length) filters.metadata = parseMetadataFlag(flags.metadata);
  const body = {
    ...base,
    ...(flags.container ? { container: flags.container } : {}),
    ...(flags.name ? { name: flags.name } : {}),
    ...(flags.evaluators ? { evaluators: flags.evaluators.split(',').map((e) => e.trim()) } : {}),
    ...(flags.samplingRate !== undefined ? { sampling_rate: flags.samplingRate } : {}),
    ...(flags.dailyBudget !== undefined ? { daily_budget_usd: flags.dailyBudget } : {}),
    ...(flags.alert?.length ? { alert_rules: flags.alert.map(parseAlertFlag) } : {}),
    ...(Object.keys(filters).length > 0 ? { filters } : {}),
  };
  const parsed = monitorCreateSchema.safeParse(body);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.') || '(monitor)'}: ${i.message}`);
    throw new UsageError(
      `invalid monitor${flags.file ? ` in ${flags.file}` : ''}:\n  ${problems.join('\n  ')}`,
    );
  }
  return parsed.data;
}

const collect = (value: string, previous: string[] = []) => [...previous, value];

function describeMonitor(m: Monitor): string[] {
  const p = m.progress;
  return [
    `${m.name} (${m.id}), version ${m.version}, ${m.status}, container ${m.container_id}`,
    `evaluators: ${m.evaluators.map((e) => `${e.name} v${e.version}`).join(', ')}; sampling ${percent(m.sampling_rate)}`,
    `progress: ${p.logs_seen} logs seen, ${p.logs_sampled} sampled, ${p.results} results, backlog ${p.backlog}, scored through ${when(p.scored_through)}`,
    `spend today: $${p.spend_today_usd.toFixed(4)}${m.daily_budget_usd === null ? '' : ` of $${m.daily_budget_usd}`}${p.budget_exhausted ? ' (budget used up)' : ''}`,
  ];
}

/** `assay monitors`: continuous evaluation of a container's live logs. */
export function registerMonitors(program: Command): void {
  const monitors = program
    .command('monitors')
    .description(
      'Monitors: score a sample of live logs as they arrive (list, get, create, pause, resume, delete, metrics, backfill)',
    );

  monitors
    .command('list')
    .description('List monitors with their status and backlog')
    .action(async (_flags: unknown, cmd: Command) => {
      const { out, client } = contextOf(cmd);
      const page = await unwrap(client().GET('/v1/monitors', { params: { query: { limit: 100 } } }));
      if (out.json) return out.data(page);
      out.table(
        ['id', 'name', 'container', 'version', 'status', 'sampling', 'results', 'backlog'],
        page.data.map((m) => [
          m.id,
          m.name,
          m.container_id,
          String(m.version),
          m.status,
          percent(m.sampling_rate),
          String(m.progress.results),
          String(m.progress.backlog),
        ]),
      );
    });

  monitors
    .command('get <id>')
    .description('Show a monitor and its progress')
    .action(async (id: string, _flags: unknown, cmd: Command) => {
      const { out, client } = contextOf(cmd);
      const monitor = await unwrap(client().GET('/v1/monitors/{id}', byId(id)));
      if (out.json) return out.data(monitor);
      for (const line of describeMonitor(monitor)) out.line(line);
    });

  monitors
    .command('create')
    .description('Create a monitor from flags, or from a YAML/JSON file (flags given replace its fields)')
    .option('-f, --file <path>', 'a monitor as the API takes it (container, name, evaluators, ...)')
    .option('--container <label>', 'the container whose logs are scored')
    .option('--name <name>', "the monitor's name")
    .option('--evaluators <names>', 'comma-separated evaluators of the container')
    .addOption(rateOption('--sampling-rate <rate>', 'the share of logs scored, in (0, 1] (default 1)'))
    .option('--model <model>', 'only logs of this model')
    .option('--metadata <key=value>', 'only logs with this metadata (repeatable)', collect)
    .addOption(usdOption('--daily-budget <usd>', 'stop scoring for the day once this is spent'))
    .option('--alert <rule>', 'an alert rule, e.g. polite.pass_rate<0.9 (repeatable)', collect)
    .action(async (flags: CreateFlags, cmd: Command) => {
      const { out, client } = contextOf(cmd);
      const created = await unwrap(client().POST('/v1/monitors', { body: monitorBodyOf(flags) }));
      if (out.json) return out.data(created);
      out.line(`Created monitor ${created.id}.`);
      for (const line of describeMonitor(created)) out.line(line);
    });

  for (const [name, summary] of [
    ['pause', 'Pause a monitor (logs wait in its backlog)'],
    ['resume', 'Resume a paused monitor (its backlog is scored first)'],
  ] as const) {
    monitors
      .command(`${name} <id>`)
      .description(summary)
      .action(async (id: string, _flags: unknown, cmd: Command) => {
        const { out, client } = contextOf(cmd);
        const path = name === 'pause' ? '/v1/monitors/{id}/pause' : '/v1/monitors/{id}/resume';
        const monitor = await unwrap(client().POST(path, byId(id)));
        if (out.json) return out.data(monitor);
        out.line(`Monitor ${monitor.id} is ${monitor.status}; backlog ${monitor.progress.backlog}.`);
      });
  }

  monitors
    .command('delete <id>')
    .description('Delete a monitor with its results, metrics and alerts')
    .action(async (id: string, _flags: unknown, cmd: Command) => {
      const { out, client } = contextOf(cmd);
      const deleted = await unwrap(client().DELETE('/v1/monitors/{id}', byId(id)));
      if (out.json) return out.data(deleted);
      out.line(`Deleted monitor ${deleted.id}.`);
    });

  monitors
    .command('metrics <id>')
    .description('Count, mean and pass rate with 95% intervals per evaluator (and model) per hour or day')
    .addOption(timeOption('--from <time>', 'start (unix seconds or ISO date; default: 24 hours ago)'))
    .addOption(timeOption('--to <time>', 'end, exclusive (default: now)'))
    .addOption(choiceOption('--interval <interval>', 'point size', ['hour', 'day'], 'hour'))
    .addOption(
      choiceOption(
        '--group-by <split>',
        'a point per evaluator, or per evaluator and model',
        ['evaluator', 'model'],
        'evaluator',
      ),
    )
    .option('--model <model>', "only this model's logs")
    .action(
      async (
        id: string,
        flags: {
          from?: number;
          to?: number;
          interval: 'hour' | 'day';
          groupBy: 'evaluator' | 'model';
          model?: string;
        },
        cmd: Command,
      ) => {
        const { out, client } = contextOf(cmd);
        const to = flags.to ?? Math.floor(Date.now() / 1000) + 1;
        const from = flags.from ?? to - 86400;
        const query = { from, to, interval: flags.interval, group_by: flags.groupBy, model: flags.model };
        const metrics = await unwrap(
          client().GET('/v1/monitors/{id}/metrics', { params: { path: { id }, query } }),
        );
        if (out.json) return out.data(metrics);
        const perModel = flags.groupBy === 'model' || flags.model !== undefined;
        out.table(
          [
            'start',
            'evaluator',
            ...(perModel ? ['model'] : []),
            'count',
            'errors',
            'mean',
            'mean 95%',
            'pass rate',
            'pass 95%',
          ],
          metrics.data.map((p) => [
            when(p.start),
            p.evaluator_id,
            ...(perModel ? [p.model ?? '(none)'] : []),
            String(p.count),
            String(p.errors),
            p.mean === null ? '-' : p.mean.toFixed(3),
            band(p.mean_interval),
            percent(p.pass_rate),
            band(p.pass_rate_interval),
          ]),
        );
      },
    );

  monitors
    .command('backfill <id>')
    .description("Score a past time range as an ordinary run, through the monitor's filters and sampling")
    .addOption(timeOption('--from <time>', 'start (unix seconds or ISO date)').makeOptionMandatory())
    .addOption(timeOption('--to <time>', 'end, exclusive').makeOptionMandatory())
    .addOption(usdOption('--budget <usd>', "the run's spend ceiling"))
    .action(async (id: string, flags: { from: number; to: number; budget?: number }, cmd: Command) => {
      const { out, client } = contextOf(cmd);
      const body = { from: flags.from, to: flags.to, ...(flags.budget ? { budget_usd: flags.budget } : {}) };
      const run = await unwrap(client().POST('/v1/monitors/{id}/backfill', { ...byId(id), body }));
      if (out.json) return out.data(run);
      out.line(`Started backfill run ${run.id} (${run.status}); follow it with: assay runs get ${run.id}`);
    });
}
