// The worker's workflow bundle entry: every workflow Assay runs.
export { EvaluationRunWorkflow } from './evaluationRun.js';
