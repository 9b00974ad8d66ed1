// Flat config with typed linting; the rings of the design are enforced here, not in review.
import js from '@eslint/js';
import { builtinModules } from 'node:module';
import tseslint from 'typescript-eslint';

/** Node's own modules by their bare names (`fs`, `path`, ...); `node:*` is a pattern below. */
const NODE_BUILTINS = builtinModules.filter((m) => !m.startsWith('_'));

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
  // The rings of the design (docs/ARCHITECTURE.md): each runtime may import only what its arrows
  // allow. The file globs do not overlap, so no later block undoes an earlier one. The
  // TypeScript projects (tsconfig.json per runtime, with references) enforce the same lines.
  {
    // The pure service: text in, plain results out. No VS Code, no LSP transport, no Node.
    files: ['server/src/service/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ['vscode', ...NODE_BUILTINS],
          patterns: [
            { group: ['node:*'], message: 'The service is pure: no Node modules (it runs in the webview too).' },
            {
              group: [
                'vscode-languageserver',
                'vscode-languageserver/*',
                'vscode-languageclient',
                'vscode-languageclient/*',
                'vscode-languageserver-protocol',
                'vscode-languageserver-protocol/*',
                'vscode-jsonrpc',
                'vscode-jsonrpc/*',
              ],
              message: 'The service knows no LSP transport; the glue translates its results.',
            },
            {
              group: ['**/lsp', '**/lsp/**', '**/cli', '**/cli/**', '**/node', '**/node/**', '**/client/**', '**/media/**'],
              message: 'Dependencies point inwards: the service knows no glue.',
            },
          ],
        },
      ],
    },
  },
  {
    // The protocol: types, method names and the small rules every runtime shares; nothing of ours.
    files: ['server/src/protocol/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ['vscode', ...NODE_BUILTINS],
          patterns: [
            {
              group: [
                '../*',
                'node:*',
                'vscode-jsonrpc/node',
                'vscode-languageserver',
                'vscode-languageclient',
                'vscode-languageserver/*',
                'vscode-languageclient/*',
              ],
              message: 'The protocol depends on nothing of ours and on no transport.',
            },
          ],
        },
      ],
    },
  },
  {
    // The language server, the CLI and their Node helpers: the service through its entry only.
    files: ['server/src/lsp/**/*.ts', 'server/src/cli/**/*.ts', 'server/src/node/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ['vscode'],
          patterns: [
            {
              group: ['../service/*', '!../service/index', '!../service/types'],
              message: 'Use the service through its entry (server/src/service/index.ts).',
            },
            { group: ['**/client/**', '**/media/**'], message: 'The server does not reach into the extension host or the webview.' },
          ],
        },
      ],
    },
  },
  {
    // The extension host: VS Code's API and the protocol. No service, no model, no browser driver.
    files: ['client/src/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ['yaml', 'ajv', 'mermaid', 'playwright-core', 'vscode-languageserver'],
          patterns: [
            {
              group: ['**/server/src/*', '!**/server/src/protocol'],
              message: 'The extension host talks to the language server through the protocol; it loads none of the server.',
            },
            { group: ['**/media/**'], message: 'The webview is reached by message only.' },
          ],
        },
      ],
    },
  },
  {
    // The webview: the DOM, the protocol and the service's entry (its pure diagram code). No Node.
    files: ['media/src/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ['vscode', ...NODE_BUILTINS],
          patterns: [
            {
              group: [
                'node:*',
                'vscode-languageclient',
                'vscode-languageclient/*',
                'vscode-languageserver',
                'vscode-languageserver/*',
                'vscode-jsonrpc/node',
              ],
              message: 'The webview runs in a browser.',
            },
            {
              group: ['**/server/src/service/*', '!**/server/src/service/index', '!**/server/src/service/types'],
              message: 'Use the service through its entry (server/src/service/index.ts).',
            },
            {
              group: ['**/server/src/lsp/**', '**/server/src/cli/**', '**/server/src/node/**', '**/client/**'],
              message: 'The webview knows only the protocol and the service.',
            },
          ],
        },
      ],
    },
  },
  {
    // Code that runs in Node must not lean on the DOM's globals.
    files: ['server/src/**/*.ts', 'client/src/**/*.ts'],
    rules: {
      'no-restricted-globals': [
        'error',
        'window',
        'document',
        'navigator',
        'location',
        'Image',
        'HTMLElement',
        'DOMParser',
        'XMLSerializer',
        'localStorage',
      ],
    },
  },
  {
    files: ['test/**/*.ts'],
    rules: { '@typescript-eslint/no-floating-promises': 'off' },
  },
);
