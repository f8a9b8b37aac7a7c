// The API's resources as the console sees them: named schemas of the generated client
// (src/client/schema.ts, from /openapi.json), so a page cannot drift from what the server
// answers without failing the type check.
import type { components, operations } from '../../../src/client/schema';

type Schemas = components['schemas'];

export type ApiKeySelf = Schemas['ApiKeySelf'];
export type Container = Schemas['Container'];
export type Dataset = Schemas['Dataset'];
export type DatasetItem = Schemas['DatasetItem'];
export type DatasetUpload = Schemas['DatasetUpload'];
export type ErrorBody = Schemas['Error'];
export type Evaluator = Schemas['Evaluator'];
export type MetricComparison = Schemas['MetricComparison'];
export type MetricSummary = Schemas['MetricSummary'];
export type Monitor = Schemas['Monitor'];
export type Run = Schemas['Run'];
export type RunCalibration = Schemas['RunCalibration'];
export type RunComparisons = Schemas['RunComparisons'];
export type RunResult = Schemas['RunResult'];
export type RunStatus = Run['status'];
export type ResultsQuery = NonNullable<operations['getV1EvaluationsRunsIdResults']['parameters']['query']>;
export type TaskLog = Schemas['TaskLog'];
export type Webhook = Schemas['WebhookEndpoint'];
export type WebhookDelivery = Schemas['WebhookDelivery'];
