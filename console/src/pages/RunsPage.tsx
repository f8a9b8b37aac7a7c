import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'wouter';
import { answered, apiClient } from '../api/client';
import type { RunStatus } from '../api/types';
import { ProgressBar, StatusBadge } from '../components/Status';
import { PagedTable, usePagedList } from '../components/usePagedList';
import { formatTime, formatUsd } from '../format';
import { isTerminal, POLL_MS, runStatuses } from '../runStatus';

export function useContainers() {
  return useQuery({
    queryKey: ['containers-all'],
    queryFn: () => answered(apiClient.GET('/v1/containers', { params: { query: { limit: 100 } } })),
    staleTime: 30_000,
  });
}

export function RunsPage() {
  const [container, setContainer] = useState('');
  const [status, setStatus] = useState<RunStatus | ''>('');
  const containers = useContainers();
  const labels = new Map(containers.data?.data.map((c) => [c.id, c.label]));
  const runs = usePagedList(
    ['runs', container, status],
    (page) =>
      answered(
        apiClient.GET('/v1/evaluations/runs', {
          params: { query: { ...page, container: container || undefined, status: status || undefined } },
        }),
      ),
    { refetchInterval: (page) => (page?.data.some((run) => !isTerminal(run.status)) ? POLL_MS : false) },
  );
  return (
    <>
      <h1>Evaluation runs</h1>
      <form className="filters" aria-label="Run filters" onSubmit={(event) => event.preventDefault()}>
        <label>
          Container
          <select value={container} onChange={(event) => setContainer(event.target.value)}>
            <option value="">All containers</option>
            {containers.data?.data.map((c) => (
              <option key={c.id} value={c.label}>
                {c.label}
              </option>
            ))}
          </select>
        </label>
        <label>
          Status
          <select
            value={status}
            onChange={(event) => setStatus(runStatuses.find((s) => s === event.target.value) ?? '')}
          >
            <option value="">Any status</option>
            {runStatuses.map((s) => (
              <option key={s} value={s}>
                {s}
              </option>
            ))}
          </select>
        </label>
      </form>
      <PagedTable
        list={runs}
        label="Evaluation runs"
        pagerLabel="Runs"
        what="runs"
        head={
          <>
            <th scope="col">Run</th>
            <th scope="col">Status</th>
            <th scope="col">Container</th>
            <th scope="col">Progress</th>
            <th scope="col" className="num">
              Spend
            </th>
            <th scope="col">Created</th>
          </>
        }
        empty={
          <tr>
            <td colSpan={6} className="muted">
              No runs match. Start one with <code>POST /v1/evaluations/runs</code> (see the API reference).
            </td>
          </tr>
        }
      >
        {(run) => (
          <tr key={run.id} data-run-id={run.id}>
            <th scope="row">
              <Link href={`/runs/${run.id}`}>{run.id}</Link>
            </th>
            <td>
              <StatusBadge status={run.status} />
            </td>
            <td>{labels.get(run.container_id) ?? run.container_id}</td>
            <td>
              <ProgressBar
                label={`Progress of ${run.id}`}
                done={run.progress.done}
                total={run.progress.total}
                failed={run.progress.failed}
              />
            </td>
            <td className="num" data-field="spend">
              {formatUsd(run.estimated_spend.actual_usd)}
            </td>
            <td>{formatTime(run.created_at)}</td>
          </tr>
        )}
      </PagedTable>
    </>
  );
}
