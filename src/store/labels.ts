import type { Collection, Db } from 'mongodb';
import type { HumanLabel, HumanLabelInput } from '../domain/labels.js';
import { nowSeconds } from './ids.js';

export const HUMAN_LABELS_COLLECTION = 'human_labels';
const WRITE_CONCURRENCY = 16;

/**
 * One person's label of one item for one evaluator, keyed `<project>/<evaluator>/<item>`: labelling
 * the same item again replaces the label (idempotent), and a label can never name another project.
 * Label sets are hundreds to thousands per evaluator, so reading an evaluator's labels with a
 * filter (a scan of this collection on FerretDB) stays small next to a run's results.
 */
interface HumanLabelDoc {
  _id: string;
  project_id: string;
  evaluator_id: string;
  item_id: string;
  score: number | null;
  passed: boolean | null;
  updated_at: number;
  /**
   * The dataset or container whose upload gave the label (absent for labels given through the
   * labels endpoint): deleting it deletes the labels it brought, as deleting the evaluator does.
   */
  source_id?: string;
}

export async function ensureHumanLabelIndexes(db: Db): Promise<void> {
  await db.collection(HUMAN_LABELS_COLLECTION).createIndex({ project_id: 1, evaluator_id: 1, item_id: 1 });
  await db.collection(HUMAN_LABELS_COLLECTION).createIndex({ project_id: 1, source_id: 1 });
}

const present = (doc: HumanLabelDoc): HumanLabel => ({
  object: 'evaluator.label',
  evaluator_id: doc.evaluator_id,
  item_id: doc.item_id,
  score: doc.score,
  passed: doc.passed,
  updated_at: doc.updated_at,
});

export class HumanLabelStore {
  private readonly collection: Collection<HumanLabelDoc>;

  constructor(
    db: Db,
    readonly projectId: string,
  ) {
    this.collection = db.collection<HumanLabelDoc>(HUMAN_LABELS_COLLECTION);
  }

  /**
   * Writes every label, replacing earlier ones of the same items: `_id` upserts, a few at a time
   * (FerretDB answers `_id` equality from its index; its bulk write support is partial).
   * `sourceId`: the dataset or container uploading them. Relabelling through the endpoint keeps
   * an uploaded label's source (`$set` leaves it), so the label still goes with its upload's owner.
   */
  async put(evaluatorId: string, labels: readonly HumanLabelInput[], sourceId?: string): Promise<number> {
    const updatedAt = nowSeconds();
    const docs = labels.map((label): HumanLabelDoc => ({
      _id: `${this.projectId}/${evaluatorId}/${label.item_id}`,
      project_id: this.projectId,
      evaluator_id: evaluatorId,
      item_id: label.item_id,
      score: label.score ?? null,
      passed: label.passed ?? null,
      updated_at: updatedAt,
      ...(sourceId === undefined ? {} : { source_id: sourceId }),
    }));
    for (let start = 0; start < docs.length; start += WRITE_CONCURRENCY) {
      await Promise.all(
        docs
          .slice(start, start + WRITE_CONCURRENCY)
          .map(({ _id, ...fields }) =>
            this.collection.updateOne({ _id }, { $set: fields }, { upsert: true }),
          ),
      );
    }
    return docs.length;
  }

  /** The evaluator's labels by item id. */
  async forEvaluator(evaluatorId: string): Promise<Map<string, HumanLabel>> {
    const docs = await this.collection
      .find({ project_id: this.projectId, evaluator_id: evaluatorId })
      .sort({ _id: 1 })
      .toArray();
    return new Map(docs.map((doc) => [doc.item_id, present(doc)]));
  }

  /** An evaluator's labels go with it: deleted means deleted. */
  async deleteForEvaluator(evaluatorId: string): Promise<void> {
    await this.collection.deleteMany({ project_id: this.projectId, evaluator_id: evaluatorId });
  }

  /** The labels a deleted dataset's or container's uploads gave (a store job, after its items or logs). */
  async deleteForSource(sourceId: string): Promise<void> {
    await this.collection.deleteMany({ project_id: this.projectId, source_id: sourceId });
  }
}
