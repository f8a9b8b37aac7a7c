import { once } from 'node:events';
import type { Writable } from 'node:stream';
import type { RunResult } from '../../domain/runs.js';
import { textOf } from '../../judge/template.js';
import { presentResult, type RunResultDoc } from '../../store/runResults.js';

export type ExportFormat = 'jsonl' | 'csv';

export const exportContentType: Record<ExportFormat, string> = {
  jsonl: 'application/x-ndjson; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
};

const csvColumns: [string, (r: RunResult) => unknown][] = [
  ['id', (r) => r.id],
  ['item_id', (r) => r.item_id],
  ['evaluator_id', (r) => r.evaluator_id],
  ['evaluator_version', (r) => r.evaluator_version],
  ['model', (r) => r.model],
  ['status', (r) => r.status],
  ['score', (r) => r.score],
  ['passed', (r) => r.passed],
  ['reason', (r) => r.reason],
  ['error', (r) => r.error],
  ['latency_ms', (r) => r.latency_ms],
  ['input_tokens', (r) => r.tokens.input],
  ['output_tokens', (r) => r.tokens.output],
  ['spend_usd', (r) => r.spend_usd],
  ['input', (r) => textOf(r.input)],
  ['output', (r) => textOf(r.output)],
  ['ground_truth', (r) => textOf(r.ground_truth)],
];

/** RFC 4180: quote fields holding quotes, commas or line breaks; a leading =+-@ is defused for spreadsheets. */
function csvField(value: unknown): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

function line(format: ExportFormat, result: RunResult): string {
  if (format === 'jsonl') return `${JSON.stringify(result)}\n`;
  return `${csvColumns.map(([, get]) => csvField(get(result))).join(',')}\r\n`;
}

/**
 * Writes results as they come off the cursor, waiting for the client whenever
 * the socket's buffer is full: memory stays at one cursor batch, whatever the
 * size of the run. Stops early (closing the cursor) when the client goes away.
 * The first result is read before `begin` (which sets the status and headers) and
 * before any byte is sent, so a store that fails up front still gets an ordinary
 * error answer; a failure later is thrown with the stream half sent, and the
 * error handler cuts the connection rather than append an error to the file.
 */
export async function writeResults(
  out: Writable,
  results: AsyncIterable<RunResultDoc>,
  format: ExportFormat,
  begin: () => void,
): Promise<void> {
  const iterator = results[Symbol.asyncIterator]();
  try {
    let next = await iterator.next();
    begin();
    if (format === 'csv') out.write(`${csvColumns.map(([name]) => name).join(',')}\r\n`);
    for (; !next.done; next = await iterator.next()) {
      if (out.destroyed) break;
      if (!out.write(line(format, presentResult(next.value)))) {
        await Promise.race([once(out, 'drain'), once(out, 'close')]);
      }
    }
    if (!out.destroyed) out.end();
  } finally {
    await iterator.return?.();
  }
}
