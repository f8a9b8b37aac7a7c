import openapiTS, { astToString, type OpenAPI3 } from 'openapi-typescript';
import { format } from 'prettier';
import { compactEmptySlots } from './compactTypes.js';

export const generatedTypesPath = 'src/client/schema.ts';

const header = `/**
 * Generated from the API's /openapi.json by openapi-typescript: do not edit.
 * After changing a route or a schema, run \`npm run client:generate\`
 * (test/client/generatedTypes.test.ts fails until then).
 */
`;

/** The client's types for an OpenAPI document, formatted as the repository formats TypeScript. */
export async function generateClientTypes(doc: unknown): Promise<string> {
  const ast = await openapiTS(doc as OpenAPI3, { alphabetize: true });
  compactEmptySlots(ast);
  return format(header + astToString(ast), {
    parser: 'typescript',
    singleQuote: true,
    printWidth: 110,
    trailingComma: 'all',
  });
}

// `npm run client:generate`: from the routes themselves, the same document the API serves.
if (process.argv[1]?.endsWith('generateTypes.ts')) {
  const { writeFileSync } = await import('node:fs');
  const { buildOpenApi } = await import('../api/openapi.js');
  const { allRoutes } = await import('../api/routes/index.js');
  const path = new URL(`../../${generatedTypesPath}`, import.meta.url);
  writeFileSync(path, await generateClientTypes(buildOpenApi(allRoutes)));
  console.log(`wrote ${generatedTypesPath}`);
}
