// The API's own types, inferred from the zod schemas the server validates with:
// the console cannot drift from the contract without failing the type check.
export type { ListPage } from '../../../src/domain/common';
export type { Container } from '../../../src/domain/containers';
export type { RunComparisons } from '../../../src/domain/comparisons';
export type { RerunEstimate } from '../../../src/domain/reruns';
export type { Dataset, DatasetItem, DatasetUpload } from '../../../src/domain/datasets';
export type { Evaluator } from '../../../src/domain/evaluators';
export type { ApiKeySelf } from '../../../src/domain/keys';
export type { RunCalibration } from '../../../src/domain/labels';
export type { TaskLog } from '../../../src/domain/logs';
export type { Monitor, MonitorAlert, MonitorMetrics } from '../../../src/domain/monitors';
export type { MetricSummary, Run, RunResult, RunStatus } from '../../../src/domain/runs';
export type { MetricComparison, RunComparison } from '../../../src/domain/runComparison';
export type { Webhook, WebhookDelivery } from '../../../src/domain/webhooks';

export interface ConsoleConfig {
  temporal_ui_url: string | null;
  temporal_namespace: string;
}
