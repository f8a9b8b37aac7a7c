// test tier: needs the Python package index (the reference implementations are installed with pip).
import { execFile } from 'node:child_process';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../../src/stack/paths.js';
import {
  scoreAgreement,
  verdictAgreement,
  fleissKappa,
  type PanelVerdicts,
} from '../../src/metrics/agreement.js';
import { bootstrapIndices, bootstrapInterval } from '../../src/metrics/bootstrap.js';
import { calibrate, cohenKappa, type KappaWeights } from '../../src/metrics/calibration.js';
import { seededRandom } from '../../src/metrics/seededRandom.js';
import type { Interval } from '../../src/metrics/intervals.js';
import { pythonWithModules } from '../support/pythonTools.js';

/**
 * Agreement and calibration statistics against independent implementations (krippendorff,
 * statsmodels, scipy, scikit-learn), on generated data with ties and missing ratings. The
 * intervals are compared on the same resamples: the method (a 95% percentile bootstrap over items)
 * is what is checked, not the random draw.
 */
interface Reference {
  value: number | null;
  ci95: [number, number] | null;
}

const random = seededRandom(7);
const round = (value: number, step: number): number => Math.round(value / step) * step;

// 60 items rated by 3 judges on 0-1 in steps of 0.1, each rating missing 10% of the time.
const units = Array.from({ length: 60 }, () => {
  const truth = random();
  return [0, 1, 2].map(() =>
    random() < 0.1 ? null : Math.min(1, Math.max(0, round(truth + (random() - 0.5) * 0.4, 0.1))),
  );
});
// 80 items, 4 judges, verdicts pass / fail / unsure, agreeing more often than chance.
const verdicts: PanelVerdicts = Array.from({ length: 80 }, () => {
  const truth = random() < 0.6 ? 'pass' : 'fail';
  return [0, 1, 2, 3].map(() => (random() < 0.7 ? truth : random() < 0.5 ? 'unsure' : 'pass'));
});
const categories = ['fail', 'pass', 'unsure'];
const counts = verdicts.map((unit) => categories.map((c) => unit.filter((v) => v === c).length));
// 50 judge scores against human scores, with ties.
const pairs = Array.from({ length: 50 }, (_, i) => {
  const human = round(random(), 0.25);
  const judge = Math.min(1, Math.max(0, round(human + (random() - 0.5) * 0.6, 0.25)));
  return { item_id: `item-${i}`, human, judge, judge_passed: judge >= 0.5, human_passed: null };
});
// 70 ordinal labels 1-5 from a human and a judge.
const humanLabels = Array.from({ length: 70 }, () => 1 + Math.floor(random() * 5));
const judgeLabels = humanLabels.map((label) =>
  Math.min(5, Math.max(1, label + Math.round((random() - 0.5) * 2.4))),
);

const close = (ours: number | null, theirs: number | null): void => {
  if (theirs === null) expect(ours).toBeNull();
  else expect(ours).toBeCloseTo(theirs, 9);
};
const closeInterval = (ours: Interval | null, theirs: [number, number] | null): void => {
  if (theirs === null) return expect(ours).toBeNull();
  expect(ours).not.toBeNull();
  expect(ours!.low).toBeCloseTo(theirs[0], 9);
  expect(ours!.high).toBeCloseTo(theirs[1], 9);
};

describe('agreement and calibration statistics equal independent implementations', () => {
  let reference: {
    alpha: Reference;
    fleiss: Reference;
    spearman: Reference;
    kappa: Record<KappaWeights, Reference>;
  };

  beforeAll(async () => {
    const python = await pythonWithModules(
      ['numpy', 'scipy', 'sklearn', 'krippendorff', 'statsmodels'],
      path.join(repoRoot, 'test/metrics/requirements.txt'),
    );
    const rated = units.filter((unit) => unit.filter((v) => v !== null).length >= 2);
    const complete = counts; // every judge gave a verdict in this data
    const input = JSON.stringify({
      units: rated,
      counts: complete,
      x: pairs.map((p) => p.judge),
      y: pairs.map((p) => p.human),
      a: humanLabels,
      b: judgeLabels,
      resamples: {
        units: bootstrapIndices(rated.length),
        counts: bootstrapIndices(complete.length),
        xy: bootstrapIndices(pairs.length),
        ab: bootstrapIndices(humanLabels.length),
      },
    });
    const script = path.join(repoRoot, 'test/metrics/reference_statistics.py');
    const stdout = await new Promise<string>((resolve, reject) => {
      const child = execFile(python, [script], { maxBuffer: 1 << 24 }, (error, out, err) =>
        error ? reject(new Error(`${error.message}\n${err}`)) : resolve(out),
      );
      child.stdin!.end(input);
    });
    reference = JSON.parse(stdout) as typeof reference;
  }, 600_000);

  it("Krippendorff's alpha (interval scale) and its interval, with missing ratings", () => {
    const ours = scoreAgreement(units);
    expect(ours.value).not.toBeNull();
    close(ours.value, reference.alpha.value);
    closeInterval(ours.ci95, reference.alpha.ci95);
  });

  it("Fleiss' kappa and its interval", () => {
    const ours = verdictAgreement(verdicts);
    expect(ours.items).toBe(verdicts.length);
    close(ours.value, reference.fleiss.value);
    closeInterval(ours.ci95, reference.fleiss.ci95);
  });

  it("Spearman's rho with ties, and its interval", () => {
    const ours = calibrate(pairs, { threshold: 0.5 });
    close(ours.spearman.value, reference.spearman.value);
    closeInterval(ours.spearman.ci95, reference.spearman.ci95);
  });

  it("Cohen's kappa unweighted, linear and quadratic, and their intervals", () => {
    for (const weights of ['none', 'linear', 'quadratic'] as const) {
      const statistic = (indices: number[]): number =>
        cohenKappa(
          indices.map((i) => humanLabels[i]!),
          indices.map((i) => judgeLabels[i]!),
          weights,
        );
      close(statistic(humanLabels.map((_, i) => i)), reference.kappa[weights].value);
      closeInterval(bootstrapInterval(humanLabels.length, statistic), reference.kappa[weights].ci95);
    }
  });
});

describe('agreement and calibration edge cases', () => {
  it('is undefined, not a number, when nobody varies', () => {
    expect(
      scoreAgreement([
        [1, 1],
        [1, 1],
        [1, null],
      ]).value,
    ).toBeNull();
    expect(
      fleissKappa([
        [3, 0],
        [3, 0],
      ]),
    ).toBeNaN();
  });

  it('counts pass/fail agreement and lists the largest disagreements first', () => {
    const row = (item_id: string, judge: number, human: number) => ({
      item_id,
      judge,
      human,
      judge_passed: judge >= 0.5,
      human_passed: null,
    });
    const result = calibrate(
      [row('a', 0.9, 0.1), row('b', 0.8, 0.9), row('c', 0.2, 0.3), row('d', 0.4, 0.4)],
      { threshold: 0.5 },
    );
    expect(result.confusion).toEqual({ pass_pass: 1, pass_fail: 0, fail_pass: 1, fail_fail: 2 });
    expect(result.verdict_agreement).toMatchObject({ items: 4, rate: 0.75 });
    expect(result.disagreements.map((d) => d.item_id)).toEqual(['a', 'b', 'c']);
  });

  it("reads a human's verdict without a score, and calls kappa over verdicts for a fine-grained scale", () => {
    const rows = Array.from({ length: 40 }, (_, i) => ({
      item_id: `i${i}`,
      judge: i / 40,
      human: i % 3 === 0 ? null : (i + 0.5) / 40,
      judge_passed: i >= 20,
      human_passed: i % 3 === 0 ? i >= 18 : null,
    }));
    const result = calibrate(rows, { threshold: 0.5 });
    expect(result.cohen_kappa.over).toBe('verdicts');
    expect(result.cohen_kappa.weights).toBe('none');
    expect(result.verdict_agreement.items).toBe(40);
    // Item 18 was labelled pass by a person, fail by the judge.
    expect(result.confusion).toEqual({ pass_pass: 20, pass_fail: 1, fail_pass: 0, fail_fail: 19 });
    expect(result.spearman.value).toBeCloseTo(1, 12);
  });
});
