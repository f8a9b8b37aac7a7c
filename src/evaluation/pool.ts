/**
 * Runs `work` over `items`, at most `concurrency` at a time. On the first failure
 * it starts nothing new, calls `onFailure` (to abort the work in flight), waits
 * for that work to settle, and rethrows the failure: nothing keeps running after
 * the activity has given up.
 */
export async function forEachConcurrently<T>(
  items: readonly T[],
  concurrency: number,
  work: (item: T) => Promise<void>,
  onFailure: (error: unknown) => void = () => {},
): Promise<void> {
  let next = 0;
  let failure: { error: unknown } | undefined;
  const lane = async () => {
    while (!failure && next < items.length) {
      const item = items[next++]!;
      try {
        await work(item);
      } catch (error) {
        if (!failure) {
          failure = { error };
          onFailure(error);
        }
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, items.length) }, lane));
  if (failure) throw failure.error;
}
