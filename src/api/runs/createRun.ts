import { createHash, randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Client } from '@temporalio/client';
import { WorkflowExecutionAlreadyStartedError } from '@temporalio/common';
import type { Env } from '../../platform/config.js';
import type { RunCreate } from '../../domain/runs.js';
import { ConflictError } from '../../domain/errors.js';
import { newId, nowSeconds } from '../../store/ids.js';
import type { RunDoc } from '../../store/runs.js';
import { stableJson } from '../../domain/stableJson.js';
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

/** How long a create may take before another request with its key may finish it (it takes seconds). */
const CLAIM_LEASE_MS = 60_000;
/** How long a request waits for an earlier one with the same key before answering 409 (retry later). */
const CLAIM_WAIT_MS = 10_000;
const CLAIM_POLL_MS = 100;

/**
 * Validates and resolves the request, writes the run document (`queued`), and
 * starts its workflow. With an Idempotency-Key the key is claimed first (an `_id`
 * insert, held under a lease): a second request with the key waits while the first
 * is still at work and then replays its run; only when the first's lease ran out
 * (it died half-way) does it take the claim over — atomically, so one request at
 * a time — and finish the creation. The same key with another body is a 409.
 */
export async function createRun(
  ctx: CreateRunContext,
  body: RunCreate,
  idempotencyKey?: string,
  /** A run id chosen by the caller (an OpenAI eval run records its own document under it first). */
  presetRunId?: string,
): Promise<CreatedRun> {
  const requestHash = createHash('sha256').update(stableJson(body)).digest('hex');
  let runId = presetRunId ?? newId('run');
  const owner = randomUUID();
  if (idempotencyKey) {
    const claim = await claimKey(ctx, idempotencyKey, runId, requestHash, owner);
    if ('replay' in claim) return { run: claim.replay, replayed: true };
    runId = claim.runId;
  }

  /** Undoes a failed creation unless the claim was taken over meanwhile (then the run is the taker's). */
  const undo = async (inserted: boolean) => {
    if (idempotencyKey && !(await ctx.store.runIdempotency.release(idempotencyKey, owner))) return;
    if (inserted) await ctx.store.runs.delete(runId);
  };
  let run: RunDoc;
  let inserted = false;
  try {
    const resolved = await resolveRunRequest(ctx, body);
    const estimatedUsd = await estimateAtCreation(ctx, resolved);
    await checkProjectBudgetAtCreation(ctx.store.runs, ctx.env, estimatedUsd);
    run = runDocument(ctx.store.projectId, runId, body, resolved, estimatedUsd);
    inserted = await ctx.store.runs.insert(run);
    await startRunWorkflow(ctx.temporal, ctx.env, run);
  } catch (error) {
    // Nothing runs: undo, so the caller's retry (same key or not) starts afresh.
    if (!(error instanceof WorkflowExecutionAlreadyStartedError)) {
      await undo(inserted);
      throw error;
    }
  }
  if (idempotencyKey) await ctx.store.runIdempotency.markCreated(idempotencyKey, owner);
  return { run: (await ctx.store.runs.docs.get(runId)) ?? run!, replayed: !inserted };
}

/** The run id this request creates under the key, or the run an earlier request with it created. */
async function claimKey(
  ctx: CreateRunContext,
  idempotencyKey: string,
  runId: string,
  requestHash: string,
  owner: string,
): Promise<{ runId: string } | { replay: RunDoc }> {
  const store = ctx.store.runIdempotency;
  const deadline = Date.now() + CLAIM_WAIT_MS;
  for (;;) {
    const claim = await store.claim(idempotencyKey, runId, requestHash, owner, CLAIM_LEASE_MS);
    if (claim.claimed) return { runId };
    if (claim.requestHash !== requestHash) {
      throw new ConflictError(
        'idempotency_key_reused',
        'This Idempotency-Key was used with a different request body; use a new key for a new run.',
      );
    }
    // A claim without an owner predates leases: its run exists once it was created.
    if (claim.created || claim.owner === undefined) {
      const existing = await ctx.store.runs.docs.get(claim.runId);
      if (existing) return { replay: existing };
    }
    if (claim.expired && (await store.takeOver(idempotencyKey, claim.owner, owner, CLAIM_LEASE_MS))) {
      return { runId: claim.runId };
    }
    if (Date.now() > deadline) {
      throw new ConflictError(
        'idempotency_key_in_progress',
        'A request with this Idempotency-Key is still creating its run; retry shortly for its answer.',
      );
    }
    await sleep(CLAIM_POLL_MS);
  }
}

export function runDocument(
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
    // The baseline run as resolved (its id and model), so every batch reads the same outputs.
    config: {
      request: resolved.comparison ? { ...body, comparison: resolved.comparison } : body,
      evaluators: resolved.evaluators,
    },
    estimated_spend: {
      estimated_usd: estimatedUsd,
      actual_usd: 0,
      budget_usd: body.budget_usd ?? null,
      cache_hits: 0,
      saved_usd: 0,
    },
    metadata: body.metadata ?? {},
    environment: body.environment,
    progress: { total: null, done: 0, failed: 0 },
    error: null,
    created_at: nowSeconds(),
    started_at: null,
    completed_at: null,
  };
}
