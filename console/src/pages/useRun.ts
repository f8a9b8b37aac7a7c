import { useQuery } from '@tanstack/react-query';
import { answered, apiClient } from '../api/client';
import { isTerminal, POLL_MS } from '../runStatus';

/** A run, polled each second until it reaches a final status. */
export function useRun(id: string) {
  return useQuery({
    queryKey: ['run', id],
    queryFn: () => answered(apiClient.GET('/v1/evaluations/runs/{id}', { params: { path: { id } } })),
    refetchInterval: (q) => (q.state.data && isTerminal(q.state.data.status) ? false : POLL_MS),
  });
}
