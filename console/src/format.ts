/** How numbers read in the console; the browser tests format the API's values the same way. */
export const formatScore = (value: number | null | undefined): string =>
  value === null || value === undefined ? '—' : value.toFixed(3);

export const formatPercent = (value: number | null | undefined): string =>
  value === null || value === undefined ? '—' : `${(value * 100).toFixed(1)}%`;

export const formatUsd = (value: number | null | undefined): string =>
  value === null || value === undefined ? '—' : `$${value.toFixed(4)}`;

export const formatCount = (value: number | null | undefined): string =>
  value === null || value === undefined ? '—' : value.toLocaleString('en-US');

export const formatMs = (value: number | null | undefined): string =>
  value === null || value === undefined ? '—' : `${Math.round(value)} ms`;

export const formatTime = (unixSeconds: number | null | undefined): string =>
  unixSeconds === null || unixSeconds === undefined
    ? '—'
    : new Date(unixSeconds * 1000).toISOString().replace('T', ' ').slice(0, 19) + ' UTC';

export const formatInterval = (
  interval: { low: number; high: number } | null | undefined,
  format: (value: number) => string,
): string => (interval ? `${format(interval.low)} – ${format(interval.high)}` : '—');

/** Inputs and outputs are strings or chat messages; show either as readable text. */
export function formatContent(value: unknown): string {
  if (value === null || value === undefined) return '—';
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return value.map(formatContent).join('\n\n');
  if (typeof value === 'object' && 'role' in value && 'content' in value) {
    const content =
      typeof value.content === 'string' ? value.content : JSON.stringify(value.content, null, 2);
    return `[${String(value.role)}] ${content}`;
  }
  return JSON.stringify(value, null, 2);
}
