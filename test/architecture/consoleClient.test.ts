import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/**
 * The console calls the API only through the typed client (console/src/api/client.ts), so every
 * path, parameter and answer is checked against the generated schema. The eslint rules that keep
 * it so are checked here as well as by `npm run lint`, so CI (`npm test`) fails when they stop
 * catching a hand-written call.
 */
const guardRules = [
  'no-restricted-globals',
  'no-restricted-properties',
  'no-restricted-syntax',
  'no-restricted-imports',
];

const handWritten = `import type { Run } from '../../../src/domain/runs';
export const run = (id: string): Promise<Run> => fetch(\`/v1/evaluations/runs/\${id}\`).then((r) => r.json());
export const upload = (): XMLHttpRequest => new XMLHttpRequest();
export const again = (): Promise<Response> => window.fetch('/v1/evaluators');
`;

function guardMessages(results: ESLint.LintResult[]): string[] {
  return results.flatMap((result) =>
    result.messages
      .filter((message) => message.ruleId !== null && guardRules.includes(message.ruleId))
      .map(
        (message) => `${result.filePath.replace(`${process.cwd()}/`, '')}:${message.line} ${message.ruleId}`,
      ),
  );
}

describe('the console reaches the API through the typed client only', () => {
  const eslint = new ESLint();

  it('has no fetch, XMLHttpRequest, string-built /v1 path or server import outside api/client.ts', async () => {
    expect(guardMessages(await eslint.lintFiles(['console/src']))).toEqual([]);
  });

  it('is caught when a page calls the API by hand', async () => {
    const results = await eslint.lintText(handWritten, { filePath: 'console/src/pages/HandWritten.tsx' });
    expect(guardMessages(results)).toEqual([
      'console/src/pages/HandWritten.tsx:1 no-restricted-imports',
      'console/src/pages/HandWritten.tsx:2 no-restricted-globals',
      'console/src/pages/HandWritten.tsx:2 no-restricted-syntax',
      'console/src/pages/HandWritten.tsx:3 no-restricted-globals',
      'console/src/pages/HandWritten.tsx:4 no-restricted-properties',
    ]);
  });

  it('lets the client module itself use fetch and XMLHttpRequest (the config file and the upload with progress)', async () => {
    const results = await eslint.lintText(handWritten.split('\n').slice(1).join('\n'), {
      filePath: 'console/src/api/client.ts',
    });
    expect(guardMessages(results)).toEqual([]);
  });
});
