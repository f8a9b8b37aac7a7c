import { wholeNumberOption } from '../options.js';
import type { Command } from 'commander';
import type { SubscribableEventType } from '../../../domain/webhooks.js';
import { unwrap } from '../api.js';
import { contextOf } from '../context.js';

const when = (seconds: number | null) => (seconds === null ? '-' : new Date(seconds * 1000).toISOString());

/** `assay webhooks`: endpoints, their signing secrets (shown once) and their delivery log. */
export function registerWebhooks(program: Command): void {
  const webhooks = program
    .command('webhooks')
    .description('Manage webhook endpoints (admin key): list, create, rotate, deliveries');

  webhooks
    .command('list')
    .description('List webhook endpoints')
    .action(async (_flags: unknown, cmd: Command) => {
      const { out, client } = contextOf(cmd);
      const page = await unwrap(client().GET('/v1/webhooks', { params: { query: { limit: 100 } } }));
      if (out.json) return out.data(page);
      out.table(
        ['id', 'url', 'events', 'enabled'],
        page.data.map((w) => [
          w.id,
          w.url,
          w.event_types.join(','),
          w.enabled ? 'yes' : `no: ${w.disabled_reason ?? ''}`,
        ]),
      );
    });

  webhooks
    .command('create <url>')
    .description('Create an endpoint; prints its signing secret, shown this once')
    .requiredOption(
      '--events <types>',
      'comma-separated event types, e.g. evaluation.run.completed,eval.run.failed',
    )
    .option('--description <text>', 'what the endpoint is for')
    .action(async (url: string, flags: { events: string; description?: string }, cmd: Command) => {
      const { out, client } = contextOf(cmd);
      const eventTypes = flags.events.split(',').map((t) => t.trim()) as SubscribableEventType[];
      const created = await unwrap(
        client().POST('/v1/webhooks', {
          body: { url, event_types: eventTypes, description: flags.description },
        }),
      );
      if (out.json) return out.data(created);
      out.line(`Created ${created.id} for ${created.url}.`);
      out.line(`Signing secret (shown once, store it with the receiver): ${created.secret}`);
    });

  webhooks
    .command('rotate <id>')
    .description("Rotate an endpoint's signing secret; the previous one keeps signing during the overlap")
    .option('--overlap <seconds>', 'how long the previous secret keeps signing', '86400')
    .action(async (id: string, flags: { overlap: string }, cmd: Command) => {
      const { out, client } = contextOf(cmd);
      const rotated = await unwrap(
        client().POST('/v1/webhooks/{id}/rotate', {
          params: { path: { id } },
          body: { overlap_seconds: Number(flags.overlap) },
        }),
      );
      if (out.json) return out.data(rotated);
      out.line(`New signing secret of ${rotated.id} (shown once): ${rotated.secret}`);
      out.line(`The previous secret signs too until ${when(rotated.secrets[0]?.expires_at ?? null)}.`);
    });

  webhooks
    .command('deliveries <id>')
    .description("An endpoint's deliveries, newest first: status, attempts, last error and response code")
    .addOption(wholeNumberOption('--limit <n>', 'how many', { min: 1, max: 100 }, 20))
    .action(async (id: string, flags: { limit: number }, cmd: Command) => {
      const { out, client } = contextOf(cmd);
      const page = await unwrap(
        client().GET('/v1/webhooks/{id}/deliveries', {
          params: { path: { id }, query: { limit: flags.limit } },
        }),
      );
      if (out.json) return out.data(page);
      out.table(
        ['id', 'event', 'status', 'attempts', 'code', 'last error', 'last attempt'],
        page.data.map((d) => [
          d.id,
          d.event_type,
          d.status,
          String(d.attempts),
          d.response_status === null ? '-' : String(d.response_status),
          d.last_error ?? '-',
          when(d.last_attempt_at),
        ]),
      );
    });
}
