import { readFileSync } from 'node:fs';

/**
 * CPU time the hypervisor gave to other guests while a bench or the suite ran ("steal", from
 * /proc/stat). On a shared VM it comes and goes in spells; a page bench measured at 30% steal
 * reads two or three times slower than the same code at 2%, so the bench report says how much
 * each bench lost, and the suite's summary how much the run did.
 */
export interface CpuTimes {
  /** All CPU time, in the kernel's ticks (every field of the `cpu` line but guest time, already in user). */
  total: number;
  steal: number;
}

/** The machine-wide `cpu` line of /proc/stat: user nice system idle iowait irq softirq steal guest guest_nice. */
export function parseCpuTimes(procStat: string): CpuTimes | null {
  const line = procStat.split('\n').find((l) => /^cpu\s/.test(l));
  if (!line) return null;
  const fields = line.trim().split(/\s+/).slice(1).map(Number);
  if (fields.length < 8 || fields.some((n) => !Number.isFinite(n))) return null;
  const counted = fields.slice(0, 8);
  return { total: counted.reduce((sum, n) => sum + n, 0), steal: counted[7]! };
}

/** Null off Linux (no /proc/stat): the report then says nothing about steal. */
export function readCpuTimes(): CpuTimes | null {
  try {
    return parseCpuTimes(readFileSync('/proc/stat', 'utf8'));
  } catch {
    return null;
  }
}

/** Percent of the machine's CPU time stolen between two readings; null without both or without time passing. */
export function stolenPercent(before: CpuTimes | null, after: CpuTimes | null): number | null {
  if (!before || !after || after.total <= before.total) return null;
  return Math.round((1000 * (after.steal - before.steal)) / (after.total - before.total)) / 10;
}

/** Above this, a bench's latencies and CPU figures are not comparable with a quiet run's. */
export const NOISY_STEAL_PERCENT = 5;
