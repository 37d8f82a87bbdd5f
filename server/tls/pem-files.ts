import { existsSync, readFileSync } from 'node:fs';
import { writePrivateFile } from '../data-dir/private-files.ts';

/** The file's text, or null when it does not exist. */
export function readIfPresent(file: string): string | null {
  return existsSync(file) ? readFileSync(file, 'utf8') : null;
}

/**
 * Writes through a temporary file and a rename, so that a crash never leaves half a key. Keys
 * and certificates alike get mode 0600: every file in DATA_DIR is private (server/data-dir/).
 */
export function writeAtomically(file: string, text: string): void {
  writePrivateFile(file, text);
}
