import { describe, expect, it } from 'vitest';
import { fastestMs } from '../support/timing.js';
import { findTemplateProblems, renderTemplate, templateDetails } from '../../src/judge/template.js';

const values = {
  input: 'Q',
  output: 'A',
  model: 'm',
  metadata: { lang: 'de' },
  ground_truth: { input: 'GQ', output: 'GA', metadata: { topic: 't' } },
};

describe('prompt templates', () => {
  it('renders known variables, spaces inside braces allowed, and leaves the rest as written', () => {
    const template =
      '{{input}}|{{ output }}|{{model}}|{{ground_truth}}|{{ground_truth.input}}|{{metadata.lang}}|' +
      '{{ground_truth.metadata.topic}}|{{unknown}}|{{{input}}}|{{a{b}}|{{ input\n}}|}}{{';
    expect(renderTemplate(template, values)).toBe('Q|A|m|GA|GQ|de|t|{{unknown}}|{Q}|{{a{b}}|Q|}}{{');
  });

  it('finds unknown variables with their line and column', () => {
    const problems = findTemplateProblems('Rate this.\nAnswer: {{answer}} and {{input}}\n{{ metadata.a.b }}');
    expect(problems).toEqual([
      expect.objectContaining({ variable: 'answer', line: 2, column: 9 }),
      expect.objectContaining({ variable: 'metadata.a.b', line: 3, column: 1 }),
    ]);
  });

  it('allows a generate prompt only the seed item: input and metadata', () => {
    expect(findTemplateProblems('{{input}} in {{metadata.lang}}', 'generate')).toEqual([]);
    expect(templateDetails('sample.prompt', 'Improve {{output}}', 'generate')).toEqual([
      expect.objectContaining({ field: 'sample.prompt', line: 1, column: 9 }),
    ]);
  });

  it('scans adversarial templates in linear time', () => {
    const worst = [
      '{{' + ' '.repeat(100_000), // cubic for the old pattern: 3-4 k characters took seconds
      '{{' + ' '.repeat(50_000) + '}',
      '{{ a '.repeat(20_000),
      '{'.repeat(100_000),
      '{{}}'.repeat(25_000),
      '{{x}}'.repeat(20_000),
      '{{' + 'metadata.'.repeat(11_000) + '}}',
    ];
    for (const template of worst) {
      expect(fastestMs(() => findTemplateProblems(template))).toBeLessThan(200);
      expect(fastestMs(() => findTemplateProblems(template, 'generate'))).toBeLessThan(200);
      expect(fastestMs(() => renderTemplate(template, values))).toBeLessThan(200);
    }
  });
});
