import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useLocation } from 'wouter';
import { answered, apiClient } from '../api/client';
import type { Run } from '../api/types';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { ErrorBox } from '../components/Status';
import { formatCount, formatUsd } from '../format';
import { isTerminal } from '../runStatus';

interface RerunRequest {
  only: 'errors' | 'all';
  evaluators?: string[];
}

/**
 * A finished run's "Rerun errors" and "Rescore with version…": each shows what the rerun would
 * evaluate anew and cost (the API's estimate) before it starts, then opens the new run.
 */
export function RerunActions({ run, canWrite }: { run: Run; canWrite: boolean }) {
  const [, navigate] = useLocation();
  const [request, setRequest] = useState<RerunRequest | null>(null);
  const [evaluator, setEvaluator] = useState(run.config.evaluators[0]?.name ?? '');
  const [version, setVersion] = useState('');
  const estimate = useQuery({
    queryKey: ['rerun-estimate', run.id, request],
    queryFn: () =>
      answered(
        apiClient.POST('/v1/evaluations/runs/{id}/rerun/estimate', {
          params: { path: { id: run.id } },
          body: request!,
        }),
      ),
    enabled: request !== null,
  });
  const start = useMutation({
    mutationFn: (body: RerunRequest) =>
      answered(apiClient.POST('/v1/evaluations/runs/{id}/rerun', { params: { path: { id: run.id } }, body })),
    onSuccess: (child) => navigate(`/runs/${child.id}`),
  });
  if (!isTerminal(run.status)) return null;
  const versionValid = Number.isInteger(Number(version)) && Number(version) >= 1;
  return (
    <section className="card" aria-labelledby="rerun-title">
      <h2 id="rerun-title">Rerun</h2>
      <Lineage run={run} />
      {canWrite && (
        <div className="actions">
          <button
            type="button"
            disabled={run.progress.failed === 0}
            onClick={() => setRequest({ only: 'errors' })}
          >
            Rerun errors
          </button>
          <form
            className="inline-form"
            onSubmit={(event) => {
              event.preventDefault();
              if (versionValid) setRequest({ only: 'all', evaluators: [`${evaluator}@${version}`] });
            }}
          >
            <label htmlFor="rescore-evaluator">Rescore with</label>
            <select id="rescore-evaluator" value={evaluator} onChange={(e) => setEvaluator(e.target.value)}>
              {run.config.evaluators.map((e) => (
                <option key={e.id} value={e.name}>
                  {e.name} (v{e.version} here)
                </option>
              ))}
            </select>
            <label htmlFor="rescore-version">version</label>
            <input
              id="rescore-version"
              inputMode="numeric"
              size={4}
              value={version}
              onChange={(e) => setVersion(e.target.value)}
            />
            <button type="submit" disabled={!versionValid}>
              Rescore with version…
            </button>
          </form>
        </div>
      )}
      <ErrorBox error={start.error} />
      <ConfirmDialog
        open={request !== null}
        title={request?.only === 'errors' ? 'Rerun the errors?' : 'Rescore every item?'}
        confirmLabel="Start rerun"
        busy={start.isPending || !estimate.data}
        onClose={() => setRequest(null)}
        onConfirm={() => request && start.mutate(request)}
      >
        <ErrorBox error={estimate.error} />
        {estimate.data ? (
          <p data-field="rerun-estimate">
            {formatCount(estimate.data.results)} of {formatCount(estimate.data.parent_results)} results
            evaluated anew, estimated <strong>{formatUsd(estimate.data.estimated_usd)}</strong>; the rest is
            carried over.
          </p>
        ) : (
          !estimate.error && <p>Estimating…</p>
        )}
      </ConfirmDialog>
    </section>
  );
}

/** The run's parent and its reruns, as links. */
function Lineage({ run }: { run: Run }) {
  const siblings = useQuery({
    queryKey: ['runs-of-container', run.container_id],
    queryFn: () =>
      answered(
        apiClient.GET('/v1/evaluations/runs', {
          params: { query: { container: run.container_id, limit: 100 } },
        }),
      ),
  });
  const children = siblings.data?.data.filter((other) => other.parent_run_id === run.id) ?? [];
  if (!run.parent_run_id && children.length === 0) return null;
  return (
    <dl className="facts" aria-label="Lineage">
      {run.parent_run_id && (
        <>
          <dt>Rerun of</dt>
          <dd>
            <Link href={`/runs/${run.parent_run_id}`}>{run.parent_run_id}</Link>
          </dd>
        </>
      )}
      {children.length > 0 && (
        <>
          <dt>Reruns</dt>
          <dd>
            {children.map((child, i) => (
              <span key={child.id}>
                {i > 0 && ', '}
                <Link href={`/runs/${child.id}`}>{child.id}</Link>
              </span>
            ))}
          </dd>
        </>
      )}
    </dl>
  );
}
