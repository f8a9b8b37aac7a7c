import type { z } from 'zod';
import { PayloadTooLargeError, type ErrorDetail } from '../domain/errors.js';
import { checkJson, validationFailed } from './validation.js';

/** Content types of a newline-delimited JSON upload. */
export const ndjsonTypes = ['application/x-ndjson', 'application/jsonl', 'application/x-jsonlines'];

/** Enough to fix a file by; a million bad lines need not be listed. */
const MAX_DETAILS = 100;
const NEWLINE = 0x0a;

/**
 * The lines of a byte stream, holding at most one line in memory: an upload may be
 * far larger than any JSON body limit. A line over `maxLineBytes` is a 413 without
 * ever being buffered whole. Splitting bytes on `\n` is safe in UTF-8 (no multi-byte
 * sequence contains it), and each complete line is decoded on its own.
 */
export async function* readLines(
  stream: AsyncIterable<Buffer | string>,
  maxLineBytes: number,
  maxTotalBytes = Infinity,
): AsyncGenerator<{ text: string; line: number; bytes: number }> {
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  let line = 0;
  let totalBytes = 0;
  const take = (piece: Buffer) => {
    pendingBytes += piece.length;
    if (pendingBytes > maxLineBytes) {
      throw new PayloadTooLargeError(
        'line_too_large',
        `Line ${line + 1} of the upload is longer than ${maxLineBytes} bytes (ASSAY_MAX_LINE_BYTES).`,
      );
    }
    pending.push(piece);
  };
  const flush = () => {
    line++;
    let text = Buffer.concat(pending).toString('utf8');
    if (text.endsWith('\r')) text = text.slice(0, -1);
    if (line === 1 && text.startsWith('\uFEFF')) text = text.slice(1);
    const bytes = pendingBytes;
    pending = [];
    pendingBytes = 0;
    return { text, line, bytes };
  };
  for await (const chunk of stream) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    totalBytes += bytes.length;
    if (totalBytes > maxTotalBytes) {
      throw new PayloadTooLargeError(
        'upload_too_large',
        `The upload is larger than ${maxTotalBytes} bytes (ASSAY_MAX_UPLOAD_BYTES); nothing of it was stored. Split it into several uploads.`,
      );
    }
    let start = 0;
    for (let end = bytes.indexOf(NEWLINE); end !== -1; end = bytes.indexOf(NEWLINE, start)) {
      take(bytes.subarray(start, end));
      yield flush();
      start = end + 1;
    }
    if (start < bytes.length) take(bytes.subarray(start));
  }
  if (pendingBytes > 0) yield flush();
}

/** One line as a record of `schema`, or its problems with the line number in each detail. */
function parseLine<S extends z.ZodType>(
  schema: S,
  text: string,
  line: number,
): { ok: true; value: z.output<S> } | { ok: false; details: ErrorDetail[] } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return {
      ok: false,
      details: [{ field: `line ${line}`, message: `malformed JSON: ${(error as Error).message}`, line }],
    };
  }
  const parsed = checkJson(schema, json);
  if (parsed.ok) return parsed;
  const details = parsed.details.map((d) => ({
    field: d.field === '(body)' ? `line ${line}` : `line ${line}: ${d.field}`,
    message: d.message,
    line,
  }));
  return { ok: false, details };
}

/**
 * The records of a newline-delimited JSON stream, validated and grouped in chunks of at most
 * `chunkSize` records or about `chunkBytes` bytes of lines, whichever comes first.
 * A bad line does not stop the read: every problem (up to a cap) is collected and
 * thrown as one 422 at the end, and no chunk is yielded after the first bad line, so
 * the caller writes nothing more and can undo what it wrote. Blank lines are skipped.
 */
export async function* ndjsonChunks<S extends z.ZodType>(
  stream: AsyncIterable<Buffer | string>,
  schema: S,
  options: {
    maxLineBytes: number;
    chunkSize: number;
    chunkBytes: number;
    maxTotalBytes?: number;
    /** What the schema cannot see (e.g. that a named evaluator exists): the record's problems, a bad line if any. */
    check?: (record: z.output<S>, line: number) => ErrorDetail[] | Promise<ErrorDetail[]>;
  },
): AsyncGenerator<z.output<S>[]> {
  const details: ErrorDetail[] = [];
  let badLines = 0;
  let records = 0;
  let chunk: z.output<S>[] = [];
  let chunkBytes = 0;
  for await (const { text, line, bytes } of readLines(stream, options.maxLineBytes, options.maxTotalBytes)) {
    if (text.trim() === '') continue;
    records++;
    let parsed = parseLine(schema, text, line);
    if (parsed.ok && options.check) {
      // Awaited only when a promise: most lines need no look-up, and a JSONL upload may have millions.
      const checked = options.check(parsed.value, line);
      const problems = Array.isArray(checked) ? checked : await checked;
      if (problems.length > 0) parsed = { ok: false, details: problems.map((d) => ({ ...d, line })) };
    }
    if (!parsed.ok) {
      badLines++;
      details.push(...parsed.details.slice(0, Math.max(0, MAX_DETAILS - details.length)));
      continue;
    }
    if (badLines > 0) continue;
    chunk.push(parsed.value);
    chunkBytes += bytes;
    // By count and by size: 500 items of 1 MiB each would otherwise be held (parsed, so larger) at once.
    if (chunk.length >= options.chunkSize || chunkBytes >= options.chunkBytes) {
      yield chunk;
      chunk = [];
      chunkBytes = 0;
    }
  }
  if (records === 0)
    throw validationFailed('upload', [{ field: '(body)', message: 'the upload has no records' }]);
  if (badLines > 0) {
    throw validationFailed(
      `upload (${badLines} bad line${badLines === 1 ? '' : 's'}; nothing was stored)`,
      details,
    );
  }
  if (chunk.length > 0) yield chunk;
}
