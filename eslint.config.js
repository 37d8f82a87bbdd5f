import { readdirSync } from 'node:fs';

import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * Each outside library is imported only by its one wrapper module. Areas go from general to
 * specific: for a file in several areas, the last one's list applies.
 */
const WRAPPERS = {
  dexie: 'src/lib/db',
  'dexie-react-hooks': 'src/lib/db',
  '@zxing/library': 'src/lib/barcode',
  'workbox-window': 'src/lib/pwa',
  // The service worker's runtime: only the worker itself imports it.
  'workbox-core': 'src/sw.ts',
  'workbox-precaching': 'src/sw.ts',
  'workbox-routing': 'src/sw.ts',
  'workbox-strategies': 'src/sw.ts',
  zustand: 'src/lib/store',
  uplot: 'src/lib/chart',
  zod: 'protocol',
  'better-sqlite3': 'server/store',
  pg: 'server/store (and the test store)',
  'node-forge': 'server/tls/forge-certificates.ts',
  qrcode: 'server/banner/terminal-qr.ts',
  'puppeteer-core': 'e2e/engines/firefox-browser.ts',
  // Loaded only where WebCrypto is missing (plain HTTP on a LAN address).
  '@noble/hashes': 'src/lib/crypto',
  '@noble/curves': 'src/lib/crypto',
};
const WRAPPER_AREAS = [
  { files: ['**/*.{ts,tsx}'], allow: [] },
  { files: ['protocol/**', 'server/**'], allow: ['zod'] },
  { files: ['server/store/**'], allow: ['zod', 'better-sqlite3', 'pg'] },
  { files: ['server/test-support/**'], allow: ['zod', 'pg'] },
  { files: ['src/lib/db/**'], allow: ['dexie', 'dexie-react-hooks'] },
  { files: ['src/lib/barcode/**'], allow: ['@zxing/library'] },
  { files: ['src/lib/pwa/**'], allow: ['workbox-window'] },
  {
    files: ['src/sw.ts'],
    allow: ['workbox-core', 'workbox-precaching', 'workbox-routing', 'workbox-strategies'],
  },
  { files: ['src/lib/store/**'], allow: ['zustand'] },
  { files: ['src/lib/chart/**'], allow: ['uplot'] },
  { files: ['src/lib/crypto/**'], allow: ['@noble/hashes', '@noble/curves'] },
  { files: ['server/tls/forge-certificates.ts'], allow: ['zod', 'node-forge'] },
  { files: ['server/banner/terminal-qr.ts'], allow: ['zod', 'qrcode'] },
  { files: ['e2e/**', 'scripts/**'], allow: ['@zxing/library'] },
  { files: ['e2e/engines/firefox-browser.ts'], allow: ['@zxing/library', 'puppeteer-core'] },
];
const wrapperRules = WRAPPER_AREAS.map(({ files, allow }) => ({
  files,
  rules: {
    'no-restricted-imports': [
      'error',
      {
        paths: Object.entries(WRAPPERS)
          .filter(([name]) => !allow.includes(name))
          .map(([name, wrapper]) => ({
            name,
            message: `Import ${name} only through its wrapper: ${wrapper}.`,
          })),
        // Subpath imports, such as '@noble/hashes/sha2.js', count as the library too.
        patterns: Object.entries(WRAPPERS)
          .filter(([name]) => !allow.includes(name))
          .map(([name, wrapper]) => ({
            group: [`${name}/*`],
            message: `Import ${name} only through its wrapper: ${wrapper}.`,
          })),
      },
    ],
  },
}));

/**
 * One-way imports between layers (docs/ARCHITECTURE.md). The areas do not overlap. Imports are
 * relative, so a pattern matches the folders an import climbs into.
 */
// Every folder under src/features/ is a feature, read at lint time: a new one is covered at once.
const FEATURES = readdirSync(new URL('./src/features/', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);
const into = (...folders) => `^(\\.\\./)+(${folders.join('|')})/`;
const LAYER_AREAS = [
  // Catch-all for src/, files directly under it included; the areas below narrow it.
  {
    files: ['src/**'],
    deny: into('server', 'e2e', 'scripts'),
    why: 'the PWA does not import the server, e2e/ or scripts/',
  },
  {
    files: ['protocol/**'],
    deny: into('src', 'server', 'e2e'),
    why: 'protocol/ imports nothing of the app',
  },
  { files: ['server/**'], deny: into('src', 'e2e'), why: 'the server does not import the PWA' },
  {
    files: ['src/app/**'],
    deny: into('server', 'e2e', 'scripts'),
    why: 'the PWA does not import the server, e2e/ or scripts/',
  },
  {
    files: ['src/lib/**'],
    deny: into('server', 'e2e', 'scripts', 'features', 'app'),
    why: 'lib/ is shared: it imports no feature and not app/',
  },
  {
    // The barcode tests score the blackbox images with the decode bench's own scorer.
    files: ['src/lib/**/*.test.ts', 'src/lib/**/test-support/**'],
    deny: into('server', 'e2e', 'features', 'app'),
    why: 'lib/ is shared: it imports no feature and not app/',
  },
  ...FEATURES.map((feature) => ({
    files: [`src/features/${feature}/**`],
    deny: into(
      'server',
      'e2e',
      'scripts',
      'app',
      ...FEATURES.filter((other) => other !== feature).flatMap((other) => [
        other,
        `features/${other}`,
      ]),
    ),
    why: 'features do not import each other or app/; compose them in app/',
  })),
];
const layerRules = LAYER_AREAS.map(({ files, deny, why }) => ({
  files,
  rules: {
    '@typescript-eslint/no-restricted-imports': [
      'error',
      { patterns: [{ regex: deny, message: `One-way imports: ${why}.` }] },
    ],
  },
}));

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'test-results', 'playwright-report', '.data', 'e2e/.tmp'] },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-confusing-void-expression': 'off',
    },
  },
  ...wrapperRules,
  ...layerRules,
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
