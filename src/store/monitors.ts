import type { Db } from 'mongodb';
import type { Evaluator } from '../domain/evaluators.js';
import type {
  AlertRule,
  AlertWindow,
  Monitor,
  MonitorAlert,
  MonitorFilters,
  MonitorProgress,
} from '../domain/monitors.js';
import { NotFoundError } from '../domain/errors.js';
import { newId } from './ids.js';
import { insertNew } from './mongo.js';
import { ScopedCollection, toListPage, type ListQuery, type StoredDoc } from './scoped.js';

/** Where the monitor has read to: logs are taken in (ingested_at, id) order, strictly after this. */
export interface MonitorCursor {
  ingested_at: number;
  id: string;
}

export interface MonitorDoc extends StoredDoc {
  container_id: string;
  name: string;
  version: number;
  status: 'active' | 'paused';
  /** Snapshots, like a run's: a later change of an evaluator takes a new monitor version to apply. */
  evaluators: Evaluator[];
  sampling_rate: number;
  filters: MonitorFilters;
  daily_budget_usd: number | null;
  alert_rules: AlertRule[];
  cursor: MonitorCursor;
  progress: MonitorProgress;
  /** Per rule (by index): how many alerts it fired, and the open one's id. */
  rule_states: { fired: number; open: string | null }[];
  created_at: number;
  updated_at: number;
}

export type MonitorDefinition = Pick<
  MonitorDoc,
  'name' | 'evaluators' | 'sampling_rate' | 'filters' | 'daily_budget_usd' | 'alert_rules'
>;

export const presentMonitor = (doc: MonitorDoc): Monitor => ({
  object: 'monitor',
  id: doc.id,
  container_id: doc.container_id,
  name: doc.name,
  version: doc.version,
  status: doc.status,
  evaluators: doc.evaluators.map((e) => ({ id: e.id, name: e.name, version: e.version })),
  sampling_rate: doc.sampling_rate,
  filters: doc.filters,
  daily_budget_usd: doc.daily_budget_usd,
  alert_rules: doc.alert_rules,
  progress: doc.progress,
  created_at: doc.created_at,
  updated_at: doc.updated_at,
});

export interface MonitorAlertDoc extends StoredDoc, Omit<MonitorAlert, 'object' | 'id'> {}

export const presentAlert = ({ _id: _i, project_id: _p, ...doc }: MonitorAlertDoc): MonitorAlert => ({
  object: 'monitor.alert',
  ...doc,
});

const emptyProgress: MonitorProgress = {
  logs_seen: 0,
  logs_sampled: 0,
  results: 0,
  backlog: 0,
  scored_through: null,
  budget_exhausted: false,
  spend_today_usd: 0,
  updated_at: null,
};

/** A project's monitors and their alerts. */
export class MonitorStore {
  readonly docs: ScopedCollection<MonitorDoc>;
  readonly alerts: ScopedCollection<MonitorAlertDoc>;

  constructor(db: Db, projectId: string) {
    this.docs = new ScopedCollection(db.collection<MonitorDoc>('monitors'), projectId);
    this.alerts = new ScopedCollection(db.collection<MonitorAlertDoc>('monitor_alerts'), projectId);
  }

  /** Logs ingested from its creation on are the monitor's (older ones: a backfill run). */
  create(containerId: string, definition: MonitorDefinition, now: number): Promise<MonitorDoc> {
    return this.docs.insert({
      id: newId('monitor'),
      container_id: containerId,
      version: 1,
      status: 'active',
      ...definition,
      cursor: { ingested_at: now, id: '' },
      progress: emptyProgress,
      rule_states: definition.alert_rules.map(() => ({ fired: 0, open: null })),
      created_at: now,
      updated_at: now,
    });
  }

  async require(id: string): Promise<MonitorDoc> {
    const doc = await this.docs.get(id);
    if (!doc) throw new NotFoundError('monitor', id);
    return doc;
  }

  async list(query: ListQuery) {
    return toListPage(await this.docs.list({}, query), presentMonitor);
  }

  /** A new version; rule states restart when the rules change (their indexes may mean other rules). */
  async update(doc: MonitorDoc, definition: MonitorDefinition, now: number): Promise<MonitorDoc> {
    const rulesChanged = JSON.stringify(definition.alert_rules) !== JSON.stringify(doc.alert_rules);
    const updated = await this.docs.update(doc.id, {
      $set: {
        ...definition,
        version: doc.version + 1,
        updated_at: now,
        ...(rulesChanged
          ? { rule_states: definition.alert_rules.map(() => ({ fired: 0, open: null })) }
          : {}),
      },
    });
    if (!updated) throw new NotFoundError('monitor', doc.id);
    return updated;
  }

  async setStatus(id: string, status: MonitorDoc['status'], now: number): Promise<MonitorDoc> {
    const updated = await this.docs.update(id, { $set: { status, updated_at: now } });
    if (!updated) throw new NotFoundError('monitor', id);
    return updated;
  }

  async listAlerts(monitorId: string, query: ListQuery & { status?: 'firing' | 'resolved' }) {
    const filter = { monitor_id: monitorId, ...(query.status ? { status: query.status } : {}) };
    return toListPage(await this.alerts.list(filter, query), presentAlert);
  }

  /**
   * Fires rule `index`: the alert's id is derived from (monitor, rule, how many it fired before),
   * so an activity retried after a crash between the two writes makes the same alert once.
   */
  async fire(monitor: MonitorDoc, index: number, window: AlertWindow, now: number): Promise<MonitorAlertDoc> {
    const state = monitor.rule_states[index]!;
    const id = `${monitor.id.replace(/^mon_/, 'mal_')}_${index}_${state.fired + 1}`;
    const doc: MonitorAlertDoc = {
      _id: this.alerts.key(id),
      project_id: this.alerts.projectId,
      id,
      monitor_id: monitor.id,
      rule_index: index,
      rule: monitor.alert_rules[index]!,
      status: 'firing',
      fired_at: now,
      fired_window: window,
      resolved_at: null,
      resolved_window: null,
    };
    await insertNew(this.alerts.collection, [doc]);
    await this.docs.update(monitor.id, {
      $set: { [`rule_states.${index}`]: { fired: state.fired + 1, open: id } },
    });
    return (await this.alerts.get(id)) ?? doc;
  }

  async resolve(monitor: MonitorDoc, index: number, window: AlertWindow, now: number) {
    const state = monitor.rule_states[index]!;
    const resolved = await this.alerts.update(state.open!, {
      $set: { status: 'resolved', resolved_at: now, resolved_window: window },
    });
    await this.docs.update(monitor.id, { $set: { [`rule_states.${index}`]: { ...state, open: null } } });
    return resolved;
  }
}
