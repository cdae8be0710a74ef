// Lint rules, including the ones that keep the floors apart (see docs/architecture.md):
// the domain core never touches `vscode`, the host kit never imports a surface, no surface
// imports another, and the webview apps never reach into Node or the host side.
import eslint from '@eslint/js';
import tseslint from 'typescript-eslint';
import { layersPlugin } from './eslint.layers.mjs';

export default tseslint.config(
  // src/core/model/generated: written by test/schema/generateValidators.mjs from the schemas (a unit test keeps it current).
  { ignores: ['dist/**', 'out/**', 'node_modules/**', '.vscode-test/**', 'src/core/model/generated/**'] },
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
    // The floors: each layer imports only what docs/architecture.md allows (eslint.layers.mjs).
    files: ['src/**/*.ts'],
    plugins: { layers: layersPlugin },
    rules: {
      'layers/floors': 'error',
      // Small files that each do one thing (docs/architecture.md); string tables may say so and opt out.
      'max-lines': ['error', { max: 300 }],
      'max-lines-per-function': ['error', { max: 60 }],
    },
  },
  {
    // What the Team Review's worker bundles runs on plain Node in a worker thread: no `vscode`, no host kit.
    files: ['src/review/worker/**/*.ts', 'src/review/reviewModel.ts', 'src/review/reviewViews.ts', 'src/review/viewCheck.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [{ name: 'vscode', message: 'The Team Review worker runs without vscode; compute here, let reviewService.ts talk to VS Code.' }],
        patterns: [{ group: ['**/host/*', '**/strings'], message: 'The host kit imports vscode, which the Team Review worker cannot load.' }],
      }],
    },
  },
  {
    files: ['**/*.mjs'],
    languageOptions: { globals: { console: 'readonly', process: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly', URL: 'readonly', Buffer: 'readonly' } },
  },
);
