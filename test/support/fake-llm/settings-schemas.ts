import { z } from 'zod';
import type { FaultSettings, Latency } from './types.js';

export const latencySchema: z.ZodType<Latency> = z.union([
  z.number().nonnegative(),
  z
    .object({ min: z.number().nonnegative(), max: z.number().nonnegative() })
    .refine(({ min, max }) => min <= max, 'min must not exceed max'),
]);

export const faultSettingsSchema: z.ZodType<FaultSettings> = z.object({
  rate: z.number().min(0).max(1),
  kinds: z
    .array(z.enum(['429', '500', '503', 'hang', 'malformed', 'prose', 'fenced', 'truncated_json']))
    .min(1)
    .optional(),
  retryAfterSeconds: z.number().nonnegative().optional(),
  seed: z.number().int().optional(),
});

/** Accepts "20" for a fixed delay or "5-40" for a uniform range, as typed on a command line. */
export function parseLatencyArg(text: string): Latency {
  const range = /^(\d+(?:\.\d+)?)-(\d+(?:\.\d+)?)$/.exec(text.trim());
  const candidate = range ? { min: Number(range[1]), max: Number(range[2]) } : Number(text);
  return latencySchema.parse(candidate);
}
