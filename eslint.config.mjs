// Lint rules, including the ones that keep the layers apart (see ../shared/design.md):
// the domain core never touches `vscode` or the webview, and the webview app never
// reaches into Node or the host side.
import eslint from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'out/**', 'node_modules/**', '.vscode-test/**'] },
  eslint.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: { console: 'readonly', process: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly', URL: 'readonly', Buffer: 'readonly' },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      eqeqeq: ['error', 'always'],
      'no-restricted-syntax': ['error',
        { selector: "AssignmentExpression[left.property.name=/^(innerHTML|outerHTML)$/]", message: 'Render text with textContent or the dom.ts helpers; never parse HTML.' },
        { selector: "CallExpression[callee.property.name='insertAdjacentHTML']", message: 'Render text with textContent or the dom.ts helpers; never parse HTML.' },
      ],
    },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [{ name: 'vscode', message: 'src/core is plain Node: pass what it needs in as arguments.' }],
        patterns: [
          { group: ['**/session/**', '**/webview/**', '**/extension'], message: 'src/core must not depend on VS Code surfaces or webviews.' },
        ],
      }],
    },
  },
  {
    files: ['src/cli/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [{ name: 'vscode', message: 'The CLI runs on plain Node without VS Code: use src/core only.' }],
        patterns: [{ group: ['**/session/**', '**/webview/**', '**/workspace/**', '**/extension'], message: 'The CLI uses src/core only.' }],
      }],
    },
  },
  {
    files: ['src/webview/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [{ name: 'vscode', message: 'Webview code runs in a browser page: talk to the host through protocol.ts.' }],
        patterns: [
          { group: ['node:*', 'fs', 'path', 'child_process', 'crypto'], message: 'Webview code runs in a browser page, not in Node.' },
          { group: ['**/session/*', '**/extension', '**/core/store', '**/core/reflectionYaml'], message: 'Webview code may import only protocol.ts, its own files and plain core types.' },
        ],
      }],
    },
  },
  {
    files: ['**/*.mjs'],
    languageOptions: { globals: { console: 'readonly', process: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly', URL: 'readonly', Buffer: 'readonly' } },
  },
);
