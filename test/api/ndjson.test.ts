import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ndjsonChunks } from '../../src/api/ndjson.js';

async function* streamOf(lines: string[]): AsyncGenerator<Buffer> {
  for (const line of lines) yield Buffer.from(`${line}\n`);
}

describe('JSONL uploads', () => {
  const schema = z.object({ input: z.string() });

  it('flush chunks by bytes as well as by count, so large lines are not held 500 at a time', async () => {
    const big = JSON.stringify({ input: 'x'.repeat(100_000) }); // ~100 KB a line
    const sizes: number[] = [];
    for await (const chunk of ndjsonChunks(streamOf(Array(25).fill(big)), schema, {
      maxLineBytes: 1 << 20,
      chunkSize: 500,
      chunkBytes: 400_000,
    })) {
      sizes.push(chunk.length);
    }
    expect(sizes).toEqual([4, 4, 4, 4, 4, 4, 1]);
  });

  it('refuse an upload past its total size with a 413, before reading further', async () => {
    const line = JSON.stringify({ input: 'y'.repeat(1000) });
    let read = 0;
    async function* counting() {
      for (let i = 0; i < 1000; i++) {
        read++;
        yield Buffer.from(`${line}\n`);
      }
    }
    const chunks = ndjsonChunks(counting(), schema, {
      maxLineBytes: 1 << 20,
      chunkSize: 500,
      chunkBytes: 1 << 20,
      maxTotalBytes: 10_000,
    });
    await expect(async () => {
      for await (const _chunk of chunks) void _chunk;
    }).rejects.toMatchObject({ status: 413, code: 'upload_too_large' });
    expect(read).toBe(10);
  });
});
