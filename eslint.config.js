import js from '@eslint/js';
import importX from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const FEATURES = ['checkout', 'scanner', 'wallet-sim', 'pairing'];

/** Outside libraries that may be imported only by their one wrapper module. */
const WRAPPED = [
  { name: 'dexie', allowedIn: ['src/lib/db/**'] },
  { name: 'dexie-react-hooks', allowedIn: ['src/lib/db/**'] },
  { name: '@zxing/library', allowedIn: ['src/lib/barcode/**', 'e2e/**', 'scripts/**'] },
  { name: 'workbox-window', allowedIn: ['src/lib/pwa/**'] },
  { name: 'zustand', allowedIn: ['src/lib/store/**'] },
  { name: 'zod', allowedIn: ['protocol/**', 'server/**'] },
  { name: 'better-sqlite3', allowedIn: ['server/store/**'] },
];

const wrapperRules = WRAPPED.flatMap(({ name, allowedIn }) => [
  {
    files: ['**/*.{ts,tsx}'],
    ignores: allowedIn,
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name, message: `Import ${name} only through its wrapper in ${allowedIn[0]}.` }],
        },
      ],
    },
  },
]);

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'test-results', 'playwright-report', '.data'] },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    plugins: { 'import-x': importX },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-confusing-void-expression': 'off',
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            {
              target: './protocol',
              from: ['./src', './server', './e2e'],
              message: 'protocol/ imports nothing of the app.',
            },
            {
              target: './server',
              from: ['./src', './e2e'],
              message: 'The server does not import the PWA.',
            },
            {
              target: './src',
              from: ['./server', './e2e'],
              message: 'The PWA does not import the server.',
            },
            {
              target: './src/lib',
              from: ['./src/features', './src/app'],
              message: 'lib/ is shared: it imports no feature.',
            },
            {
              target: './src/features',
              from: './src/app',
              message: 'Features do not import app/.',
            },
            ...FEATURES.map((feature) => ({
              target: `./src/features/${feature}`,
              from: './src/features',
              except: [`./${feature}`],
              message: 'Features do not import each other; compose them in app/.',
            })),
          ],
        },
      ],
    },
  },
  ...wrapperRules,
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: globals.browser },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    files: ['server/**/*.ts', 'e2e/**/*.ts', 'scripts/**/*.{ts,mjs}', '*.config.{ts,js}'],
    languageOptions: { globals: globals.node },
  },
  {
    files: ['**/*.{js,mjs}'],
    ...tseslint.configs.disableTypeChecked,
  },
);
