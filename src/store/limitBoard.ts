import type { Collection, Db } from 'mongodb';

/** The model layer's WorkerPresence and Backoff (src/models/limits), by shape: the store does not import it. */
interface WorkerPresence {
  workerId: string;
  seenAt: number;
  demand: { key: string; calls: number }[];
}
interface Backoff {
  factor: number;
  cutAt: number;
  pausedUntil: number;
}

export const LIMIT_WORKERS_COLLECTION = 'limit_workers';
export const LIMIT_BACKOFFS_COLLECTION = 'limit_backoffs';

/** A worker's presence: written by that worker only. */
interface PresenceDoc {
  _id: string;
  seen_at: number;
  /** A list, not a map: model names hold dots, which FerretDB refuses in keys. */
  demand: { key: string; calls: number }[];
}

/** An allowance's last 429 cut: set whole by whichever worker met it (never counted up). */
interface BackoffDoc {
  _id: string;
  factor: number;
  cut_at: number;
  paused_until: number;
}

/**
 * The provider limit board (the model layer's LimitBoard) in the store: two small collections (a document per worker, one per
 * allowance that met a 429), read whole once a second by every worker. No tenant data: worker ids
 * and provider names only.
 */
export class MongoLimitBoard {
  private readonly workers: Collection<PresenceDoc>;
  private readonly cuts: Collection<BackoffDoc>;

  constructor(db: Db) {
    this.workers = db.collection<PresenceDoc>(LIMIT_WORKERS_COLLECTION);
    this.cuts = db.collection<BackoffDoc>(LIMIT_BACKOFFS_COLLECTION);
  }

  async beat({ workerId, seenAt, demand }: WorkerPresence): Promise<void> {
    await this.workers.replaceOne({ _id: workerId }, { seen_at: seenAt, demand }, { upsert: true });
  }

  async presences(): Promise<WorkerPresence[]> {
    const docs = await this.workers.find({}).toArray();
    return docs.map((d) => ({ workerId: d._id, seenAt: d.seen_at, demand: d.demand ?? [] }));
  }

  async leave(workerId: string): Promise<void> {
    await this.workers.deleteOne({ _id: workerId });
  }

  async sweep(before: number): Promise<void> {
    await this.workers.deleteMany({ seen_at: { $lt: before } });
    await this.cuts.deleteMany({ cut_at: { $lt: before }, paused_until: { $lt: before } });
  }

  async publishBackoff(key: string, backoff: Backoff): Promise<void> {
    await this.cuts.replaceOne(
      { _id: key },
      { factor: backoff.factor, cut_at: backoff.cutAt, paused_until: backoff.pausedUntil },
      { upsert: true },
    );
  }

  async backoffs(): Promise<Map<string, Backoff>> {
    const docs = await this.cuts.find({}).toArray();
    return new Map(
      docs.map((d) => [d._id, { factor: d.factor, cutAt: d.cut_at, pausedUntil: d.paused_until }]),
    );
  }
}
