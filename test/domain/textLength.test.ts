import { describe, expect, it } from 'vitest';
import { metadataSchema } from '../../src/domain/common.js';
import { openAiMetadataSchema } from '../../src/domain/evals.js';
import { datasetCreateSchema } from '../../src/domain/datasets.js';
import { MAX_TEMPLATE_CHARS, templateTextSchema } from '../../src/domain/templates.js';
import { evaluatorCreateSchema } from '../../src/domain/evaluators.js';
import { chars } from '../../src/domain/textLength.js';

/** An emoji is one character to JSON Schema's maxLength and two UTF-16 units to `.length`. */
const emoji = '😀';
const code = { type: 'code', name: 'c', code: 'x = 1' };

describe('string limits count characters as the OpenAPI document does (code points)', () => {
  it('counts an emoji once (zod counts code points, as JSON Schema does)', () => {
    expect(emoji.length).toBe(2);
    expect(chars(64).safeParse(emoji.repeat(64)).success).toBe(true);
    expect(chars(64).safeParse(emoji.repeat(65)).success).toBe(false);
  });

  it.each([
    ['Assay metadata', metadataSchema],
    ['OpenAI metadata', openAiMetadataSchema],
  ])('%s: a 64-emoji key and a 512-emoji value are taken, 65 and 513 refused', (_what, schema) => {
    expect(schema.safeParse({ [emoji.repeat(64)]: emoji.repeat(512) }).success).toBe(true);
    expect(schema.safeParse({ [emoji.repeat(65)]: 'v' }).success).toBe(false);
    expect(schema.safeParse({ k: emoji.repeat(513) }).success).toBe(false);
  });

  it('names the field and the bound when a key is over it', () => {
    const key = emoji.repeat(65);
    const parsed = evaluatorCreateSchema.safeParse({ ...code, metadata: { [key]: 'v' } });
    expect(parsed.success).toBe(false);
    const issues = parsed.error!.issues;
    expect(issues.map((issue) => issue.path[0])).toEqual(['metadata']);
    expect(JSON.stringify(issues)).toContain('metadata keys are at most 64 characters');
    const taken = evaluatorCreateSchema.safeParse({ ...code, metadata: { [emoji.repeat(64)]: 'v' } });
    expect(taken.success).toBe(true);
  });

  it('every bounded text field counts the same way: a dataset description of 4,000 emoji is taken, 4,001 refused', () => {
    expect(datasetCreateSchema.safeParse({ name: 'd', description: emoji.repeat(4000) }).success).toBe(true);
    const over = datasetCreateSchema.safeParse({ name: 'd', description: emoji.repeat(4001) });
    expect(over.success).toBe(false);
    expect(over.error!.issues).toEqual([
      expect.objectContaining({ path: ['description'], message: 'at most 4000 characters' }),
    ]);
  });

  it('a prompt template counts the same way (its bound set apart from the chained fields)', () => {
    expect(templateTextSchema.safeParse(emoji.repeat(MAX_TEMPLATE_CHARS)).success).toBe(true);
    const over = templateTextSchema.safeParse(emoji.repeat(MAX_TEMPLATE_CHARS + 1));
    expect(over.error?.issues.map((issue) => issue.message)).toEqual([
      `at most ${MAX_TEMPLATE_CHARS} characters`,
    ]);
  });
});
