import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useParams } from 'wouter';
import { answered, apiClient } from '../api/client';
import { ErrorBox, Loading } from '../components/Status';
import { PagedTable, usePagedList } from '../components/usePagedList';
import { formatContent, formatTime } from '../format';

export function ContainersPage() {
  const list = usePagedList(['containers'], (page) =>
    answered(apiClient.GET('/v1/containers', { params: { query: page } })),
  );
  return (
    <>
      <h1>Containers</h1>
      <PagedTable
        list={list}
        label="Containers"
        what="containers"
        head={
          <>
            <th scope="col">Label</th>
            <th scope="col">Name</th>
            <th scope="col">Description</th>
            <th scope="col">Created</th>
          </>
        }
      >
        {(container) => (
          <tr key={container.id}>
            <th scope="row">
              <Link href={`/containers/${container.label}`}>{container.label}</Link>
            </th>
            <td>{container.name ?? '—'}</td>
            <td>{container.description ?? '—'}</td>
            <td>{formatTime(container.created_at)}</td>
          </tr>
        )}
      </PagedTable>
    </>
  );
}

export function ContainerPage() {
  const { id } = useParams<{ id: string }>();
  const [model, setModel] = useState('');
  const container = useQuery({
    queryKey: ['container', id],
    queryFn: () => answered(apiClient.GET('/v1/containers/{id}', { params: { path: { id } } })),
  });
  const evaluators = useQuery({
    queryKey: ['container-evaluators', id],
    queryFn: () =>
      answered(apiClient.GET('/v1/evaluators', { params: { query: { container: id, limit: 100 } } })),
  });
  const logs = usePagedList(['container-logs', id, model], (page) =>
    answered(
      apiClient.GET('/v1/containers/{id}/logs', {
        params: { path: { id }, query: { ...page, model: model || undefined } },
      }),
    ),
  );
  if (container.error) return <ErrorBox error={container.error} />;
  if (!container.data) return <Loading what="the container" />;
  const c = container.data;
  return (
    <>
      <nav aria-label="Breadcrumb" className="crumbs">
        <Link href="/containers">Containers</Link> / <span aria-current="page">{c.label}</span>
      </nav>
      <h1>{c.name ?? c.label}</h1>
      <dl className="facts card">
        <dt>Label</dt>
        <dd>{c.label}</dd>
        <dt>Id</dt>
        <dd>
          <code>{c.id}</code>
        </dd>
        <dt>Description</dt>
        <dd>{c.description ?? '—'}</dd>
        <dt>Evaluators</dt>
        <dd>
          {evaluators.data?.data.length
            ? evaluators.data.data.map((e, i) => (
                <span key={e.id}>
                  {i > 0 && ', '}
                  <Link href={`/evaluators/${e.id}`}>{e.name}</Link>
                </span>
              ))
            : '—'}
        </dd>
      </dl>
      <section className="card" aria-labelledby="logs-title">
        <h2 id="logs-title">Task logs</h2>
        <form className="filters" onSubmit={(event) => event.preventDefault()}>
          <label>
            Model
            <input value={model} onChange={(event) => setModel(event.target.value)} placeholder="any model" />
          </label>
        </form>
        <PagedTable
          list={logs}
          label="Task logs"
          what="task logs"
          head={
            <>
              <th scope="col">Id</th>
              <th scope="col">Model</th>
              <th scope="col">Input</th>
              <th scope="col">Output</th>
              <th scope="col">Created</th>
            </>
          }
        >
          {(log) => (
            <tr key={log.id}>
              <th scope="row">
                <code>{log.id}</code>
              </th>
              <td>{log.model ?? '—'}</td>
              <td className="clip">{formatContent(log.input)}</td>
              <td className="clip">{formatContent(log.output)}</td>
              <td>{formatTime(log.created_at)}</td>
            </tr>
          )}
        </PagedTable>
      </section>
    </>
  );
}
