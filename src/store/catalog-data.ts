// Everything the web needs for one snapshot, in a fixed handful of set-based queries.

import type { Kysely } from 'kysely';
import type { CatalogData, Change, HistoryPoint } from '../catalog/types.ts';
import { diffFacts } from './changes.ts';
import { StoreError } from './errors.ts';
import { loadFacts, toHistoryPoint } from './facts.ts';
import { rawForRecords } from './raw.ts';
import { loadRecords } from './records.ts';
import type { Database } from './schema.ts';
import { listSnapshots } from './snapshots.ts';
import { timelineUpTo } from './timeline.ts';
import { loadUsageSeries } from './usage.ts';

export async function loadCatalogData(db: Kysely<Database>, snapshotId: number): Promise<CatalogData> {
  const snapshots = await listSnapshots(db);
  const snapshot = snapshots.find((s) => s.id === snapshotId);
  if (snapshot === undefined) {
    throw new StoreError(
      `There is no snapshot ${snapshotId} in this database. List the snapshots to pick an existing one.`,
    );
  }
  const timeline = timelineUpTo(snapshots, snapshot);
  const facts = await loadFacts(db, timeline);
  const records = await loadRecords(db, snapshotId);

  const history: Record<string, HistoryPoint[]> = {};
  for (const r of records) history[r.id] = [];
  for (const s of timeline) {
    for (const fact of facts.get(s.id)!) history[fact.modelId]?.push(toHistoryPoint(fact));
  }

  const changes: Change[] = [];
  for (let i = timeline.length - 1; i > 0; i--) {
    const from = timeline[i - 1]!;
    const to = timeline[i]!;
    changes.push(
      ...diffFacts(
        { snapshotId: from.id, asOf: from.asOf, facts: facts.get(from.id)! },
        { snapshotId: to.id, asOf: to.asOf, facts: facts.get(to.id)! },
      ),
    );
  }

  const raw = await rawForRecords(db, snapshotId, records);
  const usageSeries = await loadUsageSeries(db, snapshot, records);
  return { snapshot, snapshots, records, raw, history, changes, usageSeries };
}
