// The worker's workflow bundle entry: every workflow Assay runs.
export { EvaluationRunWorkflow } from './evaluationRun.js';
export { WebhookDeliveryWorkflow } from './webhookDelivery.js';
export { MonitorWorkflow } from './monitor.js';
export { GraderRunWorkflow } from './graderRun.js';
