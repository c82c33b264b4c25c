// The store's public surface: open a database, write snapshots, read them back.

export { StoreError } from './errors.ts';
export { sqlitePathFromUrl } from './location.ts';
export { openStore } from './open.ts';
export type { DraftRawRecord, DraftUsageDays, OpenStoreOptions, SnapshotDraft, Store } from './types.ts';
