import { defineSearchAttributeKey, SearchAttributeType } from '@temporalio/common';

/**
 * Typed search attributes of EvaluationRunWorkflow, so operators can find runs in
 * the Temporal UI (e.g. `AssayContainer = "ctr_..." AND AssayStatus = "running"`).
 * The dev server registers them at start; a production cluster needs
 * `temporal operator search-attribute create` once (see README).
 */
export const AssayProject = defineSearchAttributeKey('AssayProject', SearchAttributeType.KEYWORD);
export const AssayContainer = defineSearchAttributeKey('AssayContainer', SearchAttributeType.KEYWORD);
export const AssayStatus = defineSearchAttributeKey('AssayStatus', SearchAttributeType.KEYWORD);
export const AssayEnvironment = defineSearchAttributeKey('AssayEnvironment', SearchAttributeType.KEYWORD);

/** A rerun's parent run id (absent on other runs): `AssayParentRun = "run_..."` lists a run's reruns. */
export const AssayParentRun = defineSearchAttributeKey('AssayParentRun', SearchAttributeType.KEYWORD);

export const assaySearchAttributes = [
  AssayProject,
  AssayContainer,
  AssayStatus,
  AssayEnvironment,
  AssayParentRun,
];
