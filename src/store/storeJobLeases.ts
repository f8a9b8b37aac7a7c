import { randomBytes } from 'node:crypto';
import type { Collection, Db } from 'mongodb';
import { insertNew } from './mongo.js';

export const STORE_JOB_LEASES_COLLECTION = 'store_job_leases';

/**
 * Who runs a store job right now. The API and every worker run pending jobs, so each takes a lease
 * first: a document keyed by the job, inserted (the store's unique `_id` decides between two
 * processes), renewed while the job runs and deleted when it ends. A holder that died stops
 * renewing; once its lease is past, the next process deletes it and takes the job.
 */
export const LEASE_MS = 60_000;
const RENEW_MS = LEASE_MS / 3;

interface LeaseDoc {
  _id: string;
  owner: string;
  until: number;
}

export interface Lease {
  release(): Promise<void>;
}

export class StoreJobLeases {
  private readonly collection: Collection<LeaseDoc>;
  /** This process, among the others that may hold leases. */
  private readonly owner = randomBytes(8).toString('hex');

  constructor(
    db: Db,
    private readonly now: () => number = Date.now,
  ) {
    this.collection = db.collection<LeaseDoc>(STORE_JOB_LEASES_COLLECTION);
  }

  /** The job's lease, or null while another process holds it. */
  async take(jobId: string): Promise<Lease | null> {
    await this.collection.deleteOne({ _id: jobId, until: { $lt: this.now() } });
    const [taken] = await insertNew(this.collection, [
      { _id: jobId, owner: this.owner, until: this.now() + LEASE_MS },
    ]);
    if (!taken) return null;
    const renewal = setInterval(() => {
      this.collection
        .updateOne({ _id: jobId, owner: this.owner }, { $set: { until: this.now() + LEASE_MS } })
        .catch(() => {}); // a missed renewal only shortens the lease
    }, RENEW_MS);
    renewal.unref();
    return {
      release: async () => {
        clearInterval(renewal);
        await this.collection.deleteOne({ _id: jobId, owner: this.owner });
      },
    };
  }
}
