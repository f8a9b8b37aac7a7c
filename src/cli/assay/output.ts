import { createColors } from 'picocolors';

export type Colors = ReturnType<typeof createColors>;

/**
 * Where the CLI writes. Colour and live redrawing only on a terminal and without
 * NO_COLOR (https://no-color.org); `--json` prints one JSON document on stdout and
 * nothing else there, so it can be piped.
 */
export class Output {
  readonly colors: Colors;
  readonly interactive: boolean;

  constructor(
    readonly json: boolean,
    readonly stdout: NodeJS.WriteStream = process.stdout,
    readonly stderr: NodeJS.WriteStream = process.stderr,
    env: NodeJS.ProcessEnv = process.env,
  ) {
    const noColor = env.NO_COLOR !== undefined && env.NO_COLOR !== '';
    this.interactive = Boolean(stderr.isTTY) && !json && env.TERM !== 'dumb';
    this.colors = createColors(Boolean(stdout.isTTY) && !noColor && !json && env.TERM !== 'dumb');
  }

  /** Human output: suppressed under `--json`. */
  line(text = ''): void {
    if (!this.json) this.stdout.write(`${text}\n`);
  }

  /** Notes and progress go to stderr, so stdout stays clean for data. */
  note(text: string): void {
    this.stderr.write(`${text}\n`);
  }

  data(value: unknown): void {
    this.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
  }

  /** A plain aligned table: no box drawing, so it reads the same in logs and terminals. */
  table(headers: string[], rows: string[][]): void {
    const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
    const fmt = (cells: string[]) =>
      cells
        .map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i]!)))
        .join('  ')
        .trimEnd();
    this.line(this.colors.bold(fmt(headers)));
    for (const row of rows) this.line(fmt(row));
  }
}

export const formatNumber = (value: number | null | undefined, digits = 3) =>
  value === null || value === undefined ? '-' : value.toFixed(digits);

export const formatInterval = (ci: { low: number; high: number } | null | undefined, digits = 3) =>
  ci ? `[${ci.low.toFixed(digits)}, ${ci.high.toFixed(digits)}]` : '';
