import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { answered, apiClient } from '../api/client';
import type { Run } from '../api/types';
import { ErrorBox, Loading } from '../components/Status';
import { formatContent, formatMs, formatScore, formatUsd } from '../format';
import { evaluatorName, evaluatorType } from '../runStatus';
import { ComparisonVerdicts } from './ComparisonsSection';

/**
 * One item whole: its input, each model's output side by side, the ground truth,
 * and every evaluator's verdict on every model, from the results API's `item` filter.
 */
export function ResultDrawer({ run, itemId, onClose }: { run: Run; itemId: string; onClose(): void }) {
  const results = useQuery({
    queryKey: ['item-results', run.id, itemId],
    queryFn: () =>
      answered(
        apiClient.GET('/v1/evaluations/runs/{id}/results', {
          params: { path: { id: run.id }, query: { item: itemId, limit: 100 } },
        }),
      ),
  });
  const panel = useRef<HTMLElement>(null);
  const opener = useRef<Element | null>(null);
  useEffect(() => {
    opener.current = document.activeElement;
    panel.current?.focus();
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') onClose();
    };
    window.addEventListener('keydown', onKey);
    return () => {
      window.removeEventListener('keydown', onKey);
      // Back to the row that opened it, so keyboard users keep their place.
      (opener.current as HTMLElement | null)?.focus?.();
    };
  }, [onClose, itemId]);

  const all = results.data?.data ?? [];
  // Comparisons name a pair, not a model: they get their own section.
  const data = all.filter((r) => !r.comparison);
  const comparisons = all.filter((r) => r.comparison);
  const first = data[0] ?? all[0];
  const models = [...new Set(data.map((r) => r.model))];
  const evaluators = [...new Set(data.map((r) => r.evaluator_id))];
  const find = (evaluatorId: string, model: string | null) =>
    data.find((r) => r.evaluator_id === evaluatorId && r.model === model);

  return (
    <aside
      ref={panel}
      className="drawer"
      role="dialog"
      aria-modal="false"
      aria-labelledby="drawer-title"
      tabIndex={-1}
    >
      <div className="drawer-head">
        <h2 id="drawer-title">
          Item <code>{itemId}</code>
        </h2>
        <button type="button" className="secondary" onClick={onClose}>
          Close<span className="visually-hidden"> item {itemId}</span>
        </button>
      </div>
      <ErrorBox error={results.error} />
      {results.isPending && <Loading what="the item" />}
      {first && (
        <>
          <section aria-labelledby="drawer-input">
            <h3 id="drawer-input">Input</h3>
            <pre className="content" data-field="input">
              {formatContent(first.input)}
            </pre>
          </section>
          <section aria-labelledby="drawer-outputs">
            <h3 id="drawer-outputs">Output{models.length > 1 ? 's, side by side' : ''}</h3>
            <div
              className="side-by-side"
              style={{ gridTemplateColumns: `repeat(${models.length}, minmax(0, 1fr))` }}
            >
              {models.map((model) => {
                const result = data.find((r) => r.model === model)!;
                return (
                  <div key={model ?? '-'} className="output-column" data-model={model ?? ''}>
                    <h4>{model ?? 'Output'}</h4>
                    <pre className="content" data-field="output">
                      {formatContent(result.output)}
                    </pre>
                    {result.generation && (
                      <p className="muted small">
                        Generation: {result.generation.tokens.input} in / {result.generation.tokens.output}{' '}
                        out tokens, {formatUsd(result.generation.spend_usd)}
                      </p>
                    )}
                  </div>
                );
              })}
            </div>
          </section>
          <section aria-labelledby="drawer-truth">
            <h3 id="drawer-truth">Ground truth</h3>
            <pre className="content" data-field="ground-truth">
              {formatContent(first.ground_truth)}
            </pre>
          </section>
          {comparisons.length > 0 && (
            <section aria-labelledby="drawer-comparisons">
              <h3 id="drawer-comparisons">Comparisons, both orders</h3>
              {comparisons.map((r) => (
                <ComparisonVerdicts key={r.id} result={r} />
              ))}
            </section>
          )}
          <section aria-labelledby="drawer-verdicts">
            <h3 id="drawer-verdicts">Evaluations</h3>
            {evaluators.map((evaluatorId) => {
              const isJudge = evaluatorType(run, evaluatorId) === 'judge';
              return (
                <div key={evaluatorId} className="verdicts">
                  <h4>{evaluatorName(run, evaluatorId)}</h4>
                  <div
                    className="side-by-side"
                    style={{ gridTemplateColumns: `repeat(${models.length}, minmax(0, 1fr))` }}
                  >
                    {models.map((model) => {
                      const r = find(evaluatorId, model);
                      if (!r)
                        return (
                          <p key={model ?? '-'} className="muted">
                            No result.
                          </p>
                        );
                      return (
                        <dl key={model ?? '-'} className="facts verdict" data-result-id={r.id}>
                          {models.length > 1 && (
                            <>
                              <dt>Model</dt>
                              <dd>{model}</dd>
                            </>
                          )}
                          <dt>Status</dt>
                          <dd data-field="status">{r.status}</dd>
                          <dt>Score</dt>
                          <dd data-field="score">{formatScore(r.score)}</dd>
                          <dt>Verdict</dt>
                          <dd data-field="passed">{r.passed === null ? '—' : r.passed ? 'pass' : 'fail'}</dd>
                          {r.reason && (
                            <>
                              <dt>{isJudge ? 'Judge reasoning' : 'Code evaluator reason'}</dt>
                              <dd data-field="reason" className="prose">
                                {r.reason}
                              </dd>
                            </>
                          )}
                          {r.error && (
                            <>
                              <dt>Error</dt>
                              <dd data-field="error" className="error">
                                {r.error}
                              </dd>
                            </>
                          )}
                          {r.raw_reply && (
                            <>
                              <dt>Raw reply</dt>
                              <dd>
                                <pre className="content" data-field="raw-reply">
                                  {r.raw_reply}
                                </pre>
                              </dd>
                            </>
                          )}
                          <dt>Latency</dt>
                          <dd data-field="latency">{formatMs(r.latency_ms)}</dd>
                          <dt>Tokens</dt>
                          <dd data-field="tokens">
                            {r.tokens.input} in / {r.tokens.output} out
                          </dd>
                          <dt>Spend</dt>
                          <dd>{formatUsd(r.spend_usd)}</dd>
                          <dt>Evaluator version</dt>
                          <dd data-field="evaluator-version">v{r.evaluator_version}</dd>
                        </dl>
                      );
                    })}
                  </div>
                </div>
              );
            })}
          </section>
        </>
      )}
    </aside>
  );
}
