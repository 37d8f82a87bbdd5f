import { chmodSync, lstatSync, mkdirSync, readdirSync, type Stats } from 'node:fs';
import path from 'node:path';
import { DataDirError } from './data-dir-error.ts';
import { PRIVATE_DIR_MODE } from './private-files.ts';

/** A path whose group or other permission bits were removed. */
export type PermissionFix = { path: string; from: number; to: number };

/** The group and other bits: none may be set anywhere in DATA_DIR. */
const SHARED_BITS = 0o077;

export type Owner = { uid: number };

function currentOwner(): Owner | null {
  // process.getuid is missing on Windows, which has no mode bits to fix either.
  return typeof process.getuid === 'function' ? { uid: process.getuid() } : null;
}

function modeText(mode: number): string {
  return `0${(mode & 0o7777).toString(8).padStart(3, '0')}`;
}

export function describeFix(fix: PermissionFix): string {
  return `${fix.path} was ${modeText(fix.from)}, now ${modeText(fix.to)}`;
}

/**
 * Makes DATA_DIR private: creates it 0700 if missing, and removes the group and other bits from
 * it and everything in it (directories 0700 at most, files 0600 at most). Symbolic links are not
 * followed. Refuses (DataDirError) a directory or file that belongs to another user: it is not
 * ours to change, and our secrets must not go there.
 */
export function makeDataDirPrivate(
  dir: string,
  owner: Owner | null = currentOwner(),
): PermissionFix[] {
  try {
    mkdirSync(dir, { recursive: true, mode: PRIVATE_DIR_MODE });
  } catch (error) {
    throw new DataDirError(`cannot create the data directory ${dir}: ${String(error)}`);
  }
  const fixes: PermissionFix[] = [];
  const top = lstatSync(dir);
  if (!top.isDirectory()) {
    throw new DataDirError(`DATA_DIR ${dir} is not a directory.`);
  }
  tighten(dir, top, owner, fixes);
  return fixes;
}

function tighten(file: string, stats: Stats, owner: Owner | null, fixes: PermissionFix[]): void {
  if (stats.isSymbolicLink()) return;
  if (owner !== null && stats.uid !== owner.uid) {
    throw new DataDirError(
      `${file} in DATA_DIR belongs to another user (uid ${String(stats.uid)}, this process runs as uid ${String(owner.uid)}). Saoma keeps its secrets in DATA_DIR and changes only its own files: choose a DATA_DIR of your own, or give this one to this user (chown -R).`,
    );
  }
  const mode = stats.mode & 0o7777;
  if ((mode & SHARED_BITS) !== 0) {
    const to = mode & ~SHARED_BITS;
    chmodSync(file, to);
    fixes.push({ path: file, from: mode, to });
  }
  if (!stats.isDirectory()) return;
  for (const name of readdirSync(file).sort()) {
    const child = path.join(file, name);
    const childStats = statIfPresent(child);
    if (childStats !== null) tighten(child, childStats, owner, fixes);
  }
}

/** A file may vanish while we look (SQLite removes its -wal and -shm on close). */
function statIfPresent(file: string): Stats | null {
  try {
    return lstatSync(file);
  } catch (error) {
    if (error instanceof Error && 'code' in error && error.code === 'ENOENT') return null;
    throw error;
  }
}
