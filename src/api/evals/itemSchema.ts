import { Ajv, type ValidateFunction } from 'ajv';
import { invalidField } from '../../domain/errors.js';
import { compileRegex } from '../../graders/regexCheck.js';
import { evalDataSourceConfig, type EvalDoc } from '../../store/evals.js';

/** Ajv's regular-expression engine, as RE2; a pattern RE2 refuses fails the schema's compilation. */
const re2Engine = Object.assign(
  (pattern: string) => {
    const compiled = compileRegex(pattern);
    if (!compiled.ok) throw new Error(`pattern ${JSON.stringify(pattern)}: ${compiled.message}`);
    return { test: (text: string) => ((compiled.regex.lastIndex = 0), compiled.regex.test(text)) };
  },
  { code: 're2' },
);

/** A validator of the eval's `item_schema` (custom configs), or null when items are free-form. */
export function compileItemSchema(itemSchema: unknown): ValidateFunction | null {
  if (!itemSchema || typeof itemSchema !== 'object') return null;
  try {
    // The schema is the tenant's: its `pattern`s run on RE2 (linear time), never on JavaScript's RegExp.
    return new Ajv({ allErrors: false, strict: false, code: { regExp: re2Engine } }).compile(itemSchema);
  } catch (error) {
    throw invalidField(
      'data_source_config.item_schema',
      `not a usable JSON schema: ${(error as Error).message}`,
    );
  }
}

export function itemValidator(evalDoc: EvalDoc): ValidateFunction | null {
  const config = evalDataSourceConfig(evalDoc);
  if (config.type !== 'custom') return null;
  return compileItemSchema((config.schema.properties as Record<string, unknown>)?.item);
}
