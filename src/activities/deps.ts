import type { Db } from 'mongodb';
import type { EvaluationDeps } from '../evaluation/deps.js';

/** What activities need from the outside world, passed in so tests can hand in real or fake parts. */
export interface ActivityDeps extends EvaluationDeps {
  db: Db;
}
