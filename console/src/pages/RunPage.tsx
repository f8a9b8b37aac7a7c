import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useLocation, useParams } from 'wouter';
import { answered, apiClient } from '../api/client';
import type { MetricSummary, Run } from '../api/types';
import { Histogram, IntervalChart } from '../components/charts';
import { ErrorBox, Loading, ProgressBar, StatusBadge } from '../components/Status';
import {
  formatCount,
  formatInterval,
  formatMs,
  formatPercent,
  formatScore,
  formatTime,
  formatUsd,
} from '../format';
import { linkSearch } from '../links';
import { evaluatorName } from '../runStatus';
import { useSession } from '../session';
import { CalibrationSection } from './CalibrationSection';
import { ComparisonsSection } from './ComparisonsSection';
import { RerunActions } from './RerunActions';
import { RunControls } from './RunControls';
import { useContainers } from './RunsPage';
import { useRun } from './useRun';

const metricLabel = (run: Run, m: { evaluator_id: string; model: string | null }) =>
  `${evaluatorName(run, m.evaluator_id)}${m.model ? ` · ${m.model}` : ''}`;

export function RunPage() {
  const { id } = useParams<{ id: string }>();
  const run = useRun(id);
  if (run.error) return <ErrorBox error={run.error} />;
  if (!run.data) return <Loading what="the run" />;
  return <RunView run={run.data} />;
}

function RunView({ run }: { run: Run }) {
  const { canWrite, config } = useSession();
  const containers = useContainers();
  const containerLabel = containers.data?.data.find((c) => c.id === run.container_id)?.label;
  const metrics = run.metrics?.by_evaluator ?? [];
  const tokens = metrics.reduce(
    (sum, m) => ({ input: sum.input + m.tokens.input, output: sum.output + m.tokens.output }),
    { input: 0, output: 0 },
  );
  const temporalLink = config.temporal_ui_url
    ? `${config.temporal_ui_url.replace(/\/$/, '')}/namespaces/${encodeURIComponent(config.temporal_namespace)}/workflows/${encodeURIComponent(run.process_id)}`
    : null;

  return (
    <>
      <nav aria-label="Breadcrumb" className="crumbs">
        <Link href="/">Runs</Link> / <span aria-current="page">{run.id}</span>
      </nav>
      <div className="title-row">
        <h1>
          Run <code>{run.id}</code>
        </h1>
        <StatusBadge status={run.status} />
      </div>
      {run.status_reason && <p className="muted">Reason: {run.status_reason}</p>}
      {run.error && (
        <div className="error-box" role="alert">
          <p>
            {run.error.code}: {run.error.message}
          </p>
        </div>
      )}
      <div className="grid-2">
        <section className="card" aria-labelledby="progress-title">
          <h2 id="progress-title">Progress</h2>
          <ProgressBar
            label="Run progress"
            done={run.progress.done}
            total={run.progress.total}
            failed={run.progress.failed}
          />
          <dl className="facts">
            <dt>Container</dt>
            <dd>
              <Link href={`/containers/${run.container_id}`}>{containerLabel ?? run.container_id}</Link>
            </dd>
            <dt>Sample</dt>
            <dd>
              {run.sample.type}
              {run.sample.models?.length ? `: ${run.sample.models.join(', ')}` : ''}
            </dd>
            <dt>Ground truth</dt>
            <dd>{run.ground_truth.type}</dd>
            <dt>Environment</dt>
            <dd>{run.environment}</dd>
            <dt>Created</dt>
            <dd>{formatTime(run.created_at)}</dd>
            <dt>Completed</dt>
            <dd>{formatTime(run.completed_at)}</dd>
            <dt>Workflow</dt>
            <dd>
              {temporalLink ? (
                <a href={temporalLink} target="_blank" rel="noreferrer">
                  {run.process_id} in the Temporal UI
                </a>
              ) : (
                <code>{run.process_id}</code>
              )}
            </dd>
          </dl>
        </section>
        <section className="card" aria-labelledby="spend-title">
          <h2 id="spend-title">Spend and tokens</h2>
          <dl className="facts">
            <dt>Estimated</dt>
            <dd data-field="estimated">{formatUsd(run.estimated_spend.estimated_usd)}</dd>
            <dt>Actual</dt>
            <dd data-field="actual">{formatUsd(run.estimated_spend.actual_usd)}</dd>
            {run.estimated_spend.cache_hits > 0 && (
              <>
                <dt>Saved by the answer cache</dt>
                <dd data-field="saved">
                  {formatUsd(run.estimated_spend.saved_usd)} ({formatCount(run.estimated_spend.cache_hits)}{' '}
                  calls answered from the project cache)
                </dd>
              </>
            )}
            <dt>Budget</dt>
            <dd data-field="budget">
              {run.estimated_spend.budget_usd === null ? 'none' : formatUsd(run.estimated_spend.budget_usd)}
            </dd>
            <dt>Tokens in</dt>
            <dd data-field="tokens-input">{formatCount(tokens.input)}</dd>
            <dt>Tokens out</dt>
            <dd data-field="tokens-output">{formatCount(tokens.output)}</dd>
          </dl>
        </section>
      </div>
      {canWrite && <RunControls run={run} />}
      <RerunActions run={run} canWrite={canWrite} />
      <nav className="actions" aria-label="Run views">
        <Link href={`/runs/${run.id}/results`} className="button-link">
          Browse {formatCount(run.progress.done)} items’ results
        </Link>
        <CompareLauncher run={run} />
      </nav>
      <MetricsSection run={run} metrics={metrics} />
      <PairedSection run={run} />
      <ComparisonsSection run={run} />
      <CalibrationSection run={run} />
    </>
  );
}

function MetricsSection({ run, metrics }: { run: Run; metrics: MetricSummary[] }) {
  if (metrics.length === 0) {
    // A run of comparing evaluators only has no scores: its comparisons are shown below.
    if (run.config.evaluators.every((e) => e.mode !== 'pointwise')) return null;
    return (
      <section className="card">
        <h2>Metrics</h2>
        <p className="muted">No results yet: metrics appear as batches finish.</p>
      </section>
    );
  }
  const label = (m: MetricSummary) => metricLabel(run, m);
  return (
    <>
      <section className="card" aria-labelledby="metrics-title">
        <h2 id="metrics-title">Metrics per evaluator and model</h2>
        <div className="table-wrap">
          <table className="data" aria-label="Metrics per evaluator and model">
            <thead>
              <tr>
                <th scope="col">Evaluator · model</th>
                <th scope="col" className="num">
                  Count
                </th>
                <th scope="col" className="num">
                  Scored
                </th>
                <th scope="col" className="num">
                  Errors
                </th>
                <th scope="col" className="num">
                  Unpaired
                </th>
                <th scope="col" className="num">
                  Mean
                </th>
                <th scope="col">Mean 95% CI</th>
                <th scope="col" className="num">
                  Pass rate
                </th>
                <th scope="col">Pass rate 95% CI</th>
                <th scope="col" className="num">
                  Latency p50
                </th>
                <th scope="col" className="num">
                  Spend
                </th>
              </tr>
            </thead>
            <tbody>
              {metrics.map((m) => (
                <tr
                  key={`${m.evaluator_id}/${m.model}`}
                  data-evaluator={m.evaluator_id}
                  data-model={m.model ?? ''}
                >
                  <th scope="row">{label(m)}</th>
                  <td className="num" data-field="count">
                    {formatCount(m.count)}
                  </td>
                  <td className="num" data-field="scored">
                    {formatCount(m.scored)}
                  </td>
                  <td className="num" data-field="errors">
                    {formatCount(m.errors)}
                  </td>
                  <td className="num" data-field="unpaired">
                    {formatCount(m.unpaired)}
                  </td>
                  <td className="num" data-field="mean">
                    {formatScore(m.mean)}
                  </td>
                  <td
                    data-field="mean-ci"
                    title={
                      m.mean_ci95_method === 't'
                        ? "Student's t: this evaluator declares no score range, so the interval may leave it"
                        : undefined
                    }
                  >
                    {formatInterval(m.mean_ci95, formatScore)}
                    {m.mean_ci95_method === 't' && m.mean_ci95 ? ' (scale undeclared)' : ''}
                  </td>
                  <td className="num" data-field="pass-rate">
                    {formatPercent(m.pass_rate)}
                  </td>
                  <td data-field="pass-rate-ci">{formatInterval(m.pass_rate_ci95, formatPercent)}</td>
                  <td className="num">{formatMs(m.latency_ms.p50)}</td>
                  <td className="num">{formatUsd(m.spend_usd)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
      <div className="grid-2">
        <section className="card" aria-labelledby="mean-chart-title">
          <h2 id="mean-chart-title">Mean score, 95% CI</h2>
          <IntervalChart
            label="Mean score with 95% confidence interval per evaluator and model"
            rows={metrics.map((m) => ({
              label: label(m),
              value: m.mean,
              low: m.mean_ci95?.low ?? null,
              high: m.mean_ci95?.high ?? null,
            }))}
          />
        </section>
        <section className="card" aria-labelledby="pass-chart-title">
          <h2 id="pass-chart-title">Pass rate, 95% CI</h2>
          <IntervalChart
            label="Pass rate with 95% confidence interval per evaluator and model"
            percent
            domain={[0, 1]}
            rows={metrics.map((m) => ({
              label: label(m),
              value: m.pass_rate,
              low: m.pass_rate_ci95?.low ?? null,
              high: m.pass_rate_ci95?.high ?? null,
            }))}
          />
        </section>
      </div>
      <section className="card" aria-labelledby="histograms-title">
        <h2 id="histograms-title">Score distributions</h2>
        <div className="small-multiples">
          {metrics.map((m) => (
            <figure key={`${m.evaluator_id}/${m.model}`}>
              <figcaption>{label(m)}</figcaption>
              <Histogram
                bins={m.score_histogram ?? []}
                label={`Histogram of ${label(m)} scores: ${(m.score_histogram ?? [])
                  .filter((b) => b.count > 0)
                  .map((b) => `${b.count} between ${b.low.toFixed(2)} and ${b.high.toFixed(2)}`)
                  .join('; ')}`}
              />
            </figure>
          ))}
        </div>
      </section>
    </>
  );
}

function PairedSection({ run }: { run: Run }) {
  const paired = run.metrics?.paired_differences ?? [];
  if (paired.length === 0) return null;
  const verdict = (ci: { low: number; high: number } | null, a: string, b: string) =>
    !ci
      ? 'not enough pairs'
      : ci.low > 0
        ? `${b} scores higher`
        : ci.high < 0
          ? `${a} scores higher`
          : 'no clear difference';
  return (
    <section className="card" aria-labelledby="paired-title">
      <h2 id="paired-title">Paired model differences</h2>
      <p className="muted">Mean of (score of B − score of A) over items both models scored, with a 95% CI.</p>
      <div className="table-wrap">
        <table className="data" aria-label="Paired model differences">
          <thead>
            <tr>
              <th scope="col">Evaluator</th>
              <th scope="col">Model A</th>
              <th scope="col">Model B</th>
              <th scope="col" className="num">
                Mean B − A
              </th>
              <th scope="col">95% CI</th>
              <th scope="col" className="num">
                Pairs
              </th>
              <th scope="col">Reading</th>
            </tr>
          </thead>
          <tbody>
            {paired.map((p) => (
              <tr key={`${p.evaluator_id}/${p.model_a}/${p.model_b}`}>
                <th scope="row">{evaluatorName(run, p.evaluator_id)}</th>
                <td>{p.model_a}</td>
                <td>{p.model_b}</td>
                <td className="num" data-field="mean-difference">
                  {formatScore(p.mean_difference)}
                </td>
                <td>{formatInterval(p.ci95, formatScore)}</td>
                <td className="num">{formatCount(p.n)}</td>
                <td>{verdict(p.ci95, p.model_a, p.model_b)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <IntervalChart
        label="Paired differences between models with 95% confidence intervals"
        zeroLine
        rows={paired.map((p) => ({
          label: `${evaluatorName(run, p.evaluator_id)}: ${p.model_b} − ${p.model_a}`,
          value: p.mean_difference,
          low: p.ci95?.low ?? null,
          high: p.ci95?.high ?? null,
        }))}
      />
    </section>
  );
}

/** Pick another run of the same container as the baseline to compare with. */
function CompareLauncher({ run }: { run: Run }) {
  const [, navigate] = useLocation();
  // A rerun is compared with its parent unless another baseline is chosen.
  const [baseline, setBaseline] = useState(run.parent_run_id ?? '');
  const others = useQuery({
    queryKey: ['runs-of-container', run.container_id],
    queryFn: () =>
      answered(
        apiClient.GET('/v1/evaluations/runs', {
          params: { query: { container: run.container_id, limit: 100 } },
        }),
      ),
  });
  const candidates = others.data?.data.filter((other) => other.id !== run.id) ?? [];
  return (
    <form
      className="inline-form"
      onSubmit={(event) => {
        event.preventDefault();
        if (baseline) navigate(`/runs/${run.id}/compare${linkSearch({ baseline })}`);
      }}
    >
      <label htmlFor="baseline-select">Compare with</label>
      <select id="baseline-select" value={baseline} onChange={(event) => setBaseline(event.target.value)}>
        <option value="">choose a baseline run…</option>
        {candidates.map((other) => (
          <option key={other.id} value={other.id}>
            {other.id} ({other.status}, {formatTime(other.created_at)})
          </option>
        ))}
      </select>
      <button type="submit" disabled={!baseline}>
        Compare
      </button>
    </form>
  );
}
