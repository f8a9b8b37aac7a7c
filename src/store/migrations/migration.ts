import type { Db } from 'mongodb';

/**
 * One step of the store's layout, from the version before it to `version`. `up` rewrites what an
 * earlier layout wrote, so the code reads one layout only; it must be idempotent (a migration
 * cut short by a crash runs again from the start) and returns how many documents it rewrote.
 */
export interface Migration {
  version: number;
  name: string;
  up(db: Db): Promise<number>;
}
