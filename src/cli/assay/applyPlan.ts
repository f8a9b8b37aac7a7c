import type { AssayClient, Container, Dataset } from '../../client/index.js';
import { stableJson } from '../../domain/stableJson.js';
import { idFromCaller } from '../../store/ids.js';
import { unwrap } from './api.js';
import { UsageError } from './exitCodes.js';
import { readDatasetFile, type LoadedAssayFile } from './assayFile.js';
import { listAll } from './listAll.js';
import { planMonitors } from './applyMonitors.js';
import type { ChangeKind, PlannedChange } from './plannedChange.js';

export type { ChangeKind, PlannedChange } from './plannedChange.js';

const byId = (id: string) => ({ params: { path: { id } } });

/** Declared fields that differ from the server's resource (fields not declared are left as they are). */
function changedFields(declared: Record<string, unknown>, current: Record<string, unknown>, skip: string[]) {
  return Object.keys(declared).filter(
    (key) =>
      !skip.includes(key) &&
      declared[key] !== undefined &&
      stableJson(declared[key]) !== stableJson(current[key] ?? null),
  );
}

const pick = (source: Record<string, unknown>, keys: string[]) =>
  Object.fromEntries(keys.map((k) => [k, source[k]]));

/**
 * What `assay apply` would do: compares the file with the project's resources. It
 * writes nothing; each change carries the call that makes it. Containers come
 * first, then evaluators and datasets (which refer to containers), then monitors
 * (which refer to evaluators), deletions last and only with `prune`.
 */
export async function planApply(
  client: AssayClient,
  loaded: LoadedAssayFile,
  options: { prune: boolean },
): Promise<PlannedChange[]> {
  const { spec } = loaded;
  const [containers, evaluators, datasets, monitors] = await Promise.all([
    listAll(client, '/v1/containers'),
    listAll(client, '/v1/evaluators'),
    listAll(client, '/v1/datasets'),
    listAll(client, '/v1/monitors'),
  ]);
  const containerByRef = new Map<string, Container>();
  for (const c of containers) containerByRef.set(c.label, c).set(c.id, c);
  const changes: PlannedChange[] = [];

  for (const declared of spec.containers) {
    const current = containerByRef.get(declared.label);
    if (!current) {
      changes.push({
        kind: 'create',
        resource: 'container',
        name: declared.label,
        detail: '',
        execute: async (c) => (await unwrap(c.POST('/v1/containers', { body: declared }))).id,
      });
      continue;
    }
    const fields = changedFields(declared, current, ['label']);
    changes.push(
      fields.length === 0
        ? { kind: 'unchanged', resource: 'container', name: declared.label, detail: '' }
        : {
            kind: 'update',
            resource: 'container',
            name: declared.label,
            detail: fields.join(', '),
            execute: async (c) =>
              (
                await unwrap(
                  c.PATCH('/v1/containers/{id}', { ...byId(current.id), body: pick(declared, fields) }),
                )
              ).id,
          },
    );
  }

  const evaluatorKey = (containerId: string | null, name: string) => `${containerId ?? ''}/${name}`;
  const evaluatorByKey = new Map(evaluators.map((e) => [evaluatorKey(e.container_id, e.name), e]));
  const declaredEvaluators = new Set<string>();
  const updatedEvaluators = new Set<string>();
  for (const declared of spec.evaluators) {
    const containerId = declared.container ? (containerByRef.get(declared.container)?.id ?? null) : null;
    const current =
      declared.container && !containerId
        ? undefined
        : evaluatorByKey.get(evaluatorKey(containerId, declared.name));
    if (current) declaredEvaluators.add(current.id);
    if (!current) {
      changes.push({
        kind: 'create',
        resource: 'evaluator',
        name: declared.name,
        detail: `${declared.type}, version 1`,
        execute: async (c) => (await unwrap(c.POST('/v1/evaluators', { body: declared }))).id,
      });
      continue;
    }
    if (current.type !== declared.type) {
      throw new UsageError(
        `evaluator ${declared.name}: its type cannot change (${current.type} → ${declared.type}); delete it or give the new one another name`,
      );
    }
    const fields = changedFields(declared, current, ['container', 'type', 'name']);
    if (fields.length > 0) updatedEvaluators.add(current.id);
    changes.push(
      fields.length === 0
        ? {
            kind: 'unchanged',
            resource: 'evaluator',
            name: declared.name,
            detail: `version ${current.version}`,
          }
        : {
            kind: 'update',
            resource: 'evaluator',
            name: declared.name,
            detail: `${fields.join(', ')} → version ${current.version + 1}`,
            execute: async (c) =>
              (
                await unwrap(
                  c.PATCH('/v1/evaluators/{id}', { ...byId(current.id), body: pick(declared, fields) }),
                )
              ).id,
          },
    );
  }

  const datasetByName = new Map(datasets.map((d) => [d.name, d]));
  for (const declared of spec.datasets) {
    const items = readDatasetFile(loaded, declared);
    const current = datasetByName.get(declared.name);
    const { file: _file, ...body } = declared;
    if (!current) {
      changes.push({
        kind: 'create',
        resource: 'dataset',
        name: declared.name,
        detail: `${items.length} items from ${declared.file}`,
        execute: async (c) => {
          const created = await unwrap(c.POST('/v1/datasets', { body }));
          await pushItems(
            c,
            created,
            items.map((i) => i.text),
          );
          return created.id;
        },
      });
      continue;
    }
    const present = await datasetItemIds(client, current.id);
    // The API prefixes a caller's item id (q1 → dsi_q1); the same function says how.
    const missing = items.filter((i) => !present.has(idFromCaller('datasetItem', i.value.id)));
    changes.push(
      missing.length === 0
        ? {
            kind: 'unchanged',
            resource: 'dataset',
            name: declared.name,
            detail: `${current.item_count} items`,
          }
        : {
            kind: 'update',
            resource: 'dataset',
            name: declared.name,
            detail: `${missing.length} new items`,
            execute: async (c) => {
              await pushItems(
                c,
                current,
                missing.map((i) => i.text),
              );
              return current.id;
            },
          },
    );
  }

  changes.push(...planMonitors(spec.monitors, monitors, containerByRef, evaluators, updatedEvaluators));

  if (options.prune) {
    const keepContainers = new Set(spec.containers.map((c) => containerByRef.get(c.label)?.id));
    const keepDatasets = new Set(spec.datasets.map((d) => d.name));
    const remove = (
      resource: PlannedChange['resource'],
      name: string,
      path: string,
      id: string,
    ): PlannedChange => ({
      kind: 'delete',
      resource,
      name,
      detail: '',
      execute: async (c) => {
        await unwrap(c.DELETE(path as '/v1/containers/{id}', byId(id)));
        return id;
      },
    });
    const keepMonitors = new Set(
      spec.monitors.map((m) => `${containerByRef.get(m.container)?.id ?? ''}/${m.name}`),
    );
    for (const m of monitors)
      if (!keepMonitors.has(`${m.container_id}/${m.name}`))
        changes.push(remove('monitor', m.name, '/v1/monitors/{id}', m.id));
    for (const e of evaluators)
      if (!declaredEvaluators.has(e.id))
        changes.push(remove('evaluator', e.name, '/v1/evaluators/{id}', e.id));
    for (const d of datasets)
      if (!keepDatasets.has(d.name)) changes.push(remove('dataset', d.name, '/v1/datasets/{id}', d.id));
    for (const c of containers)
      if (!keepContainers.has(c.id)) changes.push(remove('container', c.label, '/v1/containers/{id}', c.id));
  }
  return changes;
}

/** Ids already in a dataset, read page by page. */
async function datasetItemIds(client: AssayClient, datasetId: string): Promise<Set<string>> {
  const ids = new Set<string>();
  let after: string | undefined;
  for (;;) {
    const page = await unwrap(
      client.GET('/v1/datasets/{id}/items', {
        params: { path: { id: datasetId }, query: { limit: 100, after } },
      }),
    );
    for (const item of page.data) ids.add(item.id);
    if (!page.has_more || !page.last_id) return ids;
    after = page.last_id;
  }
}

/** One JSONL upload of the given lines: all or nothing on the server. */
async function pushItems(client: AssayClient, dataset: Dataset, lines: string[]): Promise<void> {
  if (lines.length === 0) return;
  await unwrap(
    client.POST('/v1/datasets/{id}/items', {
      ...byId(dataset.id),
      body: `${lines.join('\n')}\n` as never,
      bodySerializer: (body: unknown) => body as string,
      headers: { 'content-type': 'application/x-ndjson' },
    }),
  );
}

export const planSymbols: Record<ChangeKind, string> = {
  create: '+',
  update: '~',
  delete: '-',
  unchanged: '=',
};

export function summarizePlan(changes: PlannedChange[]) {
  const count = (kind: ChangeKind) => changes.filter((c) => c.kind === kind).length;
  return {
    create: count('create'),
    update: count('update'),
    delete: count('delete'),
    unchanged: count('unchanged'),
  };
}
