// What several commands need: opening the store at the configured path, choosing a snapshot.

import { readFile } from 'node:fs/promises';
import type { SnapshotMeta } from '../../catalog/types.ts';
import { parseOverrides } from '../../match/index.ts';
import type { MatchOverride } from '../../match/types.ts';
import { openStore, type Store } from '../../store/index.ts';
import { OVERRIDES_PATH, resolveDbPath } from '../config.ts';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function checkDate(value: string | undefined, flag = '--as-of'): string | undefined {
  if (value === undefined) return undefined;
  if (!ISO_DATE.test(value) || Number.isNaN(Date.parse(value))) {
    throw new Error(
      `${flag} takes a date as YYYY-MM-DD (for example 2025-12-18); got ${JSON.stringify(value)}.`,
    );
  }
  return value;
}

export async function withStore<T>(
  dbFlag: string | undefined,
  options: { readonly?: boolean },
  run: (store: Store) => Promise<T>,
): Promise<T> {
  const store = await openStore(resolveDbPath(dbFlag), options);
  try {
    return await run(store);
  } finally {
    await store.close();
  }
}

/** The snapshot a read command works on: as of a date, or the latest. */
export async function chooseSnapshot(store: Store, asOf: string | undefined): Promise<SnapshotMeta> {
  const snapshot = asOf ? await store.snapshotAsOf(asOf) : await store.latestSnapshot();
  if (snapshot) return snapshot;
  if (asOf) {
    throw new Error(
      `The database at ${store.path} has no snapshot dated on or before ${asOf}. Run "model-atlas snapshots" to see what it holds.`,
    );
  }
  throw new Error(
    `The database at ${store.path} holds no snapshot yet. Run "model-atlas ingest --from ../shared/data" (or --live) first.`,
  );
}

export async function loadOverrides(enabled: boolean): Promise<MatchOverride[] | null> {
  if (!enabled) return null;
  const text = await readFile(OVERRIDES_PATH, 'utf8');
  return parseOverrides(text);
}
