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
  /** The request creating the run; only it may finish, undo or hand over the claim. */
  owner?: string;
  /** `creating` until the run's workflow has started; a claim without it predates the lease. */
  state?: 'creating' | 'created';
  /** Until when (ms since epoch) the owner is presumed alive; after it another request may take over. */
  lease_until?: number;
  created_at: number;
}

export type IdempotencyClaim =
  | { claimed: true }
  | {
      claimed: false;
      runId: string;
      requestHash: string;
      owner: string | undefined;
      /** The run exists and its workflow started: replay it. */
      created: boolean;
      /** The owner's lease ran out (it died or hung): `takeOver` may hand the claim to this request. */
      expired: boolean;
    };

/**
 * Remembers which run an `Idempotency-Key` created, per project. The claim is held
 * by one request at a time under a lease: a second request with the key waits for
 * the first rather than creating the run beside it, and takes the claim over only
 * once the first's lease has run out (a compare-and-set on the owner, so only one
 * request can).
 */
export class RunIdempotencyStore {
  private readonly collection: Collection<RunIdempotencyDoc>;

  constructor(
    db: Db,
    private readonly projectId: string,
    private readonly now: () => number = Date.now,
  ) {
    this.collection = db.collection<RunIdempotencyDoc>(RUN_IDEMPOTENCY_COLLECTION);
  }

  private key(idempotencyKey: string): string {
    return `${this.projectId}/${idempotencyKey}`;
  }

  /** Claims the key for `runId` on behalf of `owner`, or tells who holds it and how far it got. */
  async claim(
    idempotencyKey: string,
    runId: string,
    requestHash: string,
    owner: string,
    leaseMs: number,
  ): Promise<IdempotencyClaim> {
    try {
      await this.collection.insertOne({
        _id: this.key(idempotencyKey),
        project_id: this.projectId,
        run_id: runId,
        request_hash: requestHash,
        owner,
        state: 'creating',
        lease_until: this.now() + leaseMs,
        created_at: nowSeconds(),
      });
      return { claimed: true };
    } catch (error) {
      if (!isDuplicateKeyError(error)) throw error;
    }
    const existing = await this.collection.findOne({ _id: this.key(idempotencyKey) });
    // Released between our insert and this read: claim again.
    if (!existing) return this.claim(idempotencyKey, runId, requestHash, owner, leaseMs);
    return {
      claimed: false,
      runId: existing.run_id,
      requestHash: existing.request_hash,
      owner: existing.owner,
      created: existing.state === 'created',
      expired: (existing.lease_until ?? 0) < this.now(),
    };
  }

  /** Hands an expired claim to `owner`; false when someone else got there first (or the owner came back). */
  async takeOver(idempotencyKey: string, previousOwner: string | undefined, owner: string, leaseMs: number) {
    const now = this.now();
    const result = await this.collection.updateOne(
      {
        _id: this.key(idempotencyKey),
        owner: previousOwner ?? { $exists: false },
        state: { $ne: 'created' },
        $or: [{ lease_until: { $lt: now } }, { lease_until: { $exists: false } }],
      },
      { $set: { owner, lease_until: now + leaseMs } },
    );
    return result.modifiedCount === 1;
  }

  /** The run exists and runs: later requests with the key replay it. */
  async markCreated(idempotencyKey: string, owner: string): Promise<void> {
    await this.collection.updateOne({ _id: this.key(idempotencyKey), owner }, { $set: { state: 'created' } });
  }

  /**
   * Frees a key whose run could not be created, so a retry starts afresh — only if
   * `owner` still holds it. False when the claim was taken over meanwhile: the taker
   * now owns the run, and the caller must leave it alone.
   */
  async release(idempotencyKey: string, owner: string): Promise<boolean> {
    const result = await this.collection.deleteOne({ _id: this.key(idempotencyKey), owner });
    return result.deletedCount === 1;
  }
}
