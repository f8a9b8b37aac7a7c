import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'wouter';
import { answered, apiClient } from '../api/client';
import { TimeSeriesChart, type SeriesPoint } from '../components/charts';
import { ErrorBox, Loading, StatusBadge } from '../components/Status';
import { PagedTable, usePagedList } from '../components/usePagedList';
import { formatCount, formatInterval, formatPercent, formatScore, formatTime, formatUsd } from '../format';

export function MonitorsPage() {
  const list = usePagedList(['monitors'], (page) =>
    answered(apiClient.GET('/v1/monitors', { params: { query: page } })),
  );
  return (
    <>
      <h1>Monitors</h1>
      <PagedTable
        list={list}
        label="Monitors"
        what="monitors"
        head={
          <>
            <th scope="col">Container</th>
            <th scope="col">Status</th>
            <th scope="col" className="num">
              Sampling
            </th>
            <th scope="col" className="num">
              Results
            </th>
            <th scope="col" className="num">
              Backlog
            </th>
          </>
        }
        empty={
          <tr>
            <td colSpan={6}>
              No monitors yet: create one with POST /v1/monitors or `assay monitors create`.
            </td>
          </tr>
        }
      >
        {(m) => (
          <tr key={m.id}>
            <th scope="row">
              <Link href={`/monitors/${m.id}`}>{m.name}</Link>
            </th>
            <td>{m.container_id}</td>
            <td>
              <StatusBadge status={m.status} />
            </td>
            <td className="num">{formatPercent(m.sampling_rate)}</td>
            <td className="num">{formatCount(m.progress.results)}</td>
            <td className="num">{formatCount(m.progress.backlog)}</td>
          </tr>
        )}
      </PagedTable>
    </>
  );
}

/** The last week by hour: what a monitor's page shows (the API serves up to a year). */
const WINDOW_SECONDS = 7 * 86400;
/** Progress and new points arrive while logs do. */
const REFRESH_MS = 5000;

/** One monitor: progress and backlog, score and pass rate over time with their 95% bands, alerts on the timeline. */
export function MonitorPage() {
  const { id } = useParams<{ id: string }>();
  const monitor = useQuery({
    queryKey: ['monitor', id],
    queryFn: () => answered(apiClient.GET('/v1/monitors/{id}', { params: { path: { id } } })),
    refetchInterval: REFRESH_MS,
  });
  const metrics = useQuery({
    queryKey: ['monitor-metrics', id],
    queryFn: () => {
      const to = Math.floor(Date.now() / 1000) + 3600;
      return answered(
        apiClient.GET('/v1/monitors/{id}/metrics', {
          params: { path: { id }, query: { from: to - WINDOW_SECONDS, to, interval: 'hour' } },
        }),
      );
    },
    refetchInterval: REFRESH_MS,
  });
  const alerts = useQuery({
    queryKey: ['monitor-alerts', id],
    queryFn: () =>
      answered(
        apiClient.GET('/v1/monitors/{id}/alerts', { params: { path: { id }, query: { limit: 100 } } }),
      ),
    refetchInterval: REFRESH_MS,
  });
  if (monitor.error) return <ErrorBox error={monitor.error} />;
  if (!monitor.data) return <Loading what="the monitor" />;
  const m = monitor.data;
  const nameOf = new Map(m.evaluators.map((e) => [e.id, e.name]));
  const points = metrics.data?.data ?? [];
  const series = (pick: 'mean' | 'pass_rate'): SeriesPoint[] =>
    points.map((p) => {
      const interval = pick === 'mean' ? p.mean_interval : p.pass_rate_interval;
      return {
        start: p.start,
        series: nameOf.get(p.evaluator_id) ?? p.evaluator_id,
        value: p[pick],
        low: interval?.low ?? null,
        high: interval?.high ?? null,
      };
    });
  const alertList = alerts.data?.data ?? [];
  const moments = alertList.map((a) => ({ at: a.fired_at, what: a.rule.metric }));
  return (
    <>
      <nav aria-label="Breadcrumb" className="crumbs">
        <Link href="/monitors">Monitors</Link> / <span aria-current="page">{m.id}</span>
      </nav>
      <h1>{m.name}</h1>
      <dl className="facts card">
        <dt>Status</dt>
        <dd>
          <StatusBadge status={m.status} /> version {m.version}
        </dd>
        <dt>Container</dt>
        <dd>{m.container_id}</dd>
        <dt>Evaluators</dt>
        <dd>{m.evaluators.map((e) => `${e.name} v${e.version}`).join(', ')}</dd>
        <dt>Sampling</dt>
        <dd>{formatPercent(m.sampling_rate)}</dd>
        <dt>Backlog</dt>
        <dd data-field="backlog">{formatCount(m.progress.backlog)} logs</dd>
        <dt>Scored</dt>
        <dd data-field="results">
          {formatCount(m.progress.results)} results of {formatCount(m.progress.logs_sampled)} sampled logs (
          {formatCount(m.progress.logs_seen)} seen), through {formatTime(m.progress.scored_through)}
        </dd>
        <dt>Spend today</dt>
        <dd>
          {formatUsd(m.progress.spend_today_usd)}
          {m.daily_budget_usd === null ? '' : ` of ${formatUsd(m.daily_budget_usd)}`}
          {m.progress.budget_exhausted ? ' (budget used up: the backlog waits)' : ''}
        </dd>
      </dl>
      <ErrorBox error={metrics.error ?? alerts.error} />
      <h2>Pass rate</h2>
      <TimeSeriesChart
        points={series('pass_rate')}
        marks={moments}
        percent
        label="Pass rate per hour and evaluator with its 95% interval; dashed lines are alerts"
      />
      <h2>Mean score</h2>
      <TimeSeriesChart
        points={series('mean')}
        marks={moments}
        label="Mean score per hour and evaluator with its 95% interval; dashed lines are alerts"
      />
      <h2>Alerts</h2>
      <table aria-label="Alerts">
        <thead>
          <tr>
            <th scope="col">Rule</th>
            <th scope="col">Status</th>
            <th scope="col">Fired</th>
            <th scope="col">Window value (95%)</th>
            <th scope="col">Resolved</th>
          </tr>
        </thead>
        <tbody>
          {alertList.length === 0 ? (
            <tr>
              <td colSpan={5}>No alerts.</td>
            </tr>
          ) : (
            alertList.map((a) => (
              <tr key={a.id}>
                <th scope="row">
                  {a.rule.metric} {a.rule.op} {a.rule.value}
                </th>
                <td>
                  <StatusBadge status={a.status} />
                </td>
                <td>{formatTime(a.fired_at)}</td>
                <td>
                  {formatScore(a.fired_window.value)} ({formatInterval(a.fired_window.interval, formatScore)},
                  n=
                  {a.fired_window.count})
                </td>
                <td>{a.resolved_at === null ? '—' : formatTime(a.resolved_at)}</td>
              </tr>
            ))
          )}
        </tbody>
      </table>
      <h2>Points</h2>
      <table aria-label="Points">
        <thead>
          <tr>
            <th scope="col">Hour</th>
            <th scope="col">Evaluator</th>
            <th scope="col" className="num">
              Count
            </th>
            <th scope="col" className="num">
              Errors
            </th>
            <th scope="col">Mean (95%)</th>
            <th scope="col">Pass rate (95%)</th>
          </tr>
        </thead>
        <tbody>
          {points.map((p) => (
            <tr key={`${p.start}/${p.evaluator_id}`}>
              <th scope="row">{formatTime(p.start)}</th>
              <td>{nameOf.get(p.evaluator_id) ?? p.evaluator_id}</td>
              <td className="num">{formatCount(p.count)}</td>
              <td className="num">{formatCount(p.errors)}</td>
              <td>
                {formatScore(p.mean)} ({formatInterval(p.mean_interval, formatScore)})
              </td>
              <td>
                {formatPercent(p.pass_rate)} ({formatInterval(p.pass_rate_interval, formatPercent)})
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
