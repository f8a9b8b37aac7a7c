import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ndjsonChunks, readLines } from '../../src/api/ndjson.js';

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

/** Pure: how an upload's bytes become lines, whatever the chunk boundaries. */
describe('readLines', () => {
  async function* chunks(...parts: (string | Buffer)[]): AsyncGenerator<Buffer | string> {
    for (const part of parts) yield part;
  }
  async function lines(stream: AsyncIterable<Buffer | string>, maxLineBytes = 1 << 20, maxTotal?: number) {
    const out: { text: string; line: number; bytes: number }[] = [];
    for await (const line of readLines(stream, maxLineBytes, maxTotal)) out.push(line);
    return out;
  }
  const texts = async (...parts: (string | Buffer)[]) => (await lines(chunks(...parts))).map((l) => l.text);

  it('numbers lines from 1 and counts their bytes without the newline', async () => {
    expect(await lines(chunks('ab\ncde\n'))).toEqual([
      { text: 'ab', line: 1, bytes: 2 },
      { text: 'cde', line: 2, bytes: 3 },
    ]);
  });

  it('joins a line split across chunks, and splits a chunk holding several lines', async () => {
    expect(await texts('{"a":', '1}\n{"b"', ':2}\n{', '"c":3}\n')).toEqual(['{"a":1}', '{"b":2}', '{"c":3}']);
    expect(await texts('a', 'b', 'c', '\n')).toEqual(['abc']);
  });

  it('keeps a last line without a newline, and adds none for a trailing newline', async () => {
    expect(await texts('one\ntwo')).toEqual(['one', 'two']);
    expect(await texts('one\ntwo\n')).toEqual(['one', 'two']);
    expect(await texts()).toEqual([]);
  });

  it('strips the \\r of CRLF line ends, even when \\r and \\n arrive in different chunks', async () => {
    expect(await texts('one\r\ntwo\r', '\nthree\r\n')).toEqual(['one', 'two', 'three']);
    // A \r inside a line is content, not a line end.
    expect(await texts('a\rb\n')).toEqual(['a\rb']);
  });

  it('keeps blank lines as lines (the record parser skips them), so line numbers match the file', async () => {
    expect((await lines(chunks('a\n\n\nb\n'))).map((l) => [l.line, l.text])).toEqual([
      [1, 'a'],
      [2, ''],
      [3, ''],
      [4, 'b'],
    ]);
  });

  it('decodes a UTF-8 character split across chunks whole, never as replacement characters', async () => {
    const bytes = Buffer.from('{"input":"héllo 🌍"}\n', 'utf8');
    const e = bytes.indexOf(0xc3); // é's first byte
    const globe = bytes.indexOf(0xf0); // 🌍's first of four bytes
    const parts = [bytes.subarray(0, e + 1), bytes.subarray(e + 1, globe + 2), bytes.subarray(globe + 2)];
    const [line] = await lines(chunks(...parts));
    expect(line!.text).toBe('{"input":"héllo 🌍"}');
    expect(line!.text).not.toContain('\uFFFD');
    expect(line!.bytes).toBe(bytes.length - 1);
  });

  it('drops a byte-order mark at the start of the upload only', async () => {
    expect(await texts('\uFEFFfirst\n\uFEFFsecond\n')).toEqual(['first', '\uFEFFsecond']);
  });

  it('takes a line of exactly the limit, and refuses one byte more with a 413 naming the line', async () => {
    expect(await texts('x'.repeat(8) + '\n')).toEqual(['x'.repeat(8)]);
    const limited = lines(chunks('ok\n', 'y'.repeat(5), 'y'.repeat(4) + '\n'), 8);
    await expect(limited).rejects.toMatchObject({ status: 413, code: 'line_too_large' });
    await expect(lines(chunks('ok\n' + 'y'.repeat(9)), 8)).rejects.toThrow(/Line 2 .* longer than 8 bytes/);
  });

  it('measures the line limit in bytes, not characters', async () => {
    // Four two-byte characters: 4 characters, 8 bytes.
    await expect(lines(chunks('éééé\n'), 7)).rejects.toMatchObject({ code: 'line_too_large' });
    expect((await lines(chunks('éééé\n'), 8))[0]!.text).toBe('éééé');
  });

  it('refuses a long line without waiting for its end: a line with no newline cannot fill memory', async () => {
    let pulled = 0;
    async function* endless() {
      for (;;) {
        pulled++;
        yield Buffer.alloc(1024, 0x61);
      }
    }
    await expect(lines(endless(), 10 * 1024)).rejects.toMatchObject({ code: 'line_too_large' });
    expect(pulled).toBe(11);
  });

  it('counts the upload total in bytes, newlines included', async () => {
    expect(await texts('abc\n')).toEqual(['abc']);
    expect((await lines(chunks('abc\n', 'de\n'), 100, 7)).map((l) => l.text)).toEqual(['abc', 'de']);
    await expect(lines(chunks('abc\n', 'def\n'), 100, 7)).rejects.toMatchObject({ code: 'upload_too_large' });
  });
});

describe('ndjsonChunks', () => {
  const schema = z.object({ input: z.string() });
  const read = async (text: string, chunkSize = 10) => {
    const out: { input: string }[][] = [];
    for await (const chunk of ndjsonChunks(
      (async function* () {
        yield text;
      })(),
      schema,
      {
        maxLineBytes: 1 << 20,
        chunkSize,
        chunkBytes: 1 << 20,
      },
    ))
      out.push(chunk);
    return out;
  };

  it('skips blank and whitespace-only lines, and reads CRLF files', async () => {
    expect(await read('{"input":"a"}\r\n\r\n   \n{"input":"b"}')).toEqual([[{ input: 'a' }, { input: 'b' }]]);
  });

  it('an upload of blank lines only is a 422: it has no records', async () => {
    await expect(read('\n\n  \n')).rejects.toMatchObject({
      status: 422,
      message: expect.stringContaining('no records'),
    });
  });

  it('reports every bad line by number, malformed JSON and schema errors alike, and yields nothing after one', async () => {
    const upload = ['{"input":"ok"}', '{"input":', '{"input":3}', '{"input":"fine"}'].join('\n');
    const yielded: unknown[] = [];
    const error = await (async () => {
      try {
        for await (const chunk of ndjsonChunks(
          (async function* () {
            yield upload;
          })(),
          schema,
          {
            maxLineBytes: 1 << 20,
            chunkSize: 1,
            chunkBytes: 1 << 20,
          },
        ))
          yielded.push(chunk);
      } catch (e) {
        return e as { status: number; details: { line: number; field: string; message: string }[] };
      }
      throw new Error('the bad upload was accepted');
    })();
    // The first good line went out before the bad one was seen; nothing after it did.
    expect(yielded).toEqual([[{ input: 'ok' }]]);
    expect(error.status).toBe(422);
    expect(error.details.map((d) => d.line)).toEqual([2, 3]);
    expect(error.details[0]!.message).toMatch(/^malformed JSON/);
    expect(error.details[1]!.field).toBe('line 3: input');
  });
});
