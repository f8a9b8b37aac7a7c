import type { Db } from 'mongodb';
import { ContainerStore, ensureContainerIndexes } from './containers.js';
import { KeyStore } from './keys.js';

/** The project-scoped stores a request may touch: built from the key's project, never from input. */
export interface ProjectStore {
  projectId: string;
  containers: ContainerStore;
}

export interface Store {
  db: Db;
  keys: KeyStore;
  forProject(projectId: string): ProjectStore;
  ensureIndexes(): Promise<void>;
}

export function createStore(db: Db): Store {
  const keys = new KeyStore(db);
  return {
    db,
    keys,
    forProject: (projectId) => ({
      projectId,
      containers: new ContainerStore(db, projectId),
    }),
    ensureIndexes: async () => {
      await keys.ensureIndexes();
      await ensureContainerIndexes(db);
    },
  };
}
