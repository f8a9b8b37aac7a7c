import { useQuery } from '@tanstack/react-query';
import { answered, apiClient } from '../api/client';
import type { Run, RunComparisons, RunResult } from '../api/types';
import { IntervalChart } from '../components/charts';
import { ErrorBox } from '../components/Status';
import { formatCount, formatInterval, formatPercent, formatScore } from '../format';

type EvaluatorComparisons = RunComparisons['data'][number];
type Interval = { low: number; high: number } | null;

const flip = (ci: Interval): Interval => (ci ? { low: 1 - ci.high, high: 1 - ci.low } : null);

/** A run's pairwise and listwise evaluators: win-rate matrix, ratings with intervals, consistency. */
export function ComparisonsSection({ run }: { run: Run }) {
  const comparing = run.config.evaluators.some((e) => e.mode !== 'pointwise');
  const comparisons = useQuery({
    queryKey: ['comparisons', run.id, run.progress.done],
    queryFn: () =>
      answered(apiClient.GET('/v1/evaluations/runs/{id}/comparisons', { params: { path: { id: run.id } } })),
    enabled: comparing,
  });
  if (!comparing) return null;
  return (
    <>
      <ErrorBox error={comparisons.error} />
      {comparisons.data?.data.map((evaluator) => (
        <EvaluatorComparison key={evaluator.evaluator_id} run={run} evaluator={evaluator} />
      ))}
    </>
  );
}

function EvaluatorComparison({ run, evaluator }: { run: Run; evaluator: EvaluatorComparisons }) {
  const models = run.sample.models ?? [];
  const cell = (row: string, column: string) => {
    const direct = evaluator.pairs.find((p) => p.model_a === row && p.model_b === column);
    if (direct) return { rate: direct.win_rate, ci: direct.win_rate_ci, n: direct.comparisons };
    const reverse = evaluator.pairs.find((p) => p.model_a === column && p.model_b === row);
    if (reverse) {
      return {
        rate: reverse.win_rate === null ? null : 1 - reverse.win_rate,
        ci: flip(reverse.win_rate_ci),
        n: reverse.comparisons,
      };
    }
    return null;
  };
  const titleId = `comparison-${evaluator.evaluator_id}`;
  return (
    <section className="card" aria-labelledby={titleId} data-comparison={evaluator.evaluator_name}>
      <h2 id={titleId}>
        {evaluator.mode === 'pairwise' ? 'Head to head' : 'Rankings'}: {evaluator.evaluator_name}
      </h2>
      <p className="muted">
        {formatCount(evaluator.results)} comparisons, {formatCount(evaluator.errors)} errors
        {evaluator.inconsistent_rate !== null && (
          <>
            ; <span data-field="inconsistent-rate">{formatPercent(evaluator.inconsistent_rate)}</span>{' '}
            inconsistent (the two orders disagreed: the judge's position bias)
          </>
        )}
        {evaluator.mode === 'pairwise' &&
          evaluator.pairs.some((p) => !p.position_swap) &&
          '; one order judged (no swap)'}
        .
      </p>
      <div className="table-wrap">
        <table
          className="data"
          aria-label={`Win rate of the row model over the column model, ${evaluator.evaluator_name}`}
        >
          <thead>
            <tr>
              <th scope="col">Win rate of ↓ over →</th>
              {models.map((m) => (
                <th key={m} scope="col">
                  {m}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {models.map((row) => (
              <tr key={row} data-model={row}>
                <th scope="row">{row}</th>
                {models.map((column) => {
                  const c = row === column ? null : cell(row, column);
                  return (
                    <td
                      key={column}
                      data-against={column}
                      title={c ? `${formatCount(c.n)} items` : undefined}
                    >
                      {c ? (
                        <>
                          <span data-field="win-rate">{formatPercent(c.rate)}</span>{' '}
                          <span className="muted small">{formatInterval(c.ci, formatPercent)}</span>
                        </>
                      ) : (
                        '—'
                      )}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {evaluator.ratings && (
        <>
          <h3>Ranking (Bradley–Terry, 95% CI)</h3>
          <ol className="ranking" aria-label={`Ranking by ${evaluator.evaluator_name}`}>
            {evaluator.ratings.map((r) => (
              <li key={r.model} data-model={r.model} data-rank={r.rank}>
                #{r.rank} {r.model}: {r.elo.toFixed(0)} ({r.elo_ci.low.toFixed(0)}–{r.elo_ci.high.toFixed(0)})
              </li>
            ))}
          </ol>
          <IntervalChart
            label={`Ratings with 95% intervals, ${evaluator.evaluator_name}`}
            rows={evaluator.ratings.map((r) => ({
              label: r.model,
              value: r.elo,
              low: r.elo_ci.low,
              high: r.elo_ci.high,
            }))}
          />
        </>
      )}
      {evaluator.mean_ranks && (
        <>
          <h3>Mean rank (1 = best), 95% CI</h3>
          <IntervalChart
            label={`Mean rank with 95% intervals, ${evaluator.evaluator_name}`}
            rows={evaluator.mean_ranks.map((m) => ({
              label: m.model,
              value: m.mean_rank,
              low: m.mean_rank_ci?.low ?? null,
              high: m.mean_rank_ci?.high ?? null,
            }))}
          />
        </>
      )}
    </section>
  );
}

/** A comparison result in the item drawer: both orders' verdicts side by side (each judge's, for a panel). */
export function ComparisonVerdicts({ result }: { result: RunResult }) {
  const comparison = result.comparison;
  if (!comparison) return null;
  const [a, b] = comparison.models;
  return (
    <div className="verdicts" data-result-id={result.id} data-model={result.model ?? ''}>
      <h4>{result.model}</h4>
      {comparison.verdicts && (
        <div
          className="side-by-side"
          // A panel's verdicts wrap: both orders of one judge per row.
          style={{
            gridTemplateColumns: `repeat(${Math.min(comparison.verdicts.length, 2)}, minmax(0, 1fr))`,
          }}
        >
          {comparison.verdicts.map((v) => {
            const shownA = v.order === 'ab' ? a : b;
            const winner =
              v.winner === 'tie'
                ? 'tie'
                : v.winner === 'A'
                  ? shownA
                  : v.winner === null
                    ? '—'
                    : v.order === 'ab'
                      ? b
                      : a;
            return (
              <dl key={`${v.judge ?? ''}/${v.order}`} className="facts verdict" data-order={v.order}>
                {v.judge && (
                  <>
                    <dt>Judge</dt>
                    <dd data-field="judge">{v.judge}</dd>
                  </>
                )}
                <dt>Shown as A</dt>
                <dd>{shownA}</dd>
                <dt>Verdict</dt>
                <dd data-field="winner">
                  {v.winner ?? '—'} ({winner})
                </dd>
                {v.reasoning && (
                  <>
                    <dt>Judge reasoning</dt>
                    <dd className="prose">{v.reasoning}</dd>
                  </>
                )}
              </dl>
            );
          })}
        </div>
      )}
      <dl className="facts">
        <dt>Outcome for {a}</dt>
        <dd data-field="outcome">
          {comparison.outcome ?? (comparison.ranking ? comparison.ranking.join(' > ') : result.status)}
        </dd>
        {result.error && (
          <>
            <dt>Error</dt>
            <dd className="error">{result.error}</dd>
          </>
        )}
        {result.score !== null && (
          <>
            <dt>Points for {a}</dt>
            <dd>{formatScore(result.score)}</dd>
          </>
        )}
      </dl>
    </div>
  );
}
