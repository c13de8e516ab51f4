// Lint configuration. Besides the usual rules it enforces the layers of
// /work/shared/ARCHITECTURE.md (as VS Code's code-layering rule does):
//   shared/        imports no Node module, no Electron, no React, nothing from main/ or renderer/
//   main/core/     never imports Electron, main/electron/ or renderer/
//   main/electron/ never imports renderer/
//   renderer/      never imports main/ or Node
// scripts/eslint-layers.test.ts proves each of these rules fires.
import { builtinModules } from 'node:module';
import { defineConfig } from 'eslint/config';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const NODE_BUILTINS = builtinModules.filter((name) => !name.startsWith('_'));

// Relative imports are matched with regexes on the import string: a path that
// climbs (../) into a top-level folder of that name.
const intoFolder = (folder) => `^(\\.\\./)+${folder}(/|$)`;

const message = {
  node: 'runs outside Node; Node modules are not available here (see ARCHITECTURE.md, Layers).',
  electron: 'only main/electron/ may import Electron; main/core/ must run in plain Node.',
  react: 'shared/ holds the model, contract and pure functions; React belongs in renderer/.',
  main: 'renderer/ reaches the engine only through window.casebook (the contract in shared/api).',
  renderer: 'the main process never imports renderer code; share it through shared/.',
  mainFromShared: 'shared/ is imported by main/ and renderer/, never the other way round.',
  electronFromCore: 'main/core/ must not depend on main/electron/; the shell depends on the core.',
};

// One regex for a group, as an esquery literal: `/` must be escaped inside it.
const groupRegex = (g) =>
  [...(g.names ?? []).map((name) => `^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`), ...(g.regexes ?? [])]
    .join('|')
    .replace(/\//g, '\\/');

const restrict = (...groups) => ({
  'no-restricted-imports': [
    'error',
    {
      paths: groups.flatMap((g) => (g.names ?? []).map((name) => ({ name, message: g.message }))),
      patterns: groups.flatMap((g) => (g.regexes ?? []).map((regex) => ({ regex, message: g.message }))),
    },
  ],
  // no-restricted-imports sees only static imports; `await import('electron')` and require() would slip past.
  'no-restricted-syntax': [
    'error',
    ...groups.flatMap((g) => [
      { selector: `ImportExpression[source.value=/${groupRegex(g)}/]`, message: g.message },
      { selector: `CallExpression[callee.name='require'][arguments.0.value=/${groupRegex(g)}/]`, message: g.message },
    ]),
  ],
});

const noNode = { names: NODE_BUILTINS, regexes: ['^node:'], message: message.node };
const noElectron = { names: ['electron'], regexes: ['^electron/'], message: message.electron };
const noNativeStore = { names: ['better-sqlite3'], message: message.node };
const noReact = {
  names: ['react', 'react-dom', 'react-dom/client', 'react/jsx-runtime', '@tiptap/react'],
  regexes: ['^react-dom/', '^@tiptap/react/'],
  message: message.react,
};
const noRenderer = { regexes: [intoFolder('renderer')], message: message.renderer };
const noMainFromShared = { regexes: [intoFolder('main')], message: message.mainFromShared };
const noMainFromRenderer = { regexes: [intoFolder('main')], message: message.main };
const noElectronFolder = { regexes: [intoFolder('electron')], message: message.electronFromCore };

const TEST_FILES = ['**/*.test.ts', '**/*.test.tsx'];

export default defineConfig(
  {
    ignores: ['**/node_modules/**', 'out/**', 'dist/**', 'release/**', 'build/**', 'test-results/**', 'playwright-report/**', '.vite/**'],
  },
  {
    // Engineers' uncommitted experiments (.scratch/, .probe.ts at the root) are not the product.
    ignores: ['.scratch/**', '.*.{ts,mts,cts,js,mjs,cjs}'],
  },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      // `let { project, id } = …` where only project is reassigned (reopen in tests) is clearer than two statements.
      'prefer-const': ['error', { destructuring: 'all' }],
    },
  },
  {
    files: ['main/**', 'scripts/**', 'e2e/**', '*.config.{js,ts,mjs}', '**/*.mjs', '**/*.cjs'],
    languageOptions: { globals: globals.node },
  },
  {
    files: ['renderer/**'],
    languageOptions: { globals: globals.browser },
  },

  // The layers. A later block replaces the restricted-import rules for the files it matches,
  // so each block states a folder's whole list.
  {
    files: ['shared/**'],
    rules: restrict(noNode, noNativeStore, noElectron, noReact, noMainFromShared, noRenderer),
  },
  {
    // shared/ tests run in Node under vitest and may read fixtures, but stay clear of the other layers.
    files: TEST_FILES.map((glob) => `shared/${glob}`),
    rules: restrict(noElectron, noReact, noMainFromShared, noRenderer),
  },
  {
    files: ['main/core/**'],
    rules: restrict(noElectron, noElectronFolder, noRenderer),
  },
  {
    files: ['main/electron/**'],
    rules: restrict(noRenderer),
  },
  {
    files: ['renderer/**'],
    rules: restrict(noNode, noNativeStore, noElectron, noMainFromRenderer),
  },
  {
    // Renderer tests run in Node and may drive the real core, as e2e/ does.
    files: TEST_FILES.map((glob) => `renderer/${glob}`),
    rules: restrict(noElectron),
  },

  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      // Breaking the rules of hooks is a bug; the React Compiler's other checks are advice
      // (and flag sound patterns such as a recursive useCallback), so they warn.
      ...Object.fromEntries(Object.keys(reactHooks.configs.flat['recommended-latest'].rules).map((rule) => [rule, 'warn'])),
      'react-hooks/rules-of-hooks': 'error',
    },
  },
);
