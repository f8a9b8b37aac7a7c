import type { Collection, Document, Filter } from 'mongodb';

/** `_id` deletes in flight at once: enough to hide round trips, few enough to leave the pool to others. */
const DELETE_CONCURRENCY = 16;

/**
 * Deletes documents by `_id`, one command each, a few at a time. Never one
 * `deleteMany` with a large `$in` or a broad filter: FerretDB binds every matching
 * `_id` as an SQLite variable and fails beyond ~32,000 (`too many SQL variables`),
 * and it scans the collection for any filter but `_id` equality. Returns how many went.
 */
export async function deleteByIds<T extends Document>(
  collection: Collection<T>,
  ids: readonly unknown[],
): Promise<number> {
  let deleted = 0;
  for (let start = 0; start < ids.length; start += DELETE_CONCURRENCY) {
    const results = await Promise.all(
      ids.slice(start, start + DELETE_CONCURRENCY).map((_id) => collection.deleteOne({ _id } as Filter<T>)),
    );
    deleted += results.reduce((sum, result) => sum + result.deletedCount, 0);
  }
  return deleted;
}

/** Ids collected per round before they are deleted: memory stays bounded, whatever matches. */
const ROUND = 50_000;

/**
 * Every document matching `filter`, deleted in bounded rounds: the ids of up to
 * `ROUND` matches are read (one query), then deleted by `_id`. For data laid out
 * before `_id`-addressable buckets existed and for background clean-up only: on
 * FerretDB each round's query scans the collection.
 */
export async function deleteMatching<T extends Document>(
  collection: Collection<T>,
  filter: Filter<T>,
): Promise<number> {
  let deleted = 0;
  for (;;) {
    const ids = await collection
      .find(filter, { projection: { _id: 1 } })
      .limit(ROUND)
      .map((doc) => doc._id)
      .toArray();
    if (ids.length === 0) return deleted;
    deleted += await deleteByIds(collection, ids);
  }
}
