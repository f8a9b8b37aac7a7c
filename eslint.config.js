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
    // The /docs page's initialiser runs in the browser beside Swagger UI's bundle.
    files: ['console/public/**/*.js'],
    languageOptions: { globals: { window: 'readonly', SwaggerUIBundle: 'readonly' } },
  },
  {
    // Workflow code is replayed deterministically inside Temporal's sandbox:
    // no Node built-ins, no I/O libraries, and activities only as types.
    files: ['src/workflows/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['node:*'], message: 'Workflows must not use Node built-ins.' },
            {
              group: ['../activities/*', '../activities', '../store/*', '../models/*', '../sandbox/*'],
              allowTypeImports: true,
              message: 'Workflows import activities (and their deps) as types only.',
            },
          ],
          paths: ['fs', 'path', 'crypto', 'mongodb', 'openai', 'express', 'pino', 'child_process'],
        },
      ],
    },
  },
);
