import type { IdKind } from '../domain/common.js';
import { AppError, type ErrorDetail } from '../domain/errors.js';
import type { HumanLabelInput } from '../domain/labels.js';
import { labelInputOf, type UploadLabels } from '../domain/uploadLabels.js';
import type { EvaluatorDoc } from '../store/evaluators.js';
import { idFromCaller, newId } from '../store/ids.js';
import type { ProjectStore } from '../store/index.js';
import { labelProblem } from './labelChecks.js';

/** A row of an upload that may carry labels (a dataset item or a task log). */
interface LabelledRow {
  id?: string;
  labels?: UploadLabels;
}

/**
 * The labels given with an upload's rows, checked row by row as the rows arrive and written
 * only once the rows are stored: a refused upload leaves no label, as it leaves no row. They
 * are held until then (a few dozen bytes each: millions of labelled lines would be needed to
 * matter). Checks are the labels endpoint's (labelChecks.ts), plus the evaluator's existence,
 * which the endpoint answers with a 404 but a row's field answers with a 422 naming the field.
 */
export class UploadedLabels {
  /** Look-ups by the name or id as written, shared by every row that names it. */
  private readonly evaluators = new Map<string, Promise<EvaluatorDoc | string>>();
  /** evaluator id → item id → label: an item labelled again in the same upload keeps its last label. */
  private readonly labels = new Map<string, Map<string, HumanLabelInput>>();

  /**
   * @param containerId where evaluator names are looked up first (a container's own evaluators,
   *   then container-less ones); undefined: a name unique in the project.
   */
  constructor(
    private readonly store: ProjectStore,
    private readonly kind: Extract<IdKind, 'datasetItem' | 'log'>,
    private readonly containerId: string | undefined,
  ) {}

  /**
   * The row's problems (none when it has no labels), its labels kept for `write`. A row with
   * labels and no id is given one here, as the store would have: the labels need to name it.
   * `field` names a label in the problems: `items.3.labels.<key>`, `line 4: labels.<key>`.
   */
  async check(row: LabelledRow, field: (key: string) => string): Promise<ErrorDetail[]> {
    if (!row.labels) return [];
    row.id ??= newId(this.kind);
    const itemId = idFromCaller(this.kind, row.id);
    const details: ErrorDetail[] = [];
    for (const [key, value] of Object.entries(row.labels)) {
      const evaluator = await this.evaluator(key);
      if (typeof evaluator === 'string') {
        details.push({ field: field(key), message: evaluator });
        continue;
      }
      const label = labelInputOf(itemId, value);
      const problem = labelProblem(evaluator, label);
      if (problem) {
        details.push({ field: field(key), message: problem });
        continue;
      }
      let ofEvaluator = this.labels.get(evaluator.id);
      if (!ofEvaluator) this.labels.set(evaluator.id, (ofEvaluator = new Map()));
      ofEvaluator.set(itemId, label);
    }
    return details;
  }

  /** The evaluator `key` names, or why there is none (a message naming it). */
  private evaluator(key: string): Promise<EvaluatorDoc | string> {
    let found = this.evaluators.get(key);
    if (!found) {
      found = this.store.evaluators.find(key, this.containerId).then(
        (doc) =>
          doc ?? `no evaluator '${key}' in this project${this.containerId ? ' for this container' : ''}`,
        // Several containers' evaluators share the name: the row must say which (by id).
        (error: unknown) => {
          if (error instanceof AppError) return `evaluator '${key}': ${error.message}`;
          throw error;
        },
      );
      this.evaluators.set(key, found);
    }
    return found;
  }

  /** Labels written: as the labels endpoint writes them, marked as brought by `sourceId`'s upload. */
  async write(sourceId: string): Promise<number> {
    let written = 0;
    for (const [evaluatorId, labels] of this.labels) {
      written += await this.store.labels.put(evaluatorId, [...labels.values()], sourceId);
    }
    return written;
  }
}
