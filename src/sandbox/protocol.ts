import { MAX_ERROR_CHARS, MAX_REASON_CHARS, type LimitMessages, type SandboxLimits } from './limits.js';
import type { CodeEvalItem, CodeValidation } from './types.js';

/**
 * The harness protocol (harness.py). Messages come from a process that runs hostile code, so
 * every field is checked; anything unexpected is a protocol error that stops the sandbox.
 */

/** The function a code evaluator defines: `evaluate` scores one sample, `evaluate_pair` compares two. */
export type CodeEntry = 'evaluate' | 'evaluate_pair';

export interface HarnessConfig {
  mode: 'batch' | 'validate';
  code: string;
  entry: CodeEntry;
  limits: SandboxLimits;
  messages: LimitMessages;
  /** What the harness trims `reason` and `error` to (the host trims again). */
  maxReasonChars: number;
  maxErrorChars: number;
}

export const harnessTextLimits = { maxReasonChars: MAX_REASON_CHARS, maxErrorChars: MAX_ERROR_CHARS };

const trim = (text: string, max: number) => (text.length > max ? text.slice(0, max - 1) + '…' : text);
export const trimReason = (reason: string) => trim(reason, MAX_REASON_CHARS);
export const trimError = (error: string) => trim(error, MAX_ERROR_CHARS);

/** A reported duration, within [0, what the host observed]. */
export function clampMs(reported: number, observedMs: number): number {
  return Math.min(Math.max(0, Number.isFinite(reported) ? reported : 0), Math.max(0, observedMs));
}

export type HarnessMessage =
  | { t: 'ready' }
  | { t: 'fatal'; error: string }
  | { t: 'r'; i: number; ok: true; score: number; passed?: boolean; reason?: string; ms: number }
  | { t: 'r'; i: number; ok: false; error: string; ms: number }
  | ({ t: 'validation' } & CodeValidation);

/** One stdin line per item; fields are normalised so Python always sees the documented keys. */
export function itemLine(index: number, item: CodeEvalItem): string {
  const { sample, ground_truth: truth } = item;
  const sampleLine = (s: CodeEvalItem['sample']) => ({
    input: s.input ?? null,
    output: s.output ?? null,
    metadata: s.metadata ?? {},
    model: s.model ?? null,
  });
  return (
    JSON.stringify({
      i: index,
      sample: sampleLine(sample),
      ...(item.sample_b ? { sample_b: sampleLine(item.sample_b) } : {}),
      ground_truth: truth
        ? { input: truth.input ?? null, output: truth.output ?? null, metadata: truth.metadata ?? {} }
        : null,
    }) + '\n'
  );
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;
const optional = (v: unknown, type: string) => v === undefined || typeof v === type;
const isPosInt = (v: unknown) => v === undefined || (Number.isInteger(v) && (v as number) > 0);

export function parseHarnessMessage(raw: unknown): HarnessMessage | null {
  if (!isObject(raw)) return null;
  switch (raw.t) {
    case 'ready':
      return { t: 'ready' };
    case 'fatal':
      return typeof raw.error === 'string' ? { t: 'fatal', error: raw.error } : null;
    case 'r': {
      if (!Number.isInteger(raw.i) || typeof raw.ms !== 'number') return null;
      if (raw.ok === true) {
        const valid =
          typeof raw.score === 'number' &&
          Number.isFinite(raw.score) &&
          optional(raw.passed, 'boolean') &&
          optional(raw.reason, 'string');
        return valid ? (raw as HarnessMessage) : null;
      }
      return raw.ok === false && typeof raw.error === 'string' ? (raw as HarnessMessage) : null;
    }
    case 'validation': {
      if (raw.ok === true) return { t: 'validation', ok: true };
      if (raw.ok !== false || typeof raw.message !== 'string') return null;
      const line = raw.line ?? undefined;
      const column = raw.column ?? undefined;
      if (!isPosInt(line) || !isPosInt(column)) return null;
      return {
        t: 'validation',
        ok: false,
        message: raw.message,
        ...(line === undefined ? {} : { line: line as number }),
        ...(column === undefined ? {} : { column: column as number }),
      };
    }
    default:
      return null;
  }
}
