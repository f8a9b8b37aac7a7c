import cliProgress from 'cli-progress';
import type { Run } from '../../client/index.js';
import type { Output } from './output.js';

/** What the bar shows of a run, derived from the run as the API returns it. */
export function progressFigures(run: Run) {
  const summaries = run.metrics?.by_evaluator ?? [];
  const withVerdict = summaries.filter((s) => s.pass_rate !== null);
  const scored = withVerdict.reduce((sum, s) => sum + s.scored, 0);
  const passed = withVerdict.reduce((sum, s) => sum + s.passed, 0);
  return {
    done: run.progress.done,
    total: run.progress.total,
    failed: run.progress.failed,
    passRate: scored > 0 ? passed / scored : null,
    spendUsd: run.estimated_spend.actual_usd,
  };
}

const describe = (f: ReturnType<typeof progressFigures>) =>
  `${f.done}/${f.total ?? '?'} items, pass rate ${f.passRate === null ? '-' : f.passRate.toFixed(3)}, ` +
  `${f.failed} errors, $${f.spendUsd.toFixed(4)}`;

/**
 * Live progress of a run: on a terminal a redrawn bar (cli-progress computes the
 * ETA from the rate of completed items); elsewhere a plain line each time the
 * figures change, which reads well in CI logs.
 */
export class RunProgress {
  private bar: cliProgress.SingleBar | null = null;
  private lastLine = '';

  constructor(private readonly out: Output) {}

  update(run: Run): void {
    const figures = progressFigures(run);
    const tokens = {
      status: run.status,
      pass: figures.passRate === null ? '-' : figures.passRate.toFixed(3),
      errors: figures.failed,
      spend: figures.spendUsd.toFixed(4),
    };
    if (this.out.interactive) {
      if (!this.bar) {
        this.bar = new cliProgress.SingleBar(
          {
            stream: this.out.stderr,
            format:
              run.id +
              ' {bar} {value}/{total} items | pass {pass} | errors {errors} | ${spend} | ETA {eta_formatted} | {status}',
            hideCursor: true,
            etaBuffer: 20,
            fps: 5,
          },
          cliProgress.Presets.shades_classic,
        );
        this.bar.start(figures.total ?? 0, figures.done, tokens);
      }
      if (figures.total !== null) this.bar.setTotal(figures.total);
      this.bar.update(figures.done, tokens);
      return;
    }
    if (this.out.json) return;
    const line = `${run.id} ${run.status}: ${describe(figures)}`;
    if (line !== this.lastLine) this.out.note(line);
    this.lastLine = line;
  }

  /** Leaves the last drawn bar on screen and gives the line back. */
  stop(): void {
    this.bar?.stop();
    this.bar = null;
  }
}
