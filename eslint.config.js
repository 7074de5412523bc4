import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'cdk.out/', 'coverage/', '.precis/', '.bench/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-properties': [
        'error',
        { object: 'describe', property: 'skip', message: 'a skipped test is not done' },
        { object: 'it', property: 'skip', message: 'a skipped test is not done' },
        { object: 'test', property: 'skip', message: 'a skipped test is not done' },
        { object: 'describe', property: 'only', message: 'focused tests hide the others' },
        { object: 'it', property: 'only', message: 'focused tests hide the others' },
        { object: 'test', property: 'only', message: 'focused tests hide the others' },
      ],
    },
  },
  {
    // The NLP is pure: no AWS, no I/O.
    files: ['shared/nlp/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['@aws-sdk/*', 'aws-*', 'node:fs', 'node:fs/*', 'fs', 'node:net', 'node:http'], message: 'shared/nlp is pure: no AWS imports and no I/O' }] }],
    },
  },
  {
    files: ['**/*.mjs', '**/*.js'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly', performance: 'readonly', setTimeout: 'readonly', Buffer: 'readonly' } },
  },
);
