import { useQuery } from '@tanstack/react-query';
import { Link, useParams, useSearch } from 'wouter';
import { answered, apiClient } from '../api/client';
import type { MetricComparison } from '../api/types';
import { IntervalChart } from '../components/charts';
import { ErrorBox, Loading } from '../components/Status';
import { formatCount, formatInterval, formatPercent, formatScore } from '../format';
import { linkSearch } from '../links';

const verdictText: Record<MetricComparison['verdict'], string> = {
  regression: 'regression',
  improvement: 'improvement',
  unchanged: 'no clear change',
  insufficient_data: 'too few pairs',
};

const signed = (value: number) => `${value > 0 ? '+' : ''}${value.toFixed(3)}`;
const signedPercent = (value: number) => `${value > 0 ? '+' : ''}${(value * 100).toFixed(1)} pts`;

/**
 * Two runs over the same items, as `GET .../compare?baseline=` pairs them: per
 * evaluator and model, regressions first, then improvements, then the rest.
 */
export function ComparePage() {
  const { id } = useParams<{ id: string }>();
  const baseline = new URLSearchParams(useSearch()).get('baseline') ?? '';
  const comparison = useQuery({
    queryKey: ['compare', id, baseline],
    queryFn: () =>
      answered(
        apiClient.GET('/v1/evaluations/runs/{id}/compare', { params: { path: { id }, query: { baseline } } }),
      ),
    enabled: baseline !== '',
  });
  const c = comparison.data;
  const label = (m: MetricComparison) => `${m.evaluator_name}${m.model ? ` · ${m.model}` : ''}`;
  return (
    <>
      <nav aria-label="Breadcrumb" className="crumbs">
        <Link href="/">Runs</Link> / <Link href={`/runs/${id}`}>{id}</Link> /{' '}
        <span aria-current="page">compare</span>
      </nav>
      <h1>Compare runs</h1>
      {!baseline && <p>Choose a baseline run from the run page.</p>}
      <ErrorBox error={comparison.error} />
      {comparison.isPending && baseline && <Loading what="the comparison" />}
      {c && (
        <>
          <dl className="facts card">
            <dt>Run</dt>
            <dd>
              <Link href={`/runs/${c.run_id}`}>{c.run_id}</Link> ({c.run_status})
            </dd>
            <dt>Baseline</dt>
            <dd>
              <Link href={`/runs/${c.baseline_run_id}`}>{c.baseline_run_id}</Link> ({c.baseline_status})
            </dd>
            <dt>Items in both</dt>
            <dd data-field="paired-items">{formatCount(c.paired_items)}</dd>
            <dt>Swap</dt>
            <dd>
              <Link href={`/runs/${c.baseline_run_id}/compare${linkSearch({ baseline: c.run_id })}`}>
                compare the other way round
              </Link>
            </dd>
          </dl>
          {c.reason && (
            <p className="muted" role="status">
              {c.reason}
            </p>
          )}
          {c.comparisons.length > 0 && (
            <>
              <section className="card" aria-labelledby="deltas-title">
                <h2 id="deltas-title">Per evaluator and model: run − baseline</h2>
                <p className="muted">
                  Over items both runs scored. A regression or improvement is called only when the whole 95%
                  interval of the paired difference is below or above zero.
                </p>
                <div className="table-wrap">
                  <table className="data" aria-label="Metric differences, regressions first">
                    <thead>
                      <tr>
                        <th scope="col">Evaluator · model</th>
                        <th scope="col">Verdict</th>
                        <th scope="col" className="num">
                          Pairs
                        </th>
                        <th scope="col" className="num">
                          Baseline mean
                        </th>
                        <th scope="col" className="num">
                          Run mean
                        </th>
                        <th scope="col" className="num">
                          Δ mean
                        </th>
                        <th scope="col">Δ mean 95% CI</th>
                        <th scope="col" className="num">
                          Baseline pass rate
                        </th>
                        <th scope="col" className="num">
                          Run pass rate
                        </th>
                        <th scope="col" className="num">
                          Δ pass rate
                        </th>
                        <th scope="col">Δ pass rate 95% CI</th>
                      </tr>
                    </thead>
                    <tbody>
                      {c.comparisons.map((m) => (
                        <tr
                          key={`${m.evaluator_id}/${m.model}`}
                          data-evaluator={m.evaluator_id}
                          data-model={m.model ?? ''}
                          data-verdict={m.verdict}
                        >
                          <th scope="row">{label(m)}</th>
                          <td
                            data-field="verdict"
                            className={
                              m.verdict === 'regression'
                                ? 'delta-worse'
                                : m.verdict === 'improvement'
                                  ? 'delta-better'
                                  : undefined
                            }
                          >
                            {verdictText[m.verdict]}
                          </td>
                          <td className="num" data-field="n">
                            {formatCount(m.n)}
                          </td>
                          <td className="num">{formatScore(m.baseline.mean)}</td>
                          <td className="num">{formatScore(m.run.mean)}</td>
                          <td className="num" data-field="mean-difference">
                            {m.mean_difference === null ? '—' : signed(m.mean_difference)}
                          </td>
                          <td data-field="mean-difference-ci">
                            {formatInterval(m.mean_difference_ci95, signed)}
                          </td>
                          <td className="num">{formatPercent(m.baseline.pass_rate)}</td>
                          <td className="num">{formatPercent(m.run.pass_rate)}</td>
                          <td className="num" data-field="pass-rate-difference">
                            {m.pass_rate_difference === null ? '—' : signedPercent(m.pass_rate_difference)}
                          </td>
                          <td>{formatInterval(m.pass_rate_difference_ci95, signedPercent)}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
              </section>
              <section className="card" aria-labelledby="delta-chart-title">
                <h2 id="delta-chart-title">Mean score difference, 95% CI</h2>
                <IntervalChart
                  label="Mean score difference between the run and its baseline with 95% confidence intervals, regressions first"
                  zeroLine
                  rows={c.comparisons.map((m) => ({
                    label: `${label(m)} (${verdictText[m.verdict]})`,
                    value: m.mean_difference,
                    low: m.mean_difference_ci95?.low ?? null,
                    high: m.mean_difference_ci95?.high ?? null,
                  }))}
                />
              </section>
            </>
          )}
        </>
      )}
    </>
  );
}
