import { createHash, randomBytes } from 'node:crypto';
import type { Db } from 'mongodb';
import type { ListPage } from '../domain/common.js';
import type { ApiKey, KeyScope } from '../domain/keys.js';
import { newId, nowSeconds } from './ids.js';
import { isDuplicateKeyError } from './mongo.js';
import { listPage, toListPage, type ListQuery } from './scoped.js';

export { keyScopes, type KeyScope } from '../domain/keys.js';

/** `admin` implies `write`, which implies `read`. */
export function scopeAllows(granted: readonly KeyScope[], needed: KeyScope): boolean {
  const rank = { read: 0, write: 1, admin: 2 };
  return granted.some((s) => rank[s] >= rank[needed]);
}

interface ProjectDoc {
  _id: string;
  name: string;
  created_at: number;
}

/** Stored by the key's hash so a look-up is an `_id` equality; the key itself is never stored. */
interface ApiKeyDoc {
  _id: string;
  key_id: string;
  project_id: string;
  name: string;
  scopes: KeyScope[];
  /** First characters, to recognise a key in listings without revealing it. */
  prefix: string;
  created_at: number;
  revoked_at: number | null;
}

export interface ApiKeyInfo {
  id: string;
  project_id: string;
  project_name: string;
  name: string;
  scopes: KeyScope[];
  prefix: string;
  created_at: number;
  revoked_at: number | null;
}

export interface AuthenticatedKey {
  keyId: string;
  projectId: string;
  scopes: KeyScope[];
}

const KEY_PREFIX = 'assay_sk_';
export { apiKeyPattern } from '../domain/keys.js';

export const hashKey = (key: string) => createHash('sha256').update(key).digest('hex');

export class KeyStore {
  private readonly projects;
  private readonly keys;

  constructor(db: Db) {
    this.projects = db.collection<ProjectDoc>('projects');
    this.keys = db.collection<ApiKeyDoc>('api_keys');
  }

  async ensureIndexes(): Promise<void> {
    await this.projects.createIndex({ name: 1 }, { unique: true });
    await this.keys.createIndex({ key_id: 1 }, { unique: true });
    await this.keys.createIndex({ project_id: 1, key_id: -1 });
  }

  /** Finds a project by name, creating it on first use (projects are cheap tenancy boundaries). */
  async ensureProject(name: string): Promise<ProjectDoc> {
    const existing = await this.projects.findOne({ name });
    if (existing) return existing;
    const doc = { _id: newId('project'), name, created_at: nowSeconds() };
    try {
      await this.projects.insertOne(doc);
      return doc;
    } catch (error) {
      if (!isDuplicateKeyError(error)) throw error;
      return (await this.projects.findOne({ name }))!;
    }
  }

  /** Creates a key and returns it in clear text: the only time it is ever visible. */
  async createKey(
    projectName: string,
    name: string,
    scopes: KeyScope[],
  ): Promise<{ key: string; info: ApiKeyInfo }> {
    return this.generateKey(await this.ensureProject(projectName), name, scopes);
  }

  /** `createKey` for a project known by id (the API creates keys in the caller's own project). */
  async createProjectKey(
    projectId: string,
    name: string,
    scopes: KeyScope[],
  ): Promise<{ key: string; info: ApiKeyInfo }> {
    const project = await this.projects.findOne({ _id: projectId });
    if (!project) throw new Error(`project ${projectId} does not exist`);
    return this.generateKey(project, name, scopes);
  }

  private async generateKey(project: ProjectDoc, name: string, scopes: KeyScope[]) {
    const key = KEY_PREFIX + randomBytes(32).toString('base64url');
    return { key, info: await this.storeKey(key, project, name, scopes) };
  }

  /** Stores a key chosen by the operator (the bootstrap key); idempotent. */
  async importKey(key: string, projectName: string, name: string, scopes: KeyScope[]): Promise<ApiKeyInfo> {
    const existing = await this.keys.findOne({ _id: hashKey(key) });
    if (existing) return this.present(existing);
    return this.storeKey(key, await this.ensureProject(projectName), name, scopes);
  }

  private async storeKey(
    key: string,
    project: ProjectDoc,
    name: string,
    scopes: KeyScope[],
  ): Promise<ApiKeyInfo> {
    const doc: ApiKeyDoc = {
      _id: hashKey(key),
      key_id: newId('key'),
      project_id: project._id,
      name,
      scopes,
      prefix: key.slice(0, KEY_PREFIX.length + 6),
      created_at: nowSeconds(),
      revoked_at: null,
    };
    await this.keys.insertOne(doc);
    return this.present(doc);
  }

  async authenticate(key: string): Promise<AuthenticatedKey | null> {
    const doc = await this.keys.findOne({ _id: hashKey(key) });
    if (!doc || doc.revoked_at !== null) return null;
    return { keyId: doc.key_id, projectId: doc.project_id, scopes: doc.scopes };
  }

  /** Every key, or a project's (none for an unknown project: listing must not create it). */
  async listKeys(projectName?: string): Promise<ApiKeyInfo[]> {
    let filter = {};
    if (projectName) {
      const project = await this.projects.findOne({ name: projectName });
      if (!project) return [];
      filter = { project_id: project._id };
    }
    const docs = await this.keys.find(filter).sort({ created_at: 1 }).toArray();
    return Promise.all(docs.map((d) => this.present(d)));
  }

  async revokeKey(keyId: string): Promise<boolean> {
    const result = await this.keys.updateOne(
      { key_id: keyId, revoked_at: null },
      { $set: { revoked_at: nowSeconds() } },
    );
    return result.modifiedCount === 1;
  }

  /** One project's keys, newest first, paged like every list. */
  async listProjectKeys(projectId: string, query: ListQuery): Promise<ListPage<ApiKey>> {
    const page = await listPage(
      this.keys,
      { project_id: projectId },
      query,
      { field: 'key_id', descending: true },
      (id) => this.keys.findOne({ project_id: projectId, key_id: id }),
    );
    const project = await this.projects.findOne({ _id: projectId });
    return toListPage(page, (doc) => presentApiKey(this.info(doc, project?.name)));
  }

  /** Revokes a key of this project; revoking twice keeps the first time. Null: no such key here. */
  async revokeProjectKey(projectId: string, keyId: string): Promise<ApiKeyInfo | null> {
    await this.keys.updateOne(
      { project_id: projectId, key_id: keyId, revoked_at: null },
      { $set: { revoked_at: nowSeconds() } },
    );
    const doc = await this.keys.findOne({ project_id: projectId, key_id: keyId });
    return doc ? this.present(doc) : null;
  }

  /** One key of this project, with its project's name; null when there is no such key here. */
  async findProjectKey(projectId: string, keyId: string): Promise<ApiKeyInfo | null> {
    const doc = await this.keys.findOne({ project_id: projectId, key_id: keyId });
    return doc ? this.present(doc) : null;
  }

  private async present(doc: ApiKeyDoc): Promise<ApiKeyInfo> {
    const project = await this.projects.findOne({ _id: doc.project_id });
    return this.info(doc, project?.name);
  }

  private info(doc: ApiKeyDoc, projectName = '?'): ApiKeyInfo {
    return {
      id: doc.key_id,
      project_id: doc.project_id,
      project_name: projectName,
      name: doc.name,
      scopes: doc.scopes,
      prefix: doc.prefix,
      created_at: doc.created_at,
      revoked_at: doc.revoked_at,
    };
  }
}

export const presentApiKey = (info: ApiKeyInfo): ApiKey => ({
  object: 'api_key',
  id: info.id,
  name: info.name,
  scopes: info.scopes,
  prefix: info.prefix,
  created_at: info.created_at,
  revoked_at: info.revoked_at,
});
