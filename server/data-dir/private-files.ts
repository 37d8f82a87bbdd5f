import { closeSync, chmodSync, openSync, renameSync, writeFileSync } from 'node:fs';

/** DATA_DIR and every directory in it: its own user only. */
export const PRIVATE_DIR_MODE = 0o700;
/** Every file in DATA_DIR: read and written by its own user only. */
export const PRIVATE_FILE_MODE = 0o600;

/**
 * Writes a file in DATA_DIR with mode 0600, whatever the umask, through a temporary file and a
 * rename so that a crash never leaves half of it. Use it for everything the server writes there.
 */
export function writePrivateFile(file: string, data: string | Uint8Array): void {
  const temporary = `${file}.${String(process.pid)}.tmp`;
  writeFileSync(temporary, data, { mode: PRIVATE_FILE_MODE });
  // The mode above applies only when the file is new; a leftover temporary file keeps its own.
  chmodSync(temporary, PRIVATE_FILE_MODE);
  renameSync(temporary, file);
}

/**
 * Creates an empty file with mode 0600 unless it exists, so that a library that creates it
 * later (SQLite and its database file) finds it private already.
 */
export function touchPrivateFile(file: string): void {
  closeSync(openSync(file, 'a', PRIVATE_FILE_MODE));
}
