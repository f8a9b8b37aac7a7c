import type { Collection, Db } from 'mongodb';
import type { Logger } from '../platform/log.js';
import { DatasetStore } from './datasets.js';
import { HumanLabelStore } from './labels.js';
import { TaskLogStore } from './logs.js';
import { insertNew } from './mongo.js';
import { ResultIndex } from './resultIndex.js';
import { StoreJobLeases } from './storeJobLeases.js';
import { STORE_JOB_KINDS, type StoreJob, type StoreJobKind, type StoreJobQueue } from './storeJobQueue.js';

export const STORE_JOBS_COLLECTION = 'store_jobs';

export {
  DELETE_ANSWER_BUDGET_MS,
  type StoreJob,
  type StoreJobKind,
  type StoreJobQueue,
} from './storeJobQueue.js';

/**
 * Work on the store that must not hold up an answer: deleting the children of a
 * deleted dataset or container (100,000 items are minutes of `_id` deletes on
 * FerretDB), or sealing a big run's results index (its target is the run). The parent goes first, so nothing of it is visible any more; the job
 * document is written before it and removed when the children are gone, so a job
 * cut short by a crash is found and finished by the next process that starts.
 * The collection only ever holds unfinished jobs: reading it whole is cheap.
 */
interface StoreJobDoc {
  _id: string;
  kind: StoreJobKind;
  project_id: string;
  target_id: string;
  attempts: number;
  last_error: string | null;
  created_at: number;
}

export class StoreJobs implements StoreJobQueue {
  private readonly collection: Collection<StoreJobDoc>;
  private running: Promise<void> | null = null;
  private again = false;
  private readonly leases: StoreJobLeases;

  constructor(
    private readonly db: Db,
    private readonly logger?: Logger,
  ) {
    this.collection = db.collection<StoreJobDoc>(STORE_JOBS_COLLECTION);
    this.leases = new StoreJobLeases(db);
  }

  async enqueue(job: StoreJob): Promise<void> {
    await insertNew(this.collection, [
      {
        _id: `${job.kind}/${job.project_id}/${job.target_id}`,
        ...job,
        attempts: 0,
        last_error: null,
        created_at: Math.floor(Date.now() / 1000),
      },
    ]);
  }

  /** Runs the pending jobs in the background (a second kick while running runs them again after). */
  kick(): void {
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = this.runPending()
      .catch((error: unknown) =>
        this.logger?.warn({ err: error }, 'store jobs failed; retried on the next kick'),
      )
      .finally(() => {
        this.running = null;
        if (this.again) {
          this.again = false;
          this.kick();
        }
      });
  }

  /**
   * Kicks the jobs and waits for them up to `budgetMs`: a parent with few children
   * is answered with its children already gone, a big one promptly all the same.
   */
  async runFor(budgetMs: number): Promise<void> {
    this.kick();
    let timer: NodeJS.Timeout | undefined;
    const budget = new Promise<void>((resolve) => {
      timer = setTimeout(resolve, budgetMs);
    });
    await Promise.race([this.idle(), budget]).finally(() => clearTimeout(timer));
  }

  /** Resolves once the jobs running now (if any) are done: for tests and shutdown. */
  async idle(): Promise<void> {
    while (this.running) await this.running;
  }

  /** Unfinished jobs by kind (what a status check or a test asks). */
  /** Unfinished jobs by kind, for the backlog gauge (the collection holds only those: reading it is cheap). */
  async pendingByKind(): Promise<Record<string, number>> {
    const counts: Record<string, number> = Object.fromEntries(STORE_JOB_KINDS.map((kind) => [kind, 0]));
    for (const { kind } of await this.collection.find({}, { projection: { kind: 1 } }).toArray()) {
      counts[kind] = (counts[kind] ?? 0) + 1;
    }
    return counts;
  }

  async pending(kind?: StoreJobKind): Promise<StoreJob[]> {
    return this.collection.find(kind ? { kind } : {}).toArray();
  }

  /** Every pending job this process can take the lease of (one another process runs is left to it). */
  async runPending(): Promise<void> {
    for (const job of await this.collection.find({}).toArray()) {
      const lease = await this.leases.take(job._id);
      if (!lease) continue;
      try {
        await this.run(job);
        await this.collection.deleteOne({ _id: job._id });
      } catch (error) {
        await this.collection.updateOne(
          { _id: job._id },
          { $set: { attempts: job.attempts + 1, last_error: String(error) } },
        );
        throw error;
      } finally {
        await lease.release();
      }
    }
  }

  private async run(job: StoreJob): Promise<void> {
    const started = Date.now();
    switch (job.kind) {
      case 'delete_dataset_items':
        await new DatasetStore(this.db, job.project_id, this).deleteItemsOf(job.target_id);
        await new HumanLabelStore(this.db, job.project_id).deleteForSource(job.target_id);
        break;
      case 'delete_container_logs':
        await new TaskLogStore(this.db, job.project_id).deleteForContainer(job.target_id);
        await new HumanLabelStore(this.db, job.project_id).deleteForSource(job.target_id);
        break;
      case 'seal_results_index':
        // A big run's rest: its pages are read meanwhile (through its batch documents).
        await new ResultIndex(this.db).seal(job.project_id, job.target_id, { paced: true });
        break;
    }
    this.logger?.info({ job, ms: Date.now() - started }, 'store job done');
  }
}
