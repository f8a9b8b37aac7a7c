// The API's resources as the console sees them: named schemas of the generated client
// (src/client/schema.ts, from /openapi.json), so a page cannot drift from what the server
// answers without failing the type check.
import type { components, operations } from '../../../src/client/schema';

export type {
  ApiErrorBody as ErrorBody,
  Dataset,
  Evaluator,
  MetricComparison,
  MetricSummary,
  Run,
} from '../../../src/client';

type Schemas = components['schemas'];

export type ApiKeySelf = Schemas['ApiKeySelf'];
export type DatasetUpload = Schemas['DatasetUpload'];
export type RunCalibration = Schemas['RunCalibration'];
export type RunComparisons = Schemas['RunComparisons'];
export type RunResult = Schemas['RunResult'];
export type RunStatus = Schemas['Run']['status'];
export type ResultsQuery = NonNullable<operations['getV1EvaluationsRunsIdResults']['parameters']['query']>;
