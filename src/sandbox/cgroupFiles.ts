import { closeSync, existsSync, openSync, readdirSync, readFileSync, readSync, writeFileSync } from 'node:fs';

/**
 * Reading the kernel's cgroup files (/proc/self/mountinfo, /proc/self/cgroup, a group's counters)
 * and writing its knobs, for cgroup.ts: each read tolerates a file that is missing or gone.
 */
export interface Mount {
  root: string;
  mountPoint: string;
  fsType: string;
  superOptions: string[];
}

export function parseMountinfo(text: string): Mount[] {
  const mounts: Mount[] = [];
  for (const line of text.split('\n')) {
    const [left, right] = line.split(' - ');
    if (!left || !right) continue;
    const fields = left.split(' ');
    const [fsType, , superOptions = ''] = right.split(' ');
    const unescape = (s: string) =>
      s.replace(/\\(\d{3})/g, (_, o: string) => String.fromCharCode(parseInt(o, 8)));
    mounts.push({
      root: unescape(fields[3] ?? '/'),
      mountPoint: unescape(fields[4] ?? ''),
      fsType: fsType ?? '',
      superOptions: superOptions.split(','),
    });
  }
  return mounts;
}

export function parseProcCgroup(text: string): { controllers: string[]; path: string }[] {
  return text
    .split('\n')
    .filter(Boolean)
    .map((line) => {
      const [, controllers = '', ...rest] = line.split(':');
      return { controllers: controllers ? controllers.split(',') : [], path: rest.join(':') };
    });
}

/**
 * A flat-keyed counter read once per result message: kept open and read at offset 0 (a quarter of
 * the cost of opening it each time, which showed in the throughput of trivial evaluators).
 */
export class CounterFile {
  private fd: number | null = null;
  private readonly buffer = Buffer.alloc(512);
  private readonly pattern: RegExp;
  constructor(
    private readonly file: string,
    key: string,
  ) {
    this.pattern = new RegExp(`^${key} (\\d+)$`, 'm');
  }
  read(): number {
    try {
      this.fd ??= openSync(this.file, 'r');
      const length = readSync(this.fd, this.buffer, 0, this.buffer.length, 0);
      const match = this.pattern.exec(this.buffer.toString('latin1', 0, length));
      return match ? Number(match[1]) : 0;
    } catch {
      return 0;
    }
  }
  close(): void {
    if (this.fd !== null) closeSync(this.fd);
    this.fd = null;
  }
}

export function safeReaddir(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}

export function read(file: string): string | null {
  try {
    return readFileSync(file, 'utf8').trim();
  } catch {
    return null;
  }
}

export function writeOptional(file: string, value: string): void {
  if (!existsSync(file)) return;
  try {
    writeFileSync(file, value);
  } catch {
    // optional knob (e.g. swap accounting off): the limits that matter were written already
  }
}

/** The value of `key N` in a flat-keyed cgroup file. */
export function keyed(text: string | null, key: string): number | null {
  if (text === null) return null;
  const match = new RegExp(`^${key} (\\d+)$`, 'm').exec(text);
  return match ? Number(match[1]) : null;
}
