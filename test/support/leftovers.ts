import type { Db } from 'mongodb';

/**
 * Every place in the store that still holds `needle` (an id): collections named after it, and
 * documents whose text contains it anywhere, nested JSON strings included. A delete path's test
 * lists these after deleting, so "deleted" is checked against the whole store, not against the
 * collections the test's author remembered.
 */
export async function copiesOf(db: Db, needle: string): Promise<string[]> {
  const found: string[] = [];
  for (const { name } of await db.listCollections({}, { nameOnly: true }).toArray()) {
    if (name.includes(needle)) found.push(`collection ${name}`);
    for await (const doc of db.collection(name).find({})) {
      if (JSON.stringify(doc).includes(needle)) found.push(`${name}/${String(doc._id)}`);
    }
  }
  return found.sort();
}
