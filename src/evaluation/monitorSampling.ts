import { createHash } from 'node:crypto';
import type { MonitorFilters } from '../domain/monitors.js';

/**
 * Whether a monitor samples a log: a hash of (monitor, log) below the rate. Deterministic, so
 * every replica, retry and replay picks the same logs; salted by the monitor so two monitors at
 * 10% do not score the same tenth.
 */
export function isSampled(monitorId: string, logId: string, rate: number): boolean {
  if (rate >= 1) return true;
  const hash = createHash('sha256').update(`${monitorId}\n${logId}`).digest();
  return hash.readUInt32BE(0) / 0x1_0000_0000 < rate;
}

/** A log's text length: strings as they are, chat messages as their JSON text. */
const textLength = (value: unknown) => (typeof value === 'string' ? value : JSON.stringify(value)).length;

const within = (length: number, bounds?: { min?: number; max?: number }) =>
  !bounds ||
  ((bounds.min === undefined || length >= bounds.min) && (bounds.max === undefined || length <= bounds.max));

export interface FilterableLog {
  input: unknown;
  output: unknown;
  model: string | null;
  metadata: Record<string, string>;
}

export function matchesFilters(log: FilterableLog, filters: MonitorFilters): boolean {
  if (filters.model !== undefined && log.model !== filters.model) return false;
  for (const [key, value] of Object.entries(filters.metadata ?? {})) {
    if (log.metadata?.[key] !== value) return false;
  }
  return (
    within(textLength(log.input), filters.input_length) &&
    within(textLength(log.output), filters.output_length)
  );
}
