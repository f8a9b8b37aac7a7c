import type { Collection, Db } from 'mongodb';
import { nowSeconds } from './ids.js';
import { isDuplicateKeyError } from './mongo.js';

export const RUN_IDEMPOTENCY_COLLECTION = 'run_idempotency';

interface RunIdempotencyDoc {
  /** `<project>/<Idempotency-Key>`: the claim is an `_id` insert, atomic on FerretDB and MongoDB alike. */
  _id: string;
  project_id: string;
  run_id: string;
  /** Hash of the request body, so a reused key with another body is told apart (409). */
  request_hash: string;
  created_at: number;
}

export type IdempotencyClaim = { claimed: true } | { claimed: false; runId: string; requestHash: string };

/** Remembers which run an `Idempotency-Key` created, per project. */
export class RunIdempotencyStore {
  private readonly collection: Collection<RunIdempotencyDoc>;

  constructor(
    db: Db,
    private readonly projectId: string,
  ) {
    this.collection = db.collection<RunIdempotencyDoc>(RUN_IDEMPOTENCY_COLLECTION);
  }

  private key(idempotencyKey: string): string {
    return `${this.projectId}/${idempotencyKey}`;
  }

  /** Claims the key for `runId`, or tells which run claimed it first. */
  async claim(idempotencyKey: string, runId: string, requestHash: string): Promise<IdempotencyClaim> {
    try {
      await this.collection.insertOne({
        _id: this.key(idempotencyKey),
        project_id: this.projectId,
        run_id: runId,
        request_hash: requestHash,
        created_at: nowSeconds(),
      });
      return { claimed: true };
    } catch (error) {
      if (!isDuplicateKeyError(error)) throw error;
    }
    const existing = await this.collection.findOne({ _id: this.key(idempotencyKey) });
    // Released between our insert and this read: the caller's retry will claim it.
    if (!existing) throw new Error('idempotency key released concurrently; retry the request');
    return { claimed: false, runId: existing.run_id, requestHash: existing.request_hash };
  }

  /** Frees a key whose run could not be created, so a retry starts afresh. */
  async release(idempotencyKey: string): Promise<void> {
    await this.collection.deleteOne({ _id: this.key(idempotencyKey) });
  }
}
