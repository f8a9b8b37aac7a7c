import type { Db } from 'mongodb';
import type { Evaluator, EvaluatorDefinition } from '../domain/evaluators.js';
import { BadRequestError, ConflictError, NotFoundError } from '../domain/errors.js';
import { isIdOf, newId, nowSeconds } from './ids.js';
import { isDuplicateKeyError } from './mongo.js';
import { refuseWhileLiveRunUses } from './runUsage.js';
import { ScopedCollection, toListPage, type ListQuery, type StoredDoc } from './scoped.js';

export interface EvaluatorDoc extends StoredDoc, EvaluatorDefinition {
  version: number;
  created_at: number;
  updated_at: number;
}

/** One version of an evaluator as it was, keyed `<project>/<evl_id>/v<n>`: results name the version that produced them. */
interface EvaluatorVersionDoc extends StoredDoc {
  evaluator_id: string;
  version: number;
  evaluator: Evaluator;
}

export const presentEvaluator = (doc: EvaluatorDoc): Evaluator => ({
  object: 'evaluator',
  id: doc.id,
  version: doc.version,
  type: doc.type,
  container_id: doc.container_id,
  name: doc.name,
  description: doc.description,
  judge_model: doc.judge_model,
  panel_models: doc.panel_models,
  panel_aggregate: doc.panel_aggregate,
  judge_prompt: doc.judge_prompt,
  code: doc.code,
  requirements: doc.requirements,
  threshold: doc.threshold,
  score_range: doc.score_range,
  mode: doc.mode,
  position_swap: doc.position_swap,
  api_type: doc.api_type,
  inference_params: doc.inference_params,
  grader: doc.grader,
  metadata: doc.metadata,
  created_at: doc.created_at,
  updated_at: doc.updated_at,
});

export function definitionOf(doc: EvaluatorDoc): EvaluatorDefinition {
  const {
    object: _o,
    id: _i,
    version: _v,
    created_at: _c,
    updated_at: _u,
    ...definition
  } = presentEvaluator(doc);
  return definition;
}

export async function ensureEvaluatorIndexes(db: Db): Promise<void> {
  // Names are unique per container; container-less evaluators share the `null` container.
  await db
    .collection('evaluators')
    .createIndex({ project_id: 1, container_id: 1, name: 1 }, { unique: true });
  await db.collection('evaluator_versions').createIndex({ project_id: 1, evaluator_id: 1, version: 1 });
}

export class EvaluatorStore {
  readonly docs: ScopedCollection<EvaluatorDoc>;
  private readonly versions: ScopedCollection<EvaluatorVersionDoc>;

  constructor(
    private readonly db: Db,
    readonly projectId: string,
  ) {
    this.docs = new ScopedCollection(db.collection<EvaluatorDoc>('evaluators'), projectId);
    this.versions = new ScopedCollection(db.collection<EvaluatorVersionDoc>('evaluator_versions'), projectId);
  }

  /**
   * By id, or by name: with a container, its evaluator of that name before a
   * container-less one (how a run names its evaluators); without, the only
   * evaluator of that name in the project (400 when several containers have one).
   */
  async find(idOrName: string, containerId?: string | null): Promise<EvaluatorDoc | null> {
    if (isIdOf('evaluator', idOrName)) return this.docs.get(idOrName);
    if (containerId !== undefined) {
      const own = await this.docs.findOne({ name: idOrName, container_id: containerId });
      if (own || containerId === null) return own;
      return this.docs.findOne({ name: idOrName, container_id: null });
    }
    const matches = await this.docs.findMany({ name: idOrName }, 2);
    if (matches.length > 1) {
      throw new BadRequestError(
        'ambiguous_evaluator_name',
        `Several containers have an evaluator named '${idOrName}'; use its id, or add ?container=<id or label>.`,
      );
    }
    return matches[0] ?? null;
  }

  async require(idOrName: string, containerId?: string | null): Promise<EvaluatorDoc> {
    const doc = await this.find(idOrName, containerId);
    if (!doc) throw new NotFoundError('evaluator', idOrName);
    return doc;
  }

  async create(definition: EvaluatorDefinition): Promise<EvaluatorDoc> {
    const now = nowSeconds();
    let doc: EvaluatorDoc;
    try {
      doc = await this.docs.insert({
        id: newId('evaluator'),
        version: 1,
        ...definition,
        created_at: now,
        updated_at: now,
      });
    } catch (error) {
      if (isDuplicateKeyError(error)) throw nameTaken(definition.name);
      throw error;
    }
    await this.saveVersion(doc);
    return doc;
  }

  /**
   * Writes `definition` as the next version. The update is conditional on the version
   * read, so of two concurrent patches on MongoDB one gets a 409 instead of silently
   * undoing the other (FerretDB does not check the condition atomically; there the
   * last write wins and its snapshot is the one kept for that version number).
   */
  async update(current: EvaluatorDoc, definition: EvaluatorDefinition): Promise<EvaluatorDoc> {
    const next: EvaluatorDoc = {
      ...current,
      ...definition,
      version: current.version + 1,
      updated_at: nowSeconds(),
    };
    let matched: number;
    try {
      const result = await this.docs.collection.updateOne(
        { _id: current._id, version: current.version },
        { $set: { ...definition, version: next.version, updated_at: next.updated_at } },
      );
      matched = result.matchedCount;
    } catch (error) {
      if (isDuplicateKeyError(error)) throw nameTaken(definition.name);
      throw error;
    }
    if (matched === 0) {
      throw new ConflictError(
        'evaluator_modified',
        'This evaluator was changed (or deleted) by another request meanwhile; fetch it and retry.',
      );
    }
    await this.saveVersion(next);
    return next;
  }

  /** A version as it was; the current one also when its snapshot was never written (a crash in between). */
  async getVersion(evaluatorId: string, version: number): Promise<Evaluator | null> {
    const stored = await this.versions.get(`${evaluatorId}/v${version}`);
    if (stored) return stored.evaluator;
    const current = await this.docs.get(evaluatorId);
    return current?.version === version ? presentEvaluator(current) : null;
  }

  /** Versions stay after a delete: results of past runs still name them. */
  async delete(idOrName: string, containerId?: string | null): Promise<EvaluatorDoc> {
    const doc = await this.require(idOrName, containerId);
    await refuseWhileLiveRunUses(this.db, this.projectId, { evaluatorId: doc.id }, 'evaluator');
    await this.docs.delete(doc.id);
    return doc;
  }

  async list(containerId: string | undefined, query: ListQuery) {
    const filter = containerId === undefined ? {} : { container_id: containerId };
    return toListPage(await this.docs.list(filter, query), presentEvaluator);
  }

  countInContainer(containerId: string): Promise<number> {
    return this.docs.count({ container_id: containerId });
  }

  /** Replaced, not inserted: writing the same version twice (a retry) is harmless. */
  private async saveVersion(doc: EvaluatorDoc): Promise<void> {
    const id = `${doc.id}/v${doc.version}`;
    await this.versions.collection.replaceOne(
      { _id: this.versions.key(id) },
      {
        id,
        project_id: this.projectId,
        evaluator_id: doc.id,
        version: doc.version,
        evaluator: presentEvaluator(doc),
      },
      { upsert: true },
    );
  }
}

const nameTaken = (name: string) =>
  new ConflictError('name_taken', `An evaluator named '${name}' already exists in this container.`, {
    param: 'name',
  });
