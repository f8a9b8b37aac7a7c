import { storableKeyPattern } from './common.js';
import type { RunDataSource } from './evalRunDataSources.js';

/**
 * OpenAI's eval rows (`item`, `sample`) are any JSON object, but MongoDB and FerretDB
 * cannot hold every one: keys starting with `$` or holding `.` or NUL, and arrays
 * directly inside arrays, are refused by the store. Such a row is kept as its JSON text
 * under one marker key and read back exactly; every other row is stored as it is, so the
 * native API shows it as a document.
 */
const TEXT_KEY = 'assay_json_text';

function storable(value: unknown, inArray: boolean): boolean {
  if (value === null || typeof value !== 'object') return true;
  if (Array.isArray(value)) return !inArray && value.every((v) => storable(v, true));
  return Object.entries(value).every(([key, v]) => storableKeyPattern.test(key) && storable(v, false));
}

/** A row that stores exactly: itself, or its text when the store could not hold it (or it looks like the text form). */
export function storableRow<T>(row: T): T | { [TEXT_KEY]: string } {
  const looksEncoded =
    row !== null && typeof row === 'object' && Object.keys(row).length === 1 && TEXT_KEY in row;
  return storable(row, false) && !looksEncoded ? row : { [TEXT_KEY]: JSON.stringify(row) };
}

/** The row `storableRow` was given. */
export function rowOf(stored: unknown): unknown {
  if (stored === null || typeof stored !== 'object' || Array.isArray(stored)) return stored;
  const keys = Object.keys(stored);
  const text = (stored as Record<string, unknown>)[TEXT_KEY];
  return keys.length === 1 && typeof text === 'string' ? JSON.parse(text) : stored;
}

/** The data source with each inline row (`file_content`'s `item`, `sample`) passed through `convert`. */
export function withInlineRows(dataSource: RunDataSource, convert: (row: unknown) => unknown): RunDataSource {
  if (dataSource.source.type !== 'file_content') return dataSource;
  const content = dataSource.source.content.map(({ item, sample }) => ({
    item: convert(item),
    ...(sample ? { sample: convert(sample) } : {}),
  }));
  return { ...dataSource, source: { ...dataSource.source, content } } as RunDataSource;
}
