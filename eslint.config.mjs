// Flat config with typed linting; the rings of the design are enforced here, not in review.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'out/', 'node_modules/', 'bin/', 'scripts/', 'eslint.config.mjs', 'samples/'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    // The pure service: text in, plain results out. No VS Code, no connection, no file system.
    files: ['server/src/service/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: ['vscode', 'fs', 'node:fs', 'fs/promises', 'node:fs/promises', 'child_process', 'node:child_process', 'net', 'node:net', 'http', 'node:http', 'https', 'node:https'],
        patterns: [
          { group: ['vscode-languageserver', 'vscode-languageserver/*', 'vscode-languageclient', 'vscode-languageclient/*'], message: 'The service is pure; only LSP *types* (vscode-languageserver-types) may be imported.' },
          { group: ['**/lsp/**', '**/cli/**', '**/node/**', '**/client/**'], message: 'Dependencies point inwards: the service knows no glue.' },
        ],
      }],
    },
  },
  {
    // Shared protocol: types and method names only.
    files: ['server/src/protocol/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: ['vscode', 'node:fs', 'fs'], patterns: [{ group: ['**/lsp/**', '**/cli/**', '**/service/**', '**/client/**'], message: 'The protocol depends on nothing of ours.' }] }],
    },
  },
  {
    files: ['server/src/**/*.ts'],
    ignores: ['server/src/service/**'],
    rules: { 'no-restricted-imports': ['error', { paths: ['vscode'] }] },
  },
  {
    // Tests that drive Chromium bring the DOM's types into the program (test/export/helpers.ts):
    // the extension host, the server and the CLI run in Node and must not lean on them.
    files: ['server/src/**/*.ts', 'client/src/**/*.ts'],
    rules: { 'no-restricted-globals': ['error', 'window', 'document', 'navigator', 'location', 'Image', 'HTMLElement', 'DOMParser', 'XMLSerializer', 'localStorage'] },
  },
  {
    files: ['test/**/*.ts'],
    rules: { '@typescript-eslint/no-floating-promises': 'off' },
  },
);
