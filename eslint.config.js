import js from '@eslint/js';
import { builtinModules } from 'node:module';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// Where each folder may run decides what it may import. Each rule names the boundary it guards;
// eslint-boundaries.test.ts shows every one of them firing.
const electron = {
  name: 'electron',
  message: 'Only electron/main and electron/preload may import electron.',
};
const nodeBuiltins = (where) => ({
  paths: builtinModules.map((name) => ({ name, message: `${where} must not depend on Node.` })),
  patterns: [{ group: ['node:*'], message: `${where} must not depend on Node.` }],
});
const noServices = {
  group: ['**/electron/**', '**/electron'],
  message: 'The renderer reaches the services only through WorkbenchApi.',
};
const noShells = {
  group: ['**/main', '**/main/**', '**/host', '**/host/**', '**/preload', '**/preload/**'],
  message: 'Services never import a shell: they receive what they need as values or callbacks.',
};
const noFeatures = {
  group: ['**/features/**', '**/features', '**/app/**', '**/app'],
  message: 'The store holds state; views import it, never the other way round.',
};
const noDomInStore = ['document', 'window', 'navigator', 'localStorage'].map((name) => ({
  name,
  message: 'The store never touches the page: DOM code lives in features/ and is passed in.',
}));
const noAppCode = {
  group: ['**/electron/**', '**/renderer/**'],
  message: 'shared/ is the contract both sides read; it imports neither side.',
};
const restrict = ({ paths = [], patterns = [] }) => [
  'error',
  { paths: [electron, ...paths], patterns },
];

export default tseslint.config(
  {
    ignores: ['dist/**', 'release/**', 'node_modules/**', 'seeds/**', 'test-results/**', 'bin/**'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.node },
    },
    rules: {
      '@typescript-eslint/consistent-type-definitions': ['error', 'type'],
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-restricted-imports': restrict({}),
    },
  },
  {
    files: ['electron/main/**'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: ['electron/preload/**'],
    ignores: ['**/*.test.ts'],
    rules: {
      // The preload is the other place electron is allowed; Node is not there in a sandbox.
      'no-restricted-imports': ['error', nodeBuiltins('The sandboxed preload')],
    },
  },
  {
    files: ['electron/services/**'],
    rules: { 'no-restricted-imports': restrict({ patterns: [noShells] }) },
  },
  {
    files: ['shared/**'],
    rules: {
      'no-restricted-imports': restrict({
        ...nodeBuiltins('shared/'),
        patterns: [...nodeBuiltins('shared/').patterns, noAppCode],
      }),
    },
  },
  {
    files: ['renderer/**'],
    rules: {
      'no-restricted-imports': restrict({
        ...nodeBuiltins('The renderer'),
        patterns: [...nodeBuiltins('The renderer').patterns, noServices],
      }),
    },
  },
  {
    files: ['renderer/state/**'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': restrict({
        ...nodeBuiltins('The renderer'),
        patterns: [...nodeBuiltins('The renderer').patterns, noServices, noFeatures],
      }),
      'no-restricted-globals': ['error', ...noDomInStore],
    },
  },
  {
    files: ['renderer/**'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser } },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    ...tseslint.configs.disableTypeChecked,
  },
);
