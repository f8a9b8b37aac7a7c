import type { Run, RunStatus } from './api/types';

export const runStatuses: RunStatus[] = ['queued', 'running', 'paused', 'completed', 'error', 'cancelled'];
export const isTerminal = (status: RunStatus) =>
  status === 'completed' || status === 'error' || status === 'cancelled';

/** Live pages poll each second while something may still change, then stop. */
export const POLL_MS = 1_000;

export const evaluatorName = (run: Run, evaluatorId: string): string =>
  run.config.evaluators.find((evaluator) => evaluator.id === evaluatorId)?.name ?? evaluatorId;

export const evaluatorType = (run: Run, evaluatorId: string): string | undefined =>
  run.config.evaluators.find((evaluator) => evaluator.id === evaluatorId)?.type;

/** The sample models of a run (generated side), or none for logged/dataset outputs. */
export const runModels = (run: Run): string[] => run.sample.models ?? [];
