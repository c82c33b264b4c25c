// History of one model and changes between two snapshots, from the indexed facts.

import type { Kysely } from 'kysely';
import type { Change, HistoryPoint } from '../catalog/types.ts';
import { diffFacts } from './changes.ts';
import { loadFacts, toHistoryPoint } from './facts.ts';
import type { Database } from './schema.ts';
import { listSnapshots, requireSnapshot } from './snapshots.ts';
import { timelineUpTo } from './timeline.ts';

/** The model's points along the timeline up to the snapshot (one per day, last write wins), oldest first. */
export async function history(
  db: Kysely<Database>,
  modelId: string,
  uptoSnapshotId: number,
): Promise<HistoryPoint[]> {
  const target = await requireSnapshot(db, uptoSnapshotId);
  const timeline = timelineUpTo(await listSnapshots(db), target);
  const facts = await loadFacts(db, timeline, modelId);
  return timeline.flatMap((s) => (facts.get(s.id) ?? []).map(toHistoryPoint));
}

/** Changes from one snapshot to another, compared directly (any two snapshots, in either order). */
export async function changesBetween(db: Kysely<Database>, fromId: number, toId: number): Promise<Change[]> {
  const from = await requireSnapshot(db, fromId);
  const to = await requireSnapshot(db, toId);
  const facts = await loadFacts(db, [from, to]);
  return diffFacts(
    { snapshotId: from.id, asOf: from.asOf, facts: facts.get(from.id)! },
    { snapshotId: to.id, asOf: to.asOf, facts: facts.get(to.id)! },
  );
}
