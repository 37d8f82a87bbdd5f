import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { PRIVATE_DIR_MODE, writePrivateFile } from '../data-dir/private-files.ts';

/**
 * What a running server tells `npm run pair` about itself: where tablets reach it. Written to
 * DATA_DIR/listening.json (0600) once it listens, removed when it stops.
 */
export const LISTENING_FILE = 'listening.json';

const ListeningRecordSchema = z.object({
  pid: z.int().positive(),
  scheme: z.enum(['http', 'https']),
  port: z.int().min(1).max(65_535),
  /** The host for URLs on this computer (usually localhost). */
  localHost: z.string().min(1),
  /** The LAN addresses the server is reachable on; empty on loopback. */
  addresses: z.array(z.string().min(1)),
  demo: z.boolean(),
});
export type ListeningRecord = z.infer<typeof ListeningRecordSchema>;

export function writeListeningRecord(dataDir: string, record: ListeningRecord): void {
  mkdirSync(dataDir, { recursive: true, mode: PRIVATE_DIR_MODE });
  writePrivateFile(path.join(dataDir, LISTENING_FILE), `${JSON.stringify(record, null, 2)}\n`);
}

export function removeListeningRecord(dataDir: string): void {
  rmSync(path.join(dataDir, LISTENING_FILE), { force: true });
}

export type ListeningState =
  | { kind: 'running'; record: ListeningRecord }
  | { kind: 'stopped' }
  /** A record whose process is gone: the server was killed before it could remove it. */
  | { kind: 'stale'; record: ListeningRecord }
  | { kind: 'unreadable'; reason: string };

/** Whether a server runs from `dataDir`, and where, by its record and its process. */
export function readListeningState(
  dataDir: string,
  isAlive: (pid: number) => boolean = processAlive,
): ListeningState {
  let text: string;
  try {
    text = readFileSync(path.join(dataDir, LISTENING_FILE), 'utf8');
  } catch (error) {
    if (error instanceof Error && 'code' in error && error.code === 'ENOENT') {
      return { kind: 'stopped' };
    }
    return { kind: 'unreadable', reason: String(error) };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { kind: 'unreadable', reason: `${LISTENING_FILE} is not JSON` };
  }
  const parsed = ListeningRecordSchema.safeParse(json);
  if (!parsed.success) return { kind: 'unreadable', reason: `${LISTENING_FILE} is not valid` };
  const record = parsed.data;
  return isAlive(record.pid) ? { kind: 'running', record } : { kind: 'stale', record };
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists, under another user.
    return error instanceof Error && 'code' in error && error.code === 'EPERM';
  }
}
