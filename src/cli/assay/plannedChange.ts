import type { AssayClient } from '../../client/index.js';

export type ChangeKind = 'create' | 'update' | 'delete' | 'unchanged';

export interface PlannedChange {
  kind: ChangeKind;
  resource: 'container' | 'evaluator' | 'dataset' | 'monitor';
  name: string;
  /** What changes: fields updated, items added. */
  detail: string;
  /** Absent for `unchanged`. */
  execute?: (client: AssayClient) => Promise<string>;
}
