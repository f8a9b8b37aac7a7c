import { createHash } from 'node:crypto';
import type { Client } from '@temporalio/client';
import { WorkflowExecutionAlreadyStartedError } from '@temporalio/common';
import type { Env } from '../config.js';
import type { RunCreate } from '../domain/runs.js';
import { ConflictError } from '../errors.js';
import { newId, nowSeconds } from '../store/ids.js';
import type { RunDoc } from '../store/runs.js';
import { stableJson } from '../domain/stableJson.js';
import { estimateAtCreation } from './preflightEstimate.js';
import { checkProjectBudgetAtCreation } from './projectBudget.js';
import { resolveRunRequest, type RunRequestContext, type ResolvedRunRequest } from './resolveRunRequest.js';
import { startRunWorkflow } from './startRunWorkflow.js';

export interface CreateRunContext extends RunRequestContext {
  env: Pick<Env, 'ASSAY_ENVIRONMENTS' | 'ASSAY_TASK_QUEUE_PREFIX' | 'ASSAY_PROJECT_BUDGET_USD'>;
  temporal: Client;
}

export interface CreatedRun {
  run: RunDoc;
  /** True when an earlier request with the same Idempotency-Key created it. */
  replayed: boolean;
}

/**
 * Validates and resolves the request, writes the run document (`queued`), and
 * starts its workflow. With an Idempotency-Key the key is claimed first (an `_id`
 * insert), so a retried request finds the run of the first one, or finishes its
 * creation if that one died half-way; the same key with another body is a 409.
 */
export async function createRun(
  ctx: CreateRunContext,
  body: RunCreate,
  idempotencyKey?: string,
): Promise<CreatedRun> {
  const requestHash = createHash('sha256').update(stableJson(body)).digest('hex');
  let runId = newId('run');
  let claimedKey = false;
  if (idempotencyKey) {
    const claim = await ctx.store.runIdempotency.claim(idempotencyKey, runId, requestHash);
    if (claim.claimed) {
      claimedKey = true;
    } else {
      if (claim.requestHash !== requestHash) {
        throw new ConflictError(
          'idempotency_key_reused',
          'This Idempotency-Key was used with a different request body; use a new key for a new run.',
        );
      }
      const existing = await ctx.store.runs.docs.get(claim.runId);
      if (existing) return { run: existing, replayed: true };
      runId = claim.runId; // the first request died before writing the run: finish its job
    }
  }

  const release = () =>
    claimedKey && idempotencyKey ? ctx.store.runIdempotency.release(idempotencyKey) : undefined;
  let run: RunDoc;
  let inserted: boolean;
  try {
    const resolved = await resolveRunRequest(ctx, body);
    const estimatedUsd = await estimateAtCreation(ctx, resolved);
    await checkProjectBudgetAtCreation(ctx.store.runs, ctx.env, estimatedUsd);
    run = runDocument(ctx.store.projectId, runId, body, resolved, estimatedUsd);
    inserted = await ctx.store.runs.insert(run);
  } catch (error) {
    await release();
    throw error;
  }
  try {
    await startRunWorkflow(ctx.temporal, ctx.env, run);
  } catch (error) {
    if (!(error instanceof WorkflowExecutionAlreadyStartedError)) {
      // Nothing runs: undo, so the caller's retry (same key or not) starts afresh.
      if (inserted) await ctx.store.runs.delete(runId);
      await release();
      throw error;
    }
  }
  return { run: (await ctx.store.runs.docs.get(runId)) ?? run, replayed: !inserted };
}

function runDocument(
  projectId: string,
  runId: string,
  body: RunCreate,
  resolved: ResolvedRunRequest,
  estimatedUsd: number,
): RunDoc {
  return {
    _id: `${projectId}/${runId}`,
    id: runId,
    project_id: projectId,
    process_id: runId,
    status: 'queued',
    status_reason: null,
    evaluator_ids: resolved.evaluators.map((e) => e.id),
    container_id: resolved.container.id,
    dataset_id: resolved.datasetIds[0] ?? null,
    dataset_ids: resolved.datasetIds,
    sample: resolved.sample,
    ground_truth: resolved.ground_truth,
    results: null,
    metrics: null,
    config: { request: body, evaluators: resolved.evaluators },
    estimated_spend: { estimated_usd: estimatedUsd, actual_usd: 0, budget_usd: body.budget_usd ?? null },
    metadata: body.metadata ?? {},
    environment: body.environment,
    progress: { total: null, done: 0, failed: 0 },
    error: null,
    created_at: nowSeconds(),
    started_at: null,
    completed_at: null,
  };
}
