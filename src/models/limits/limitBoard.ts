import type { Backoff } from './limitGate.js';

/** What one worker last said of itself: when, and how many calls it has on which allowances. */
export interface WorkerPresence {
  workerId: string;
  /** Epoch ms of its last beat. */
  seenAt: number;
  /** Calls waiting or running (at the most since its last beat), by allowance; none listed: 0. */
  demand: { key: string; calls: number }[];
}

/**
 * Where workers meet to split allowances (the store, src/store/limitBoard.ts). Every document has
 * one writer (a worker writes only its own presence) or holds values that are set, never counted
 * up (a backoff), so it needs no atomic increment: FerretDB has none.
 */
export interface LimitBoard {
  beat(presence: WorkerPresence): Promise<void>;
  presences(): Promise<WorkerPresence[]>;
  leave(workerId: string): Promise<void>;
  /** Presences older than `before` (crashed workers); any worker may sweep them. */
  sweep(before: number): Promise<void>;
  publishBackoff(key: string, backoff: Backoff): Promise<void>;
  backoffs(): Promise<Map<string, Backoff>>;
}
