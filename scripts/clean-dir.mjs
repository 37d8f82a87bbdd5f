// Empties a directory (creating it if needed), portably: `rm -rf` is not on every shell.
import { mkdirSync, rmSync } from 'node:fs';

const dir = process.argv[2];
if (!dir) {
  console.error('usage: node scripts/clean-dir.mjs <dir>');
  process.exit(2);
}
rmSync(dir, { recursive: true, force: true });
mkdirSync(dir, { recursive: true });
