import { useQuery } from '@tanstack/react-query';
import { api } from '../api/client';
import type { Run } from '../api/types';
import { isTerminal, POLL_MS } from '../runStatus';

/** A run, polled each second until it reaches a final status. */
export function useRun(id: string) {
  return useQuery({
    queryKey: ['run', id],
    queryFn: () => api<Run>(`/v1/evaluations/runs/${encodeURIComponent(id)}`),
    refetchInterval: (q) => (q.state.data && isTerminal(q.state.data.status) ? false : POLL_MS),
  });
}
