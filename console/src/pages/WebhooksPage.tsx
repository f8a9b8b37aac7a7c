import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useParams } from 'wouter';
import { answered, apiClient } from '../api/client';
import { ErrorBox, Loading, StatusBadge } from '../components/Status';
import { PagedTable, usePagedList } from '../components/usePagedList';
import { formatTime } from '../format';

/** Webhook endpoints need an admin key (they hold signing secrets); other keys see the API's 403. */
export function WebhooksPage() {
  const list = usePagedList(['webhooks'], (page) =>
    answered(apiClient.GET('/v1/webhooks', { params: { query: page } })),
  );
  return (
    <>
      <h1>Webhooks</h1>
      <PagedTable
        list={list}
        label="Webhook endpoints"
        what="webhook endpoints"
        head={
          <>
            <th scope="col">URL</th>
            <th scope="col">Events</th>
            <th scope="col">Enabled</th>
            <th scope="col">Created</th>
          </>
        }
        empty={
          <tr>
            <td colSpan={4}>
              No endpoints yet: create one with POST /v1/webhooks or `assay webhooks create`.
            </td>
          </tr>
        }
      >
        {(hook) => (
          <tr key={hook.id}>
            <th scope="row">
              <Link href={`/webhooks/${hook.id}`}>{hook.url}</Link>
            </th>
            <td>{hook.event_types.join(', ')}</td>
            <td>{hook.enabled ? 'yes' : `no — ${hook.disabled_reason ?? ''}`}</td>
            <td>{formatTime(hook.created_at)}</td>
          </tr>
        )}
      </PagedTable>
    </>
  );
}

/** One endpoint: its deliveries (status, attempts, last error, response code), redelivery and a test event. */
export function WebhookPage() {
  const { id } = useParams<{ id: string }>();
  const queryClient = useQueryClient();
  const hook = useQuery({
    queryKey: ['webhook', id],
    queryFn: () => answered(apiClient.GET('/v1/webhooks/{id}', { params: { path: { id } } })),
  });
  // Pending deliveries change on their own: poll while any is shown.
  const deliveries = usePagedList(
    ['webhook-deliveries', id],
    (page) =>
      answered(apiClient.GET('/v1/webhooks/{id}/deliveries', { params: { path: { id }, query: page } })),
    { refetchInterval: (page) => (page?.data.some((d) => d.status === 'pending') ? 2000 : false) },
  );
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['webhook-deliveries', id] });
  // A test event, or a delivery sent again: either answers the new delivery.
  const send = useMutation({
    mutationFn: (redeliver: { deliveryId: string } | null) =>
      redeliver
        ? answered(
            apiClient.POST('/v1/webhooks/{id}/deliveries/{delivery_id}/redeliver', {
              params: { path: { id, delivery_id: redeliver.deliveryId } },
            }),
          )
        : answered(apiClient.POST('/v1/webhooks/{id}/test', { params: { path: { id } } })),
    onSuccess: refresh,
  });
  if (hook.error) return <ErrorBox error={hook.error} />;
  if (!hook.data) return <Loading what="the webhook endpoint" />;
  const h = hook.data;
  return (
    <>
      <nav aria-label="Breadcrumb" className="crumbs">
        <Link href="/webhooks">Webhooks</Link> / <span aria-current="page">{h.id}</span>
      </nav>
      <h1>{h.url}</h1>
      <dl className="facts card">
        <dt>Id</dt>
        <dd>
          <code>{h.id}</code>
        </dd>
        <dt>Events</dt>
        <dd>{h.event_types.join(', ')}</dd>
        <dt>Enabled</dt>
        <dd data-field="enabled">{h.enabled ? 'yes' : `no — ${h.disabled_reason ?? ''}`}</dd>
        <dt>Signing secrets</dt>
        <dd>
          {h.secrets
            .map((s) => (s.expires_at ? `one until ${formatTime(s.expires_at)}` : 'current'))
            .join('; ')}
        </dd>
      </dl>
      <div className="actions">
        <button type="button" onClick={() => send.mutate(null)} disabled={send.isPending}>
          Send test event
        </button>
      </div>
      <ErrorBox error={send.error} />
      <h2>Deliveries</h2>
      <PagedTable
        list={deliveries}
        label="Deliveries"
        what="deliveries"
        head={
          <>
            <th scope="col">Event</th>
            <th scope="col">Status</th>
            <th scope="col" className="num">
              Attempts
            </th>
            <th scope="col" className="num">
              Code
            </th>
            <th scope="col">Last error</th>
            <th scope="col">Last attempt</th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </>
        }
        empty={
          <tr>
            <td colSpan={7}>No deliveries yet.</td>
          </tr>
        }
      >
        {(d) => (
          <tr key={d.id}>
            <th scope="row">
              {d.event_type} <code>{d.event_id}</code>
            </th>
            <td>
              <StatusBadge status={d.status} />
            </td>
            <td className="num">{d.attempts}</td>
            <td className="num">{d.response_status ?? '—'}</td>
            <td>{d.last_error ?? '—'}</td>
            <td>{d.last_attempt_at === null ? '—' : formatTime(d.last_attempt_at)}</td>
            <td>
              <button
                type="button"
                className="secondary"
                disabled={send.isPending}
                onClick={() => send.mutate({ deliveryId: d.id })}
              >
                Redeliver
              </button>
            </td>
          </tr>
        )}
      </PagedTable>
    </>
  );
}
