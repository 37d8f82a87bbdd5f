/**
 * Node module hook: Node's ESM loader cannot see the named exports of @zxing/library's CommonJS
 * build (Vite and Vitest use its ESM build instead), so give it a module that re-exports them.
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const SHIM_URL = 'saoma-shim:@zxing/library';

export function resolve(specifier, context, nextResolve) {
  if (specifier === '@zxing/library') return { url: SHIM_URL, shortCircuit: true };
  return nextResolve(specifier, context);
}

export function load(url, context, nextLoad) {
  if (url !== SHIM_URL) return nextLoad(url, context);
  const path = JSON.stringify(require.resolve('@zxing/library'));
  const names = Object.keys(require('@zxing/library')).filter((name) => name !== 'default');
  const source = [
    `import { createRequire } from 'node:module';`,
    `const library = createRequire(${JSON.stringify(import.meta.url)})(${path});`,
    `export const { ${names.join(', ')} } = library;`,
    `export default library;`,
  ].join('\n');
  return { format: 'module', source, shortCircuit: true };
}
