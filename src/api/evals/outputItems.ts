import type { Collection } from 'mongodb';
import { findByIds } from '../../store/mongo.js';
import type { EvalSample, GraderResult, OpenAiList, OutputItem } from '../../domain/evals.js';
import { NotFoundError } from '../../domain/errors.js';
import { rowOf } from '../../domain/storableRow.js';
import type { EvalDoc } from '../../store/evals.js';
import { resultKey, type RunResultDoc } from '../../store/runResults.js';

const ID_PREFIX = 'outputitem_';
/** Results read per index page while filling a page of items (a run with many criteria reads more): a sealed segment's worth. */
const READ_BATCH = 100;

export const outputItemId = (itemId: string) => `${ID_PREFIX}${itemId}`;

/** The run item's position: eval-run items are numbered in data source order (see evalItemId). */
function positionOf(itemId: string): number {
  // Trailing digits by hand: an unanchored `(\d+)$` is quadratic on a long run of digits.
  let start = itemId.length;
  while (start > 0 && itemId.charCodeAt(start - 1) >= 48 && itemId.charCodeAt(start - 1) <= 57) start--;
  return start < itemId.length ? Number(itemId.slice(start)) : 0;
}

/** What the engine stored as a result's output for an eval run; older or native results hold text. */
function sampleOf(output: unknown): EvalSample {
  if (output && typeof output === 'object' && 'usage' in output && 'output' in output)
    return output as EvalSample;
  return {
    input: [],
    output:
      output == null
        ? []
        : [{ role: 'assistant', content: typeof output === 'string' ? output : JSON.stringify(output) }],
    model: null,
    finish_reason: null,
    usage: { prompt_tokens: 0, completion_tokens: 0, total_tokens: 0, cached_tokens: 0 },
    error: null,
    temperature: null,
    top_p: null,
    seed: null,
    max_completion_tokens: null,
  };
}

/** One output item from the results of its run item (one per testing criterion). */
export function presentOutputItem(evalDoc: EvalDoc, runId: string, results: RunResultDoc[]): OutputItem {
  const first = results[0]!;
  const graderResults: GraderResult[] = [];
  let status: OutputItem['status'] = 'pass';
  for (const [i, evaluatorId] of evalDoc.evaluator_ids.entries()) {
    const result = results.find((r) => r.evaluator_id === evaluatorId);
    const grader = evalDoc.testing_criteria[i]!;
    if (!result) continue;
    if (result.status !== 'scored') status = 'error';
    else if (!result.passed && status === 'pass') status = 'fail';
    graderResults.push({
      name: grader.name,
      type: grader.type,
      score: result.score ?? 0,
      passed: result.passed === true,
      sample: result.grader_sample ?? null,
      ...(result.reason ? { reason: result.reason } : {}),
      ...(result.error ? { error: result.error } : {}),
    });
  }
  const datasourceItem = rowOf(first.input);
  return {
    object: 'eval.run.output_item',
    id: outputItemId(first.item_id),
    eval_id: evalDoc.id,
    run_id: runId,
    status,
    datasource_item_id: positionOf(first.item_id),
    datasource_item:
      datasourceItem && typeof datasourceItem === 'object' && !Array.isArray(datasourceItem)
        ? (datasourceItem as Record<string, unknown>)
        : { input: datasourceItem },
    sample: sampleOf(first.output),
    results: graderResults,
    created_at: first.created_at,
  };
}

/** An output item by id: its results are `_id` look-ups (run, item, criterion). */
export async function getOutputItem(
  results: Collection<RunResultDoc>,
  evalDoc: EvalDoc,
  runId: string,
  outputItemIdParam: string,
): Promise<OutputItem> {
  const itemId = outputItemIdParam.startsWith(ID_PREFIX) ? outputItemIdParam.slice(ID_PREFIX.length) : null;
  const keys = itemId ? evalDoc.evaluator_ids.map((e) => resultKey(runId, itemId, e, null)) : [];
  // One look-up per key: FerretDB answers `_id` equality from its index, an `$in` by a scan.
  const found = [...(await findByIds(results, keys)).values()];
  if (found.length === 0) throw new NotFoundError('output_item', outputItemIdParam);
  return presentOutputItem(evalDoc, runId, found);
}

/**
 * A page of output items in data source order (or reversed), optionally only those
 * that passed or failed. Items are grouped from the run's results, which sort by
 * (run, item, criterion); `after` is the last output item id of the previous page.
 */
export async function listOutputItems(
  /** A page of the run's results in `_id` order (`RunResultStore.pageDocs`: its results index). */
  read: (query: {
    limit: number;
    after?: string;
    before?: string;
  }) => Promise<{ docs: RunResultDoc[]; hasMore: boolean }>,
  evalDoc: EvalDoc,
  runId: string,
  query: { limit: number; after?: string; order: 'asc' | 'desc'; status?: 'pass' | 'fail' },
): Promise<OpenAiList<OutputItem>> {
  const descending = query.order === 'desc';
  const afterItem = query.after?.startsWith(ID_PREFIX) ? query.after.slice(ID_PREFIX.length) : query.after;
  // Keys of one item share the prefix `<run>/<item>/`; `/` < `\uffff` bounds it on both sides.
  let bound = afterItem ? `${runId}/${afterItem}/${descending ? '' : '\uffff'}` : null;
  const data: OutputItem[] = [];
  let pending: RunResultDoc[] = [];
  let hasMore = false;
  const take = (group: RunResultDoc[]) => {
    const item = presentOutputItem(evalDoc, runId, group);
    if (!query.status || item.status === query.status) data.push(item);
  };
  for (;;) {
    // '0' is the character after '/': `<run>0` is above every key of the run.
    const range = descending ? { before: bound ?? `${runId}0` } : bound ? { after: bound } : {};
    const page = await read({ limit: READ_BATCH, ...range });
    const batch = descending ? page.docs.reverse() : page.docs;
    for (const result of batch) {
      if (pending.length > 0 && pending[0]!.item_id !== result.item_id) {
        if (data.length === query.limit) {
          hasMore = true;
          break;
        }
        take(pending);
        pending = [];
      }
      pending.push(result);
    }
    if (hasMore) break;
    if (!page.hasMore) {
      if (pending.length > 0) {
        if (data.length === query.limit) hasMore = true;
        else take(pending);
      }
      break;
    }
    bound = batch.at(-1)!._id;
  }
  return {
    object: 'list',
    data,
    first_id: data[0]?.id ?? null,
    last_id: data.at(-1)?.id ?? null,
    has_more: hasMore,
  };
}
