/** Polls until `done` holds, failing with the last value seen after `timeoutMs`: no sleeps in tests. */
export async function waitFor<T>(
  probe: () => Promise<T>,
  done: (value: T) => boolean,
  { timeoutMs = 30_000, what = 'condition' }: { timeoutMs?: number; what?: string } = {},
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (done(value)) return value;
    if (Date.now() > deadline)
      throw new Error(`timed out waiting for ${what}; last: ${JSON.stringify(value)}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** `waitFor` for a condition that is its own answer. */
export const waitUntil = (
  condition: () => Promise<boolean>,
  options?: { timeoutMs?: number; what?: string },
): Promise<boolean> => waitFor(condition, (met) => met, options);
