import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';

/** The file's text, or null when it does not exist. */
export function readIfPresent(file: string): string | null {
  return existsSync(file) ? readFileSync(file, 'utf8') : null;
}

/**
 * Writes through a temporary file and a rename, so that a crash never leaves half a key; private
 * keys get mode 0600.
 */
export function writeAtomically(file: string, text: string, secret: boolean): void {
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, text, { mode: secret ? 0o600 : 0o644 });
  renameSync(temporary, file);
}
