import { forgetProjectAnswers } from './projectAnswers.js';
import type { Db } from 'mongodb';
import type { Container, ContainerCreate, ContainerPatch } from '../domain/containers.js';
import { ConflictError, NotFoundError } from '../domain/errors.js';
import { isIdOf, newId, nowSeconds } from './ids.js';
import { isDuplicateKeyError } from './mongo.js';
import { DELETE_ANSWER_BUDGET_MS, type StoreJobQueue } from './storeJobQueue.js';
import { refuseWhileLiveRunUses } from './runUsage.js';
import { ScopedCollection, toListPage, type ListQuery, type StoredDoc } from './scoped.js';

export interface ContainerDoc extends StoredDoc {
  label: string;
  name: string | null;
  description: string | null;
  metadata: Record<string, string>;
  created_at: number;
  updated_at: number;
}

export const presentContainer = (doc: ContainerDoc): Container => ({
  object: 'container',
  id: doc.id,
  label: doc.label,
  name: doc.name,
  description: doc.description,
  metadata: doc.metadata,
  created_at: doc.created_at,
  updated_at: doc.updated_at,
});

export async function ensureContainerIndexes(db: Db): Promise<void> {
  await db.collection('containers').createIndex({ project_id: 1, label: 1 }, { unique: true });
}

/** What else holds a container's data; the project store provides all three. */
export interface ContainerDependents {
  logs: { deleteForContainer(containerId: string): Promise<unknown> };
  evaluators: { countInContainer(containerId: string): Promise<number> };
  datasets: { detachContainer(containerId: string): Promise<unknown> };
}

export class ContainerStore {
  readonly docs: ScopedCollection<ContainerDoc>;

  constructor(
    private readonly db: Db,
    private readonly projectId: string,
    private readonly jobs: StoreJobQueue,
  ) {
    this.docs = new ScopedCollection(db.collection<ContainerDoc>('containers'), projectId);
  }

  /** Containers are addressed by id or by label everywhere. */
  async find(idOrLabel: string): Promise<ContainerDoc | null> {
    return isIdOf('container', idOrLabel)
      ? this.docs.get(idOrLabel)
      : this.docs.findOne({ label: idOrLabel });
  }

  async require(idOrLabel: string): Promise<ContainerDoc> {
    const doc = await this.find(idOrLabel);
    if (!doc) throw new NotFoundError('container', idOrLabel);
    return doc;
  }

  async create(input: ContainerCreate): Promise<ContainerDoc> {
    const now = nowSeconds();
    try {
      const doc = await this.docs.insert({
        id: newId('container'),
        label: input.label,
        name: input.name ?? null,
        description: input.description ?? null,
        metadata: input.metadata ?? {},
        created_at: now,
        updated_at: now,
      });
      return doc;
    } catch (error) {
      if (isDuplicateKeyError(error)) throw labelTaken(input.label);
      throw error;
    }
  }

  async patch(idOrLabel: string, patch: ContainerPatch): Promise<ContainerDoc> {
    const current = await this.require(idOrLabel);
    try {
      const updated = await this.docs.update(current.id, { $set: { ...patch, updated_at: nowSeconds() } });
      if (!updated) throw new NotFoundError('container', idOrLabel);
      return updated;
    } catch (error) {
      if (isDuplicateKeyError(error)) throw labelTaken(patch.label ?? current.label);
      throw error;
    }
  }

  /**
   * Deletes a container with its task logs; its datasets stay, detached. Refused
   * while a live run uses it, or while evaluators belong to it (deleting them along
   * would be a surprise). The container goes first — its logs are invisible from
   * then on (every read goes through it) — and its logs after, as a store job: the
   * answer does not wait for 100,000 deletes, and a job cut short is resumed.
   */
  async delete(idOrLabel: string, dependents: ContainerDependents): Promise<ContainerDoc> {
    const doc = await this.require(idOrLabel);
    await refuseWhileLiveRunUses(this.db, this.projectId, { containerId: doc.id }, 'container');
    const evaluators = await dependents.evaluators.countInContainer(doc.id);
    if (evaluators > 0) {
      throw new ConflictError(
        'container_has_evaluators',
        `${evaluators} evaluator(s) belong to this container; delete them (or move them with PATCH) first.`,
      );
    }
    await this.jobs.enqueue({ kind: 'delete_container_logs', project_id: this.projectId, target_id: doc.id });
    await dependents.datasets.detachContainer(doc.id);
    await this.docs.delete(doc.id);
    // Answers to prompts made of its task logs may quote them (see projectAnswers.ts).
    await forgetProjectAnswers(this.db, this.projectId);
    await this.jobs.runFor(DELETE_ANSWER_BUDGET_MS);
    return doc;
  }

  async list(query: ListQuery) {
    return toListPage(await this.docs.list({}, query), presentContainer);
  }
}

const labelTaken = (label: string) =>
  new ConflictError('label_taken', `A container labelled '${label}' already exists in this project.`, {
    param: 'label',
  });
