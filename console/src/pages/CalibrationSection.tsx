import { useQuery } from '@tanstack/react-query';
import { Link } from 'wouter';
import { answered, apiClient } from '../api/client';
import type { Run, RunCalibration } from '../api/types';
import { ScoreScatter } from '../components/charts';
import { ErrorBox } from '../components/Status';
import { formatCount, formatInterval, formatPercent, formatScore } from '../format';
import { linkSearch } from '../links';

type CalibrationGroup = RunCalibration['data'][number];

const verdict = (passed: boolean | null) => (passed === null ? '' : passed ? ' (pass)' : ' (fail)');

/**
 * Can the run's judges be trusted: each evaluator held against the human labels of the run's
 * items (`GET .../calibration`). Shown only when some item of the run is labelled; read again as
 * results come in, like the comparisons.
 */
export function CalibrationSection({ run }: { run: Run }) {
  const scoring = run.config.evaluators.some((e) => e.mode === 'pointwise');
  const calibration = useQuery({
    queryKey: ['calibration', run.id, run.progress.done],
    queryFn: () =>
      answered(apiClient.GET('/v1/evaluations/runs/{id}/calibration', { params: { path: { id: run.id } } })),
    enabled: scoring && run.progress.done > 0,
  });
  if (!scoring) return null;
  return (
    <>
      <ErrorBox error={calibration.error} />
      {calibration.data?.data.map((group, index) => (
        <GroupCalibration
          key={`${group.evaluator_id}/${group.model ?? ''}/${group.judge_model ?? ''}`}
          run={run}
          group={group}
          titleId={`calibration-title-${index}`}
        />
      ))}
    </>
  );
}

function GroupCalibration({ run, group, titleId }: { run: Run; group: CalibrationGroup; titleId: string }) {
  const name = [group.evaluator_name, group.model, group.judge_model && `judge ${group.judge_model}`]
    .filter(Boolean)
    .join(' · ');
  const kappa = group.cohen_kappa;
  const confusion = group.confusion;
  return (
    <section className="card" aria-labelledby={titleId} data-calibration={group.evaluator_name}>
      <h2 id={titleId}>Calibration: {name}</h2>
      <p className="muted">
        The judge against human labels on {formatCount(group.items)} labelled items; 95% intervals
        bootstrapped over items.
      </p>
      <dl className="facts">
        <dt>Spearman’s rho</dt>
        <dd data-field="spearman">
          {formatScore(group.spearman.value)}{' '}
          <span className="muted">{formatInterval(group.spearman.ci95, formatScore)}</span>
        </dd>
        <dt>
          Cohen’s kappa ({kappa.over}, {kappa.weights === 'none' ? 'unweighted' : `${kappa.weights} weights`})
        </dt>
        <dd data-field="kappa">
          {formatScore(kappa.value)} <span className="muted">{formatInterval(kappa.ci95, formatScore)}</span>
        </dd>
        <dt>Pass/fail agreement</dt>
        <dd data-field="agreement">
          {formatPercent(group.verdict_agreement.rate)}{' '}
          <span className="muted">
            {formatInterval(group.verdict_agreement.ci95, formatPercent)} over{' '}
            {formatCount(group.verdict_agreement.items)} items
          </span>
        </dd>
      </dl>
      <div className="grid-2">
        {confusion && (
          <div className="table-wrap">
            <table className="data" aria-label={`Confusion matrix, ${name}: human verdict by judge verdict`}>
              <thead>
                <tr>
                  <th scope="col">Human ↓ · judge →</th>
                  <th scope="col" className="num">
                    Pass
                  </th>
                  <th scope="col" className="num">
                    Fail
                  </th>
                </tr>
              </thead>
              <tbody>
                <tr data-human="pass">
                  <th scope="row">Pass</th>
                  <td className="num" data-judge="pass">
                    {formatCount(confusion.pass_pass)}
                  </td>
                  <td className="num" data-judge="fail">
                    {formatCount(confusion.pass_fail)}
                  </td>
                </tr>
                <tr data-human="fail">
                  <th scope="row">Fail</th>
                  <td className="num" data-judge="pass">
                    {formatCount(confusion.fail_pass)}
                  </td>
                  <td className="num" data-judge="fail">
                    {formatCount(confusion.fail_fail)}
                  </td>
                </tr>
              </tbody>
            </table>
          </div>
        )}
        <ScoreScatter
          pairs={group.score_pairs}
          label={`Judge score against human label, ${name}: ${group.score_pairs
            .slice(0, 20)
            .map((p) => `${formatCount(p.items)} items judged ${p.judge} and labelled ${p.human}`)
            .join('; ')}${group.score_pairs.length > 20 ? '; …' : ''}`}
        />
      </div>
      {group.disagreements.length > 0 && (
        <>
          <h3>Biggest disagreements</h3>
          <div className="table-wrap">
            <table className="data" aria-label={`Biggest disagreements of judge and human, ${name}`}>
              <thead>
                <tr>
                  <th scope="col">Item</th>
                  <th scope="col" className="num">
                    Judge
                  </th>
                  <th scope="col" className="num">
                    Human
                  </th>
                </tr>
              </thead>
              <tbody>
                {group.disagreements.map((d) => (
                  <tr key={d.item_id} data-item={d.item_id}>
                    <th scope="row">
                      <Link
                        href={`/runs/${encodeURIComponent(run.id)}/results${linkSearch({
                          evaluator: group.evaluator_id,
                          item: d.item_id,
                        })}`}
                      >
                        {d.item_id}
                      </Link>
                    </th>
                    <td className="num" data-field="judge">
                      {formatScore(d.judge)}
                      {verdict(d.judge_passed)}
                    </td>
                    <td className="num" data-field="human">
                      {formatScore(d.human)}
                      {verdict(d.human_passed)}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}
