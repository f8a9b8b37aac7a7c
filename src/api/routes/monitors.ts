import { scoreRangeOf } from '../../domain/evaluators.js';
import { z } from 'zod';
import { deletedSchema, listOf, listQuerySchema } from '../../domain/common.js';
import {
  monitorAlertListQuerySchema,
  monitorAlertSchema,
  monitorBackfillSchema,
  monitorCreateSchema,
  monitorMetricsQuerySchema,
  monitorMetricsSchema,
  monitorPatchSchema,
  monitorSchema,
} from '../../domain/monitors.js';
import { nowSeconds } from '../../store/ids.js';
import { presentMonitor } from '../../store/monitors.js';
import { runSchema } from '../../domain/runs.js';
import { presentRun } from '../../store/runs.js';
import { createRun } from '../runs/createRun.js';
import { backfillRunRequest } from '../monitors/monitorBackfill.js';
import { resolveMonitorDefinition } from '../monitors/monitorDefinition.js';
import { monitorMetrics } from '../monitors/monitorMetrics.js';
import { startMonitorWorkflow, stopMonitorWorkflow } from '../monitors/monitorWorkflow.js';
import { route } from '../route.js';
import { chars } from '../../domain/textLength.js';

const tag = 'Monitors';
const monitorId = z.object({ id: chars(200, 1) }).strict();

/** Continuous evaluation: a container's incoming logs sampled and scored as they arrive. */
export const monitorRoutes = [
  route({
    method: 'post',
    path: '/v1/monitors',
    summary: "Create a monitor: its evaluators score a sample of the container's logs from now on",
    tag,
    scope: 'write',
    body: monitorCreateSchema,
    response: monitorSchema,
    status: 201,
    errors: [404, 422],
    handler: async ({ body, store, app }) => {
      const container = await store.containers.require(body.container);
      const definition = await resolveMonitorDefinition(store, container.id, body);
      const monitor = await store.monitors.create(container.id, definition, nowSeconds());
      await startMonitorWorkflow(app.temporal, app.env, monitor);
      return presentMonitor(monitor);
    },
  }),
  route({
    method: 'get',
    path: '/v1/monitors',
    summary: 'List monitors',
    tag,
    scope: 'read',
    query: listQuerySchema,
    response: listOf(monitorSchema),
    errors: [422],
    handler: ({ query, store }) => store.monitors.list(query),
  }),
  route({
    method: 'get',
    path: '/v1/monitors/:id',
    summary: 'Get a monitor, with its progress (backlog, results, spend today)',
    tag,
    scope: 'read',
    params: monitorId,
    response: monitorSchema,
    errors: [404],
    handler: async ({ params, store }) => presentMonitor(await store.monitors.require(params.id)),
  }),
  route({
    method: 'patch',
    path: '/v1/monitors/:id',
    summary: 'Change a monitor (a new version; logs scored before keep their results)',
    tag,
    scope: 'write',
    params: monitorId,
    body: monitorPatchSchema,
    response: monitorSchema,
    errors: [404, 422],
    handler: async ({ params, body, store }) => {
      const current = await store.monitors.require(params.id);
      const definition = await resolveMonitorDefinition(store, current.container_id, {
        name: body.name ?? current.name,
        evaluators: body.evaluators ?? current.evaluators.map((e) => e.id),
        sampling_rate: body.sampling_rate ?? current.sampling_rate,
        filters: body.filters ?? current.filters,
        daily_budget_usd:
          body.daily_budget_usd === undefined ? current.daily_budget_usd : body.daily_budget_usd,
        alert_rules: body.alert_rules ?? current.alert_rules,
      });
      return presentMonitor(await store.monitors.update(current, definition, nowSeconds()));
    },
  }),
  route({
    method: 'post',
    path: '/v1/monitors/:id/pause',
    summary: 'Pause a monitor: logs keep arriving and wait in its backlog',
    tag,
    scope: 'write',
    params: monitorId,
    response: monitorSchema,
    status: 200,
    errors: [404],
    handler: async ({ params, store }) => {
      await store.monitors.require(params.id);
      return presentMonitor(await store.monitors.setStatus(params.id, 'paused', nowSeconds()));
    },
  }),
  route({
    method: 'post',
    path: '/v1/monitors/:id/resume',
    summary: 'Resume a paused monitor: its backlog is scored first',
    tag,
    scope: 'write',
    params: monitorId,
    response: monitorSchema,
    status: 200,
    errors: [404],
    handler: async ({ params, store, app }) => {
      await store.monitors.require(params.id);
      const monitor = await store.monitors.setStatus(params.id, 'active', nowSeconds());
      await startMonitorWorkflow(app.temporal, app.env, monitor);
      return presentMonitor(monitor);
    },
  }),
  route({
    method: 'delete',
    path: '/v1/monitors/:id',
    summary: 'Delete a monitor with its results, metrics and alerts',
    tag,
    scope: 'write',
    params: monitorId,
    response: deletedSchema('monitor'),
    errors: [404],
    handler: async ({ params, store, app }) => {
      await store.monitors.require(params.id);
      await stopMonitorWorkflow(app.temporal, store.projectId, params.id);
      await store.monitors.docs.delete(params.id);
      await store.monitors.alerts.deleteMany({ monitor_id: params.id });
      await store.monitorData.deleteMonitor(params.id);
      return { object: 'monitor' as const, id: params.id, deleted: true as const };
    },
  }),
  route({
    method: 'get',
    path: '/v1/monitors/:id/metrics',
    summary: 'Per evaluator and hour or day: count, mean and pass rate with 95% intervals, errors, spend',
    tag,
    scope: 'read',
    params: monitorId,
    query: monitorMetricsQuerySchema,
    response: monitorMetricsSchema,
    errors: [404, 422],
    handler: async ({ params, query, store }) => {
      const monitor = await store.monitors.require(params.id);
      const ranges = new Map(monitor.evaluators.map((e) => [e.id, scoreRangeOf(e)]));
      return monitorMetrics(store.monitorData, params.id, query, ranges);
    },
  }),
  route({
    method: 'get',
    path: '/v1/monitors/:id/alerts',
    summary: "A monitor's alerts, newest first, each with the window that fired (and resolved) it",
    tag,
    scope: 'read',
    params: monitorId,
    query: monitorAlertListQuerySchema,
    response: listOf(monitorAlertSchema),
    errors: [404, 422],
    handler: async ({ params, query, store }) => {
      await store.monitors.require(params.id);
      return store.monitors.listAlerts(params.id, query);
    },
  }),
  route({
    method: 'post',
    path: '/v1/monitors/:id/backfill',
    summary:
      'Backfill a time range: an ordinary evaluation run over the logs the monitor picks there (its filters and sampling), metadata.monitor_id naming it',
    tag,
    scope: 'write',
    params: monitorId,
    body: monitorBackfillSchema,
    response: runSchema,
    status: 201,
    errors: [404, 409, 422],
    handler: async ({ params, body, store, app }) => {
      const monitor = await store.monitors.require(params.id);
      const ctx = { store, env: app.env, providers: app.providers, temporal: app.temporal };
      const created = await createRun(ctx, backfillRunRequest(monitor, body));
      return presentRun(created.run);
    },
  }),
];
