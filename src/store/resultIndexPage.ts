import { firstAbove, matcher, type IndexPage, type Piece } from './resultIndexDocs.js';
import type { ResultFilter, RunResultDoc } from './runResultDocs.js';

/**
 * One page of a run's results over its index pieces, in `_id` order (`after`/`before` are result
 * ids): the page's ids, the count of all matches (from the pieces' group counts), and whether
 * more follow. Reads (`load`) only the pieces the page falls in.
 */
export async function pageOfPieces(
  pieces: readonly Piece[],
  filter: ResultFilter,
  query: { limit: number; after?: string; before?: string },
): Promise<IndexPage> {
  const matches = matcher(filter);
  const count = (piece: Piece) =>
    piece.groups.reduce(
      (sum, g) => sum + (matches(g.evaluator_id, g.model, g.status, g.passed) ? g.n : 0),
      0,
    );
  const total = pieces.reduce((sum, piece) => sum + count(piece), 0);
  const wanted = query.limit + 1;
  const ids: string[] = [];
  const docs = new Map<string, RunResultDoc>();
  const backwards = query.before !== undefined;
  const order = backwards ? [...pieces].reverse() : pieces;
  /** Whether a piece lies wholly inside the far bound of the walk (`before` forwards, `after` backwards). */
  const within = (piece: Piece) =>
    backwards
      ? query.after === undefined || piece.first > query.after
      : query.before === undefined || piece.last < query.before;
  let more = false;
  for (const piece of order) {
    if (ids.length >= wanted) break;
    if (query.after !== undefined && piece.last <= query.after) continue;
    if (query.before !== undefined && piece.first >= query.before) continue;
    if (count(piece) === 0) continue;
    // The page is full, and this piece has a match past it: more follow, known from the
    // counts without reading the piece (a page of 100 over segments of 100 reads one).
    if (ids.length === query.limit && within(piece)) {
      more = true;
      break;
    }
    const { entries, docs: pieceDocs } = await piece.load();
    // Only the entries between the cursors (a running run's one piece holds all its entries).
    const low = query.after === undefined ? 0 : firstAbove(entries, query.after, true);
    const high = query.before === undefined ? entries.length : firstAbove(entries, query.before, false);
    for (let n = 0; n < high - low && ids.length < wanted; n++) {
      const [id, evaluatorId, model, status, passed] = entries[backwards ? high - 1 - n : low + n]!;
      if (!matches(evaluatorId, model, status, passed)) continue;
      ids.push(id);
      const doc = pieceDocs.get(id);
      if (doc) docs.set(id, doc);
    }
  }
  const hasMore = more || ids.length > query.limit;
  const pageIds = ids.slice(0, query.limit);
  if (backwards) pageIds.reverse();
  return { ids: pageIds, docs, total, hasMore };
}
