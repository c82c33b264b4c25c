// Reading a SQLite write-ahead log as a killed process left it, before anything opens the database:
// how many pages its last commit covers and how many were written after it by a transaction that
// never committed. That tells whether a kill landed inside a write (https://sqlite.org/fileformat.html#the_write_ahead_log).

import { existsSync, readFileSync } from 'node:fs';
import Sqlite from 'better-sqlite3';

export interface WalTail {
  /** Frames of the current WAL generation (matching the header's salts). */
  frames: number;
  /** Frames written after the last commit frame: pages of a transaction that never committed. */
  uncommitted: number;
}

const WAL_HEADER = 32;
const FRAME_HEADER = 24;

/** The tail of `${db}-wal`; zero frames when there is no log. */
export function readWalTail(db: string): WalTail {
  const path = `${db}-wal`;
  if (!existsSync(path)) return { frames: 0, uncommitted: 0 };
  const wal = readFileSync(path);
  if (wal.length < WAL_HEADER) return { frames: 0, uncommitted: 0 };
  const magic = wal.readUInt32BE(0);
  if (magic !== 0x377f0682 && magic !== 0x377f0683)
    throw new Error(`${path} is not a SQLite write-ahead log (magic ${magic.toString(16)}).`);
  const pageSize = wal.readUInt32BE(8);
  const salt1 = wal.readUInt32BE(16);
  const salt2 = wal.readUInt32BE(20);
  let frames = 0;
  let lastCommit = 0;
  for (let at = WAL_HEADER; at + FRAME_HEADER + pageSize <= wal.length; at += FRAME_HEADER + pageSize) {
    // Frames left from an earlier generation of the log carry other salts: the log ends there.
    if (wal.readUInt32BE(at + 8) !== salt1 || wal.readUInt32BE(at + 12) !== salt2) break;
    frames++;
    if (wal.readUInt32BE(at + 4) !== 0) lastCommit = frames;
  }
  return { frames, uncommitted: frames - lastCommit };
}

/**
 * Whether another process holds the database's write lock right now, i.e. is inside a write
 * transaction. Asks for the lock without waiting and gives it back at once; the connection is closed
 * while the other process still has the database open, so closing checkpoints nothing.
 */
export function writerActive(db: string): boolean {
  const probe = new Sqlite(db, { fileMustExist: true, timeout: 0 });
  try {
    probe.exec('BEGIN IMMEDIATE');
    probe.exec('ROLLBACK');
    return false;
  } catch (error) {
    if ((error as { code?: unknown }).code === 'SQLITE_BUSY') return true;
    throw error;
  } finally {
    probe.close();
  }
}
