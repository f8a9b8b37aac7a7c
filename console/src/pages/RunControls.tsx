import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { answered, apiClient } from '../api/client';
import type { Run } from '../api/types';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { ErrorBox } from '../components/Status';
import { formatUsd } from '../format';
import { isTerminal } from '../runStatus';

type Action = { kind: 'pause' | 'resume' | 'cancel' } | { kind: 'budget'; budgetUsd: number };

const describe: Record<Action['kind'], { title: string; confirm: string; text: string }> = {
  pause: {
    title: 'Pause this run?',
    confirm: 'Pause run',
    text: 'Batches in flight finish; no new ones start until you resume.',
  },
  resume: { title: 'Resume this run?', confirm: 'Resume run', text: 'New batches start again.' },
  cancel: {
    title: 'Cancel this run?',
    confirm: 'Cancel run',
    text: 'Batches in flight stop and the run ends cancelled with its partial metrics. This cannot be undone.',
  },
  budget: {
    title: 'Change the budget?',
    confirm: 'Set budget',
    text: 'A run paused by its budget resumes when the new budget leaves room.',
  },
};

/** Pause, resume, cancel and budget: shown only to keys with the write scope. */
export function RunControls({ run }: { run: Run }) {
  const queryClient = useQueryClient();
  const [pending, setPending] = useState<Action | null>(null);
  const [budget, setBudget] = useState('');
  const mutation = useMutation({
    mutationFn: (action: Action) => {
      const params = { path: { id: run.id } };
      switch (action.kind) {
        case 'budget':
          return answered(
            apiClient.PATCH('/v1/evaluations/runs/{id}', { params, body: { budget_usd: action.budgetUsd } }),
          );
        case 'pause':
          return answered(apiClient.POST('/v1/evaluations/runs/{id}/pause', { params }));
        case 'resume':
          return answered(apiClient.POST('/v1/evaluations/runs/{id}/resume', { params }));
        case 'cancel':
          return answered(apiClient.POST('/v1/evaluations/runs/{id}/cancel', { params }));
      }
    },
    onSuccess: () => {
      setPending(null);
      void queryClient.invalidateQueries({ queryKey: ['run', run.id] });
    },
  });
  if (isTerminal(run.status)) return null;
  const budgetValue = Number(budget);
  const budgetValid = budget !== '' && Number.isFinite(budgetValue) && budgetValue > 0;
  const text = pending ? describe[pending.kind] : null;

  return (
    <section aria-labelledby="controls-title" className="card">
      <h2 id="controls-title">Controls</h2>
      <div className="actions">
        {run.status === 'running' || run.status === 'queued' ? (
          <button type="button" onClick={() => setPending({ kind: 'pause' })}>
            Pause
          </button>
        ) : null}
        {run.status === 'paused' && (
          <button type="button" onClick={() => setPending({ kind: 'resume' })}>
            Resume
          </button>
        )}
        <button type="button" className="danger" onClick={() => setPending({ kind: 'cancel' })}>
          Cancel run
        </button>
        <form
          className="inline-form"
          onSubmit={(event) => {
            event.preventDefault();
            if (budgetValid) setPending({ kind: 'budget', budgetUsd: budgetValue });
          }}
        >
          <label htmlFor="budget-input">Budget (USD)</label>
          <input
            id="budget-input"
            type="number"
            min="0"
            step="any"
            inputMode="decimal"
            value={budget}
            placeholder={run.estimated_spend.budget_usd?.toString() ?? 'none'}
            onChange={(event) => setBudget(event.target.value)}
          />
          <button type="submit" disabled={!budgetValid}>
            Raise budget
          </button>
        </form>
      </div>
      <ErrorBox error={mutation.error} />
      <ConfirmDialog
        open={pending !== null}
        title={text?.title ?? ''}
        confirmLabel={text?.confirm ?? ''}
        busy={mutation.isPending}
        onClose={() => setPending(null)}
        onConfirm={() => pending && mutation.mutate(pending)}
      >
        <p>{text?.text}</p>
        {pending?.kind === 'budget' && (
          <p>
            New budget: <strong>{formatUsd(pending.budgetUsd)}</strong> (spent so far{' '}
            {formatUsd(run.estimated_spend.actual_usd)}).
          </p>
        )}
      </ConfirmDialog>
    </section>
  );
}
