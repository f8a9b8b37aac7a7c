/** Progress lines for provisioning: a Go build takes minutes and must not look hung. */
export type Progress = (message: string) => void;

export const stderrProgress: Progress = (message) => process.stderr.write(`[assay stack] ${message}\n`);

export const silentProgress: Progress = () => {};

/** Prints "still <doing>" every interval until the returned function is called. */
export function heartbeat(progress: Progress, doing: string, intervalMs = 15_000): () => void {
  const started = Date.now();
  const timer = setInterval(() => {
    progress(`still ${doing} (${Math.round((Date.now() - started) / 1000)}s)`);
  }, intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
