import { Context } from '@temporalio/activity';
import type { Grader } from '../domain/graders.js';
import { GraderRunner } from '../evaluation/evalRunGrading.js';
import { ModelCallRetrier } from '../evaluation/modelRetry.js';
import { gradeItem, type GradeOutcome } from '../graders/gradeItem.js';
import type { TemplateNamespaces } from '../graders/template.js';
import type { ActivityDeps } from './deps.js';

export interface RunGraderInput {
  grader: Grader;
  namespaces: TemplateNamespaces;
}

export interface RunGraderOutput {
  outcome: GradeOutcome;
  executionSeconds: number;
}

/**
 * One sample graded with the worker's model layer, embeddings and sandbox: what
 * `fine_tuning.alpha.graders.run` needs of model, python and cosine graders, which the API
 * process cannot grade itself. Nothing is stored and nothing is cached: the caller waits for it.
 */
export function createRunGrader(deps: ActivityDeps) {
  return async (input: RunGraderInput): Promise<RunGraderOutput> => {
    const signal = Context.current().cancellationSignal;
    const retrier = new ModelCallRetrier({
      attempts: deps.env.ASSAY_RUN_ITEM_ATTEMPTS,
      signal,
      providerOf: (slug) => deps.modelClient.resolve(slug).provider.name,
    });
    const runner = new GraderRunner(deps, deps.modelClient, retrier, signal);
    const started = performance.now();
    const outcome = await gradeItem(input.grader, input.namespaces, runner.graderDeps());
    return { outcome, executionSeconds: (performance.now() - started) / 1000 };
  };
}
