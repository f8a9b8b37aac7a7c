import { Context } from '@temporalio/activity';

/**
 * Heartbeats on a timer, not only on progress: one slow model call or a long
 * source read must not look like a dead worker, and cancellation only reaches an
 * activity through its heartbeats. The SDK throttles them to 80% of the timeout;
 * the timer ticks at a third of it, so a short timeout still sees several beats.
 */
export function heartbeatEvery(intervalMs: number, details: () => unknown): () => void {
  const context = Context.current();
  const timeoutMs = context.info.heartbeatTimeoutMs;
  const everyMs = timeoutMs ? Math.min(intervalMs, Math.max(100, Math.floor(timeoutMs / 3))) : intervalMs;
  context.heartbeat(details());
  const timer = setInterval(() => context.heartbeat(details()), everyMs);
  return () => clearInterval(timer);
}

export const HEARTBEAT_INTERVAL_MS = 5000;
