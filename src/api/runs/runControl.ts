import { WorkflowNotFoundError, type Client } from '@temporalio/client';
import { terminalRunStatuses } from '../../domain/runs.js';
import { ConflictError } from '../../domain/errors.js';
import type { RunDoc } from '../../store/runs.js';
import { pauseRunSignal, resumeRunSignal, setRunBudgetSignal } from '../../workflows/definitions.js';

export type RunCommand =
  | { kind: 'cancel' }
  | { kind: 'pause' }
  | { kind: 'resume' }
  | { kind: 'set_budget'; budgetUsd: number | null };

/**
 * Sends a command to the run's workflow. The API never writes the run document
 * after creation: the workflow applies the command and projects its effect.
 */
export async function commandRun(client: Client, run: RunDoc, command: RunCommand): Promise<void> {
  if (terminalRunStatuses.includes(run.status)) throw finished(run);
  const handle = client.workflow.getHandle(run.id);
  try {
    switch (command.kind) {
      case 'cancel':
        await handle.cancel();
        return;
      case 'pause':
        return await handle.signal(pauseRunSignal);
      case 'resume':
        return await handle.signal(resumeRunSignal);
      case 'set_budget':
        return await handle.signal(setRunBudgetSignal, command.budgetUsd);
    }
  } catch (error) {
    // The workflow closed after the document was read (it projects its end just before).
    if (error instanceof WorkflowNotFoundError) throw finished(run);
    throw error;
  }
}

const finished = (run: RunDoc) =>
  new ConflictError('run_finished', `Run ${run.id} has already finished; it can no longer be changed.`);
