import { open, stat, unlink, utimes, writeFile } from 'node:fs/promises';

/**
 * A lock between processes that share the sandbox's environment cache (several workers on one
 * host): an O_EXCL file kept fresh by a heartbeat, so a lock whose holder crashed goes stale and is
 * taken over.
 */
const LOCK_HEARTBEAT_MS = 5_000;
export const LOCK_STALE_MS = 30_000;

export async function exists(file: string): Promise<boolean> {
  return stat(file).then(
    () => true,
    () => false,
  );
}

export async function touch(file: string): Promise<void> {
  const now = new Date();
  await utimes(file, now, now).catch(() => writeFile(file, ''));
}

/** O_EXCL lock file with a heartbeat; a lock whose heartbeat stopped (crashed holder) is taken over. */
export async function tryLock(file: string): Promise<{ release(): Promise<void> } | null> {
  try {
    const handle = await open(file, 'wx');
    await handle.close();
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    const info = await stat(file).catch(() => null);
    if (info && Date.now() - info.mtimeMs > LOCK_STALE_MS) await unlink(file).catch(() => {});
    return null;
  }
  const heartbeat = setInterval(() => {
    const now = new Date();
    utimes(file, now, now).catch(() => {}); // never re-creates the file after release
  }, LOCK_HEARTBEAT_MS);
  heartbeat.unref();
  return {
    async release() {
      clearInterval(heartbeat);
      await unlink(file).catch(() => {});
    },
  };
}
