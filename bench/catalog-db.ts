// The newest snapshot of a database as the in-memory catalog the server would build from it.

import { buildCatalog, type Catalog } from '../src/catalog/catalog.ts';
import { openStore } from '../src/store/index.ts';

export async function latestCatalog(db: string): Promise<Catalog> {
  const store = await openStore(db, { readonly: true });
  try {
    const snapshot = await store.latestSnapshot();
    if (!snapshot) throw new Error(`The database ${db} holds no snapshot; ingest one first.`);
    return buildCatalog(await store.loadCatalogData(snapshot.id));
  } finally {
    await store.close();
  }
}
