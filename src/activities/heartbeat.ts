import { Context } from '@temporalio/activity';

/**
 * Heartbeats on a timer, not only on progress: one slow model call or a long
 * source read must not look like a dead worker, and cancellation only reaches an
 * activity through its heartbeats. The SDK throttles them to 80% of the timeout.
 */
export function heartbeatEvery(intervalMs: number, details: () => unknown): () => void {
  const context = Context.current();
  context.heartbeat(details());
  const timer = setInterval(() => context.heartbeat(details()), intervalMs);
  return () => clearInterval(timer);
}

export const HEARTBEAT_INTERVAL_MS = 5000;
