import { readdirSync, readFileSync } from 'node:fs';
import type { LocalStack } from '../src/stack/localStack.js';

/** Where a bench's CPU and memory went: this process (API + worker), the store and Temporal, from /proc. */

/** CPU seconds (user + system) of a process and its reaped children, from /proc. */
export function processCpuSeconds(pid: number | undefined): number {
  if (!pid) return 0;
  try {
    return cpuSecondsOfStat(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return 0;
  }
}

/** The same from the text of a `/proc/<pid>/stat` (utime, stime, cutime, cstime, in ticks of 10 ms). */
export function cpuSecondsOfStat(stat: string): number {
  const fields = statFields(stat);
  return [11, 12, 13, 14].reduce((sum, i) => sum + Number(fields[i]), 0) / 100;
}

/**
 * A `/proc/.../stat` line's name (between the parentheses) and its fields after it, numbered
 * from `state` as 0. The name may hold spaces and parentheses, so it ends at the last `)`.
 */
function statFields(stat: string): string[] {
  return stat.slice(stat.lastIndexOf(')') + 2).split(' ');
}

/**
 * CPU milliseconds (user + system) of each thread of this process, keyed `name/tid`, from
 * `/proc/self/task` (ticks of 10 ms). A thread's own time only: the children's columns are the
 * process's, the same in every thread.
 */
export function threadCpuMs(): Map<string, number> {
  const threads = new Map<string, number>();
  for (const tid of readdirSync('/proc/self/task')) {
    try {
      const stat = readFileSync(`/proc/self/task/${tid}/stat`, 'utf8');
      const name = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
      const fields = statFields(stat);
      threads.set(`${name}/${tid}`, (Number(fields[11]) + Number(fields[12])) * 10);
    } catch {
      // The thread ended meanwhile.
    }
  }
  return threads;
}

export function rssMb(pid: number | undefined): number {
  if (!pid) return 0;
  try {
    const line = readFileSync(`/proc/${pid}/status`, 'utf8')
      .split('\n')
      .find((l) => l.startsWith('VmRSS:'));
    return Math.round(Number(line?.split(/\s+/)[1] ?? 0) / 1024);
  } catch {
    return 0;
  }
}

/** CPU seconds of each stack process: this one (API + worker), the MongoDB-compatible server, Temporal. */
export function stackCpuSeconds(local: LocalStack): StackCpu {
  const own = process.cpuUsage();
  return {
    apiWorker: (own.user + own.system) / 1e6,
    store: processCpuSeconds(local.mongo.process?.pid),
    temporal: processCpuSeconds(local.temporal.process.pid),
  };
}

export interface StackCpu {
  apiWorker: number;
  store: number;
  temporal: number;
}

export const totalCpu = (cpu: StackCpu) => cpu.apiWorker + cpu.store + cpu.temporal;
