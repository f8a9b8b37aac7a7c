// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules', 'dist', '.assay', 'coverage', '.venv-tools'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': 'off',
    },
  },
  {
    // A file does one thing: past 400 lines it is doing several (split it along its seams), tests
    // and benchmarks included. The generated OpenAPI client is not written by hand.
    files: ['src/**/*.ts', 'console/src/**/*.{ts,tsx}', 'test/**/*.ts', 'bench/**/*.ts'],
    ignores: ['src/client/schema.ts'],
    rules: { 'max-lines': ['error', { max: 400 }] },
  },
  {
    // The console reaches the API only through the typed client (console/src/api/client.ts):
    // paths, parameters and answers checked against the generated schema, not string paths,
    // hand-written interfaces or casts that drift from what the server answers.
    files: ['console/src/**/*.{ts,tsx}'],
    ignores: ['console/src/api/client.ts'],
    rules: {
      'no-restricted-globals': [
        'error',
        { name: 'fetch', message: 'Call the API through apiClient (console/src/api/client.ts).' },
        { name: 'XMLHttpRequest', message: 'Call the API through apiClient (console/src/api/client.ts).' },
      ],
      'no-restricted-properties': [
        'error',
        {
          object: 'window',
          property: 'fetch',
          message: 'Call the API through apiClient (console/src/api/client.ts).',
        },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: 'TemplateLiteral[quasis.0.value.raw=/^\\/v1\\//]',
          message:
            "No API paths built from strings: apiClient.GET('/v1/…/{id}', { params: { path: { id } } }).",
        },
      ],
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '(^|/)src/(domain|api|store)(/|$)',
              message: "The console's API types come from the generated client (console/src/api/types.ts).",
            },
          ],
        },
      ],
    },
  },
  {
    // The /docs page's initialiser runs in the browser beside Swagger UI's bundle.
    files: ['console/public/**/*.js'],
    languageOptions: { globals: { window: 'readonly', SwaggerUIBundle: 'readonly' } },
  },
  {
    // Workflow code is replayed deterministically inside Temporal's sandbox, so it may import
    // only the pure engine core, the domain schemas and Temporal's workflow API; activities
    // only as types. An allow-list, so a new folder is forbidden until someone decides otherwise.
    files: ['src/workflows/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(?!\\./|\\.\\./(core|domain)/|\\.\\./activities(/|$)|@temporalio/(workflow|common)$)',
              message:
                'Workflows import only ./, ../core, ../domain and @temporalio/workflow (no Node built-ins, no I/O).',
            },
            {
              group: ['../activities', '../activities/*'],
              allowTypeImports: true,
              message: 'Workflows import activities (and their deps) as types only.',
            },
          ],
        },
      ],
    },
  },
  {
    // The engine core (and the statistics it builds on) is shared by the workflow bundle and the
    // activities: pure functions of their inputs, no Node built-ins, no I/O libraries.
    files: ['src/core/**/*.ts', 'src/metrics/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              // @stdlib: pure numerics (Student's t, beta functions) the metrics may rest on.
              regex: '^(?!\\./|\\.\\./(core|domain|metrics)/|zod$|@stdlib/)',
              message:
                'The engine core imports only ./, ../core, ../domain, ../metrics and zod: no Node built-ins, no I/O.',
            },
          ],
        },
      ],
    },
  },
);
