// The Store object: the read and write functions bound to one open database.

import type { Kysely } from 'kysely';
import { type BulkInsert, kyselyBulkInsert } from './bulk.ts';
import { loadCatalogData } from './catalog-data.ts';
import { StoreError } from './errors.ts';
import { changesBetween, history } from './history.ts';
import { rawFor } from './raw.ts';
import { loadRecords, loadRejections } from './records.ts';
import type { Database } from './schema.ts';
import { getSnapshot, latestSnapshot, listSnapshots, requireSnapshot, snapshotAsOf } from './snapshots.ts';
import type { Store } from './types.ts';
import { writeSnapshot } from './write.ts';

export function createStore(
  db: Kysely<Database>,
  path: string,
  readonly: boolean,
  bulk: BulkInsert = kyselyBulkInsert,
): Store {
  return {
    path,
    readonly,
    writeSnapshot: async (draft) => {
      if (readonly) {
        throw new StoreError(
          `${path} was opened read-only, so no snapshot can be written. Open it without readonly to ingest.`,
        );
      }
      return writeSnapshot(db, draft, bulk);
    },
    listSnapshots: () => listSnapshots(db),
    getSnapshot: (id) => getSnapshot(db, id),
    latestSnapshot: () => latestSnapshot(db),
    snapshotAsOf: (date) => snapshotAsOf(db, date),
    loadRecords: async (id) => {
      await requireSnapshot(db, id);
      return loadRecords(db, id);
    },
    loadRejections: async (id) => {
      await requireSnapshot(db, id);
      return loadRejections(db, id);
    },
    rawFor: async (id, source, recordId) => {
      await requireSnapshot(db, id);
      return rawFor(db, id, source, recordId);
    },
    history: (modelId, uptoId) => history(db, modelId, uptoId),
    changesBetween: (fromId, toId) => changesBetween(db, fromId, toId),
    loadCatalogData: (id) => loadCatalogData(db, id),
    close: () => db.destroy(),
  };
}
