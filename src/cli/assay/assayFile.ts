import { readFileSync } from 'node:fs';
import path from 'node:path';
import { isNode, LineCounter, parseDocument, type Document } from 'yaml';
import { z } from 'zod';
import { labelSchema } from '../../domain/common.js';
import { containerCreateSchema } from '../../domain/containers.js';
import { datasetCreateSchema, datasetItemInputSchema, type DatasetItemInput } from '../../domain/datasets.js';
import { evaluatorCreateSchema } from '../../domain/evaluators.js';
import { monitorCreateSchema } from '../../domain/monitors.js';
import { runCreateSchema } from '../../domain/runs.js';
import { UsageError } from './exitCodes.js';

/**
 * `assay.yaml`: containers, evaluators, datasets (local JSONL files), monitors and named runs,
 * each validated by the very schema the API validates its request with.
 */
export const assayFileSchema = z
  .object({
    containers: z.array(containerCreateSchema).default([]),
    evaluators: z.array(evaluatorCreateSchema).default([]),
    datasets: z
      .array(
        datasetCreateSchema
          .omit({ items: true })
          .extend({ file: z.string().min(1).describe('JSONL file, relative to assay.yaml') }),
      )
      .default([]),
    monitors: z.array(monitorCreateSchema).default([]),
    runs: z
      .array(
        runCreateSchema.extend({
          name: labelSchema,
          /** Gates checked when the run is started from this entry (more can be given with --gate). */
          gates: z.array(z.string().min(1)).default([]),
        }),
      )
      .default([]),
  })
  .strict();
export type AssayFile = z.infer<typeof assayFileSchema>;
export type DeclaredDataset = AssayFile['datasets'][number];

export interface FileProblem {
  file: string;
  line: number;
  column: number;
  field: string;
  message: string;
}

export class AssayFileError extends UsageError {
  constructor(readonly problems: FileProblem[]) {
    super(
      problems
        .map((p) => `${p.file}:${p.line}:${p.column}: ${p.field ? `${p.field}: ` : ''}${p.message}`)
        .join('\n'),
    );
  }
}

/** Where a path of the document is written; a missing key points at its parent. */
function positionOf(doc: Document, lines: LineCounter, fieldPath: (string | number)[]) {
  for (let depth = fieldPath.length; depth >= 0; depth--) {
    const node = depth === 0 ? doc.contents : doc.getIn(fieldPath.slice(0, depth), true);
    if (isNode(node) && node.range) {
      const { line, col } = lines.linePos(node.range[0]);
      return { line, column: col };
    }
  }
  return { line: 1, column: 1 };
}

export interface LoadedAssayFile {
  path: string;
  dir: string;
  spec: AssayFile;
}

/** Reads and validates the file; every problem at once, each with its line and field. */
export function loadAssayFile(file: string): LoadedAssayFile {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new UsageError(`cannot read ${file}: ${(error as Error).message}`);
  }
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false });
  if (doc.errors.length > 0) {
    throw new AssayFileError(
      doc.errors.map((e) => ({
        file,
        line: e.linePos?.[0].line ?? 1,
        column: e.linePos?.[0].col ?? 1,
        field: '',
        message: e.message.split('\n')[0]!,
      })),
    );
  }
  const parsed = assayFileSchema.safeParse(doc.toJS() ?? {});
  if (!parsed.success) {
    throw new AssayFileError(
      parsed.error.issues.map((issue) => {
        const fieldPath = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
        return {
          file,
          ...positionOf(doc, lines, fieldPath),
          field: fieldPath.join('.'),
          message: issue.message,
        };
      }),
    );
  }
  const spec = parsed.data;
  const duplicates = (kind: keyof AssayFile, key: (entry: never) => string) => {
    const seen = new Set<string>();
    (spec[kind] as never[]).forEach((entry, index) => {
      const name = key(entry);
      if (seen.has(name)) {
        const at = positionOf(doc, lines, [kind, index]);
        throw new AssayFileError([
          { file, ...at, field: `${kind}.${index}`, message: `"${name}" is declared twice` },
        ]);
      }
      seen.add(name);
    });
  };
  duplicates('containers', (c: AssayFile['containers'][number]) => c.label);
  duplicates('evaluators', (e: AssayFile['evaluators'][number]) => `${e.container ?? ''}/${e.name}`);
  duplicates('datasets', (d: DeclaredDataset) => d.name);
  duplicates('monitors', (m: AssayFile['monitors'][number]) => `${m.container}/${m.name}`);
  duplicates('runs', (r: AssayFile['runs'][number]) => r.name);
  return { path: file, dir: path.dirname(path.resolve(file)), spec };
}

export interface JsonlLine<T> {
  line: number;
  text: string;
  value: T;
}

/**
 * A dataset's JSONL, each line checked with the API's item schema. apply needs an
 * `id` on every line: ids are what makes a second apply add nothing.
 */
export function readDatasetFile(
  declaredIn: LoadedAssayFile,
  dataset: DeclaredDataset,
): JsonlLine<DatasetItemInput & { id: string }>[] {
  const file = path.resolve(declaredIn.dir, dataset.file);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new UsageError(`datasets.${dataset.name}.file: cannot read ${file}: ${(error as Error).message}`);
  }
  const problems: FileProblem[] = [];
  const items: JsonlLine<DatasetItemInput & { id: string }>[] = [];
  text.split('\n').forEach((raw, index) => {
    const lineText = raw.trim();
    if (!lineText) return;
    const line = index + 1;
    let json: unknown;
    try {
      json = JSON.parse(lineText);
    } catch (error) {
      problems.push({ file, line, column: 1, field: '', message: `not JSON: ${(error as Error).message}` });
      return;
    }
    const parsed = datasetItemInputSchema.safeParse(json);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        problems.push({ file, line, column: 1, field: issue.path.join('.'), message: issue.message });
      }
    } else if (!parsed.data.id) {
      problems.push({
        file,
        line,
        column: 1,
        field: 'id',
        message: 'apply needs an id on every item (it makes re-applying add nothing)',
      });
    } else {
      items.push({ line, text: lineText, value: parsed.data as DatasetItemInput & { id: string } });
    }
  });
  if (problems.length > 0) throw new AssayFileError(problems);
  return items;
}
