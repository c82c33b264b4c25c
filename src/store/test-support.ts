// Temporary database files for the store's tests, and a side door to count their rows.

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Sqlite from 'better-sqlite3';

/** A fresh folder with a database path inside it (not created yet) and a cleanup. */
export function tempDatabase(): { dir: string; path: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'atlas-store-'));
  return { dir, path: join(dir, 'atlas.db'), cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Row counts per table, read through a separate connection. */
export function countRows(path: string, tables: readonly string[]): Record<string, number> {
  const db = new Sqlite(path, { readonly: true });
  try {
    const out: Record<string, number> = {};
    for (const t of tables) out[t] = (db.prepare(`select count(*) as n from ${t}`).get() as { n: number }).n;
    return out;
  } finally {
    db.close();
  }
}

export const ALL_TABLES = [
  'snapshot',
  'input_file',
  'snapshot_input',
  'rejection',
  'model_fact',
  'model_record',
  'raw_blob',
  'raw_record',
  'usage_day',
] as const;
