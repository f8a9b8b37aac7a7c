import { describe, expect, it } from 'vitest';
import { rowOf, storableRow } from '../../src/domain/storableRow.js';

describe('eval rows the store cannot hold are kept as text and read back exactly', () => {
  it('stores documents as they are when the store can hold them', () => {
    const row = { a: [{ b: [1, 'x', null] }], c: { d: true } };
    expect(storableRow(row)).toBe(row);
    expect(rowOf(row)).toBe(row);
  });

  it.each([
    ['an array in an array', { a: [[1]] }],
    ['a $ key', { a: { $gt: 1 } }],
    ['a dotted key', { 'a.b': 1 }],
    ['a NUL in a key', { 'a\u0000b': 1 }],
    ['the text form itself', { assay_json_text: '{"x":1}' }],
  ])('%s round-trips through its text', (_what, row) => {
    const stored = storableRow(row);
    expect(stored).not.toBe(row);
    expect(stored).toEqual({ assay_json_text: JSON.stringify(row) });
    expect(rowOf(stored)).toEqual(row);
  });
});
