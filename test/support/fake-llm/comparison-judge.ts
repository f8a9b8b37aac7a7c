import { createHash } from 'node:crypto';
import { z } from 'zod';
import type { FakeRequest } from './types.js';

/**
 * A comparing judge with known behaviour, for tests and benchmarks of pairwise and listwise
 * evaluation: each generating model has a Bradley–Terry strength (log-odds), and the output
 * shown first gets `positionBias` more log-odds. The fake's own completions name their model
 * (`echo(<model>): ...`), which is how the judge knows whose output it reads; the draw is seeded
 * by the judge model and the prompt, so the same prompt always gets the same verdict from one
 * judge (as a cached answer would), and the judges of a panel decide independently.
 */
export const comparisonJudgeSchema = z.object({
  strengths: z.record(z.string(), z.number().finite()).default({}),
  positionBias: z.number().finite().default(0),
});
export type ComparisonJudgeSettings = z.infer<typeof comparisonJudgeSchema>;

export const neutralComparisonJudge: ComparisonJudgeSettings = { strengths: {}, positionBias: 0 };

const MARKER = 'echo(';
const REASONING = 'Fake comparing judge: drawn from the configured strengths and position bias.';

/** The models whose outputs the prompt shows, in the order shown. */
export function modelsShown(prompt: string): string[] {
  const models: string[] = [];
  for (let at = prompt.indexOf(MARKER); at !== -1; at = prompt.indexOf(MARKER, at + 1)) {
    const end = prompt.indexOf(')', at);
    if (end !== -1) models.push(prompt.slice(at + MARKER.length, end));
  }
  return models;
}

/** The draw is the judge model's own: a panel's judges see the same prompt and decide independently. */
function uniform(req: FakeRequest, draw: number): number {
  return (
    createHash('sha256').update(`${draw}\u0000${req.model}\u0000${req.promptText}`).digest().readUInt32BE(0) /
    2 ** 32
  );
}

const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));

export function pairwiseVerdict(
  req: FakeRequest,
  settings: ComparisonJudgeSettings,
): { reasoning: string; winner: 'A' | 'B' } {
  const [a, b] = modelsShown(req.promptText);
  const strength = (model: string | undefined) =>
    model === undefined ? 0 : (settings.strengths[model] ?? 0);
  const pA = sigmoid(strength(a) - strength(b) + settings.positionBias);
  return { reasoning: REASONING, winner: uniform(req, 0) < pA ? 'A' : 'B' };
}

/**
 * A Plackett–Luce draw: the best is picked with probability ∝ exp(strength), then the next among
 * the rest; the first position shown carries the bias. Numbers are 1-based as shown.
 */
export function listwiseRanking(
  req: FakeRequest,
  settings: ComparisonJudgeSettings,
): { reasoning: string; ranking: number[] } {
  const shown = modelsShown(req.promptText);
  const weight = shown.map((model, i) =>
    Math.exp((settings.strengths[model] ?? 0) + (i === 0 ? settings.positionBias : 0)),
  );
  const left = shown.map((_, i) => i);
  const ranking: number[] = [];
  for (let draw = 0; left.length > 0; draw++) {
    const total = left.reduce((sum, i) => sum + weight[i]!, 0);
    let u = uniform(req, draw) * total;
    let pick = left.length - 1;
    for (let j = 0; j < left.length; j++) {
      u -= weight[left[j]!]!;
      if (u < 0) {
        pick = j;
        break;
      }
    }
    ranking.push(left[pick]! + 1);
    left.splice(pick, 1);
  }
  return { reasoning: REASONING, ranking };
}

/** The verdict a comparing judge's request asks for, by the property its schema or instruction names. */
export function comparisonReply(
  req: FakeRequest,
  asked: { winner: boolean; ranking: boolean },
  settings: ComparisonJudgeSettings,
): object | null {
  if (asked.winner) return pairwiseVerdict(req, settings);
  if (asked.ranking) return listwiseRanking(req, settings);
  return null;
}
