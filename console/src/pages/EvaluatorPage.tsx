import { useQuery } from '@tanstack/react-query';
import { diffLines } from 'diff';
import { useEffect, useState } from 'react';
import { Link, useParams } from 'wouter';
import { answered, apiClient } from '../api/client';
import type { Evaluator } from '../api/types';
import { ErrorBox, Loading } from '../components/Status';
import { formatTime } from '../format';

/** The fields a person edits, one per line block, so a diff reads field by field. */
function definitionText(evaluator: Evaluator): string {
  const { object: _o, id: _i, version: _v, created_at: _c, updated_at: _u, ...definition } = evaluator;
  return Object.entries(definition)
    .map(
      ([field, value]) => `${field}: ${typeof value === 'string' ? value : JSON.stringify(value, null, 2)}`,
    )
    .join('\n');
}

const evaluatorVersion = (id: string, version: number) =>
  answered(apiClient.GET('/v1/evaluators/{id}/versions/{version}', { params: { path: { id, version } } }));

function VersionSelect({
  label,
  versions,
  value,
  onChange,
}: {
  label: string;
  versions: number[];
  value: number;
  onChange(version: number): void;
}) {
  return (
    <label>
      {label}
      <select value={value} onChange={(event) => onChange(Number(event.target.value))}>
        {versions.map((v) => (
          <option key={v} value={v}>
            v{v}
          </option>
        ))}
      </select>
    </label>
  );
}

export function EvaluatorPage() {
  const { id } = useParams<{ id: string }>();
  const current = useQuery({
    queryKey: ['evaluator', id],
    queryFn: () => answered(apiClient.GET('/v1/evaluators/{id}', { params: { path: { id } } })),
  });
  const latest = current.data?.version ?? 1;
  const [from, setFrom] = useState(0);
  const [to, setTo] = useState(0);
  useEffect(() => {
    setTo(latest);
    setFrom(Math.max(1, latest - 1));
  }, [latest]);
  const older = useQuery({
    queryKey: ['evaluator-version', id, from],
    queryFn: () => evaluatorVersion(id, from),
    enabled: from > 0,
  });
  const newer = useQuery({
    queryKey: ['evaluator-version', id, to],
    queryFn: () => evaluatorVersion(id, to),
    enabled: to > 0,
  });
  if (current.error) return <ErrorBox error={current.error} />;
  if (!current.data) return <Loading what="the evaluator" />;
  const evaluator = current.data;
  const versions = Array.from({ length: latest }, (_, i) => i + 1);
  const parts =
    older.data && newer.data ? diffLines(definitionText(older.data), definitionText(newer.data)) : [];
  const changed = parts.some((part) => part.added || part.removed);

  return (
    <>
      <nav aria-label="Breadcrumb" className="crumbs">
        <Link href="/evaluators">Evaluators</Link> / <span aria-current="page">{evaluator.name}</span>
      </nav>
      <h1>
        {evaluator.name} <small className="muted">v{evaluator.version}</small>
      </h1>
      <dl className="facts card">
        <dt>Type</dt>
        <dd>{evaluator.type}</dd>
        <dt>Id</dt>
        <dd>
          <code>{evaluator.id}</code>
        </dd>
        {evaluator.judge_model && (
          <>
            <dt>Judge model</dt>
            <dd>{evaluator.judge_model}</dd>
          </>
        )}
        <dt>Threshold</dt>
        <dd>{evaluator.threshold ?? '—'}</dd>
        <dt>Description</dt>
        <dd>{evaluator.description ?? '—'}</dd>
        <dt>Updated</dt>
        <dd>{formatTime(evaluator.updated_at)}</dd>
      </dl>
      <section className="card" aria-labelledby="definition-title">
        <h2 id="definition-title">{evaluator.type === 'judge' ? 'Judge prompt' : 'Code'}</h2>
        <pre className="content">{evaluator.type === 'judge' ? evaluator.judge_prompt : evaluator.code}</pre>
        {evaluator.requirements.length > 0 && <p>Requirements: {evaluator.requirements.join(', ')}</p>}
      </section>
      <section className="card" aria-labelledby="versions-title">
        <h2 id="versions-title">What changed between versions</h2>
        <form className="filters" onSubmit={(event) => event.preventDefault()}>
          <VersionSelect label="From version" versions={versions} value={from} onChange={setFrom} />
          <VersionSelect label="To version" versions={versions} value={to} onChange={setTo} />
        </form>
        <ErrorBox error={older.error ?? newer.error} />
        {parts.length > 0 && !changed && <p className="muted">These versions are the same.</p>}
        {changed && (
          <pre className="diff" aria-label={`Changes from v${from} to v${to}`}>
            {parts.map((part, index) =>
              part.value
                .replace(/\n$/, '')
                .split('\n')
                .map((line, lineIndex) => (
                  <span
                    key={`${index}-${lineIndex}`}
                    className={part.added ? 'diff-added' : part.removed ? 'diff-removed' : 'diff-same'}
                  >
                    {part.added ? '+ ' : part.removed ? '- ' : '  '}
                    {line}
                    {'\n'}
                  </span>
                )),
            )}
          </pre>
        )}
      </section>
    </>
  );
}
